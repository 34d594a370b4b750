var L,Gn,No,Ce,Po,Mt,qn,Lt,Vn,Lo,Bo,ra,mt=Symbol.for("pv"),Ot={},zt=[],aa=/^m(i|n|o|s|text|space)$/,Ro=Array.isArray,Mo=zt.slice,ze=Object.assign;function Oe(e){e&&e.parentNode&&e.remove()}function pt(e,t,o){var n,a,r,s={},l=arguments.length;for(r in t)r=="key"?n=t[r]:r=="ref"&&typeof e!="function"?a=t[r]:s[r]=t[r];return l>2&&(s.children=l>3?Mo.call(arguments,2):o),ft(e,s,n,a,null)}function ft(e,t,o,n,a){var r={type:e,props:t,key:o,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:mt,__v:a||++Gn,__i:-1,__u:0};return!a&&L.vnode&&L.vnode(r),r}function Ue(e){return e.children}function De(e,t){this.props=e,this.context=t,this.__g=0}function Ae(e,t){if(t==null)return e.__&&Ae(e.__,e.__i+1);for(var o;t<e.__k.length;t++)if((o=e.__k[t])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:Ae(e)}function sa(e){var t,o=e.__v,n=o.__e,a=[],r=[],s=e.__P;s&&((t=ze({constructor:mt},o)).__v=o.__v+1,L.vnode&&L.vnode(t),Oo(s,t,o,e.__n,s.namespaceURI,32&o.__u?[n]:null,a,n||Ae(o),32&o.__u,r),t.__v=o.__v,t.__.__k[t.__i]=t,Jn(a,t,r),o.__=o.__e=null,t.__e!=n&&jn(t))}function jn(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),jn(e)}function Un(e){(8&e.__g||(e.__g|=8,Ce.push(e),Mt++))&&Po==L.debounceRendering||((Po=L.debounceRendering)||queueMicrotask)(Wn)}function Wn(){try{for(var e,t=1;Ce.length;)Ce.length>t&&Ce.sort(qn),e=Ce.shift(),t=Ce.length,8&e.__g&&sa(e)}finally{(Mt=Ce.length)&&(Po||queueMicrotask)(Wn)}}function Zn(e,t,o,n,a,r,s,l,d,m,u){var h,p,f,g,b,w,y=n.__k||zt,_=t.length;for(d=la(o,t,y,d,_),h=0;h<_;h++)(f=o.__k[h])!=null&&(p=~f.__i&&y[f.__i]||Ot,f.__i=h,w=Oo(e,f,p,a,r,s,l,d,m,u),g=f.__e,(p.ref!=f.ref||8&p.__u)&&(p.ref&&zo(p.ref,null,f,p),f.ref&&u.push(f.ref,f.__c||g,f)),b=b||g,4&f.__u?(d=Yn(f,d,e,!p.__v),p.__e&&(p.__e=null)):typeof f.type=="function"&&w!==void 0?d=w:g&&(d=g.nextSibling),f.__u&=-21);return o.__e=b,d}function la(e,t,o,n,a){var r,s,l,d,m,u,h,p,f,g=o.length,b=g,w=0,y=0,_=e.__k=Array(a);for(r=0;r<a;r++)(s=t[r])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=_[r]=ft(null,s):Ro(s)?s=_[r]=ft(Ue,{children:s}):s.constructor===mt&&s.__b?s=_[r]=ft(s.type,s.props,s.key,s.ref,s.__v):_[r]=s,d=r+w,s.__=e,s.__b=e.__b+1,l=null,~(m=s.__i=ca(s,o,d,b))&&(b--,(l=o[m])&&(l.__u|=2)),l&&l.__v?(s.__u|=16,m==d-1?w--:m==d+1?w++:m!=d&&(m>d?w--:w++,y=1)):(~m||(a>g?w--:a<g&&w++),typeof s.type!="function"&&(s.__u|=4))):_[r]=null;if(y){for(u=[],h=[],r=0;r<a;r++)if((s=_[r])&&16&s.__u){for(w=0,p=u.length;w<p;)u[f=w+p>>1]<s.__i?w=f+1:p=f;u[w]=s.__i,h[r]=w+1}for(w=u.length;r--;)h[r]&&(h[r]==w?w--:_[r].__u|=4)}if(b)for(r=0;r<g;r++)!(l=o[r])||2&l.__u||(l.__e==n&&(n=Ae(l)),Do(l,l));return n}function Yn(e,t,o,n){var a,r,s,l;if(typeof e.type=="function"){if(e.props.__P)return t;if(a=e.__k)for(r=0;r<a.length;r++)a[r]&&(a[r].__=e,t=Yn(a[r],t,o,!1));return t}for(t&&!t.parentNode&&(t=Ae(e))&&!t.parentNode&&(t=null),s=e.__e,l=t;l&&l.nodeType==8;)l=l.nextSibling;for(s!=l&&(!n&&o.moveBefore&&s.parentNode?o.moveBefore(s,t):o.insertBefore(s,t||null)),t=s;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function ca(e,t,o,n){var a,r=e.key,s=e.type,l=t[o],d=l&&!(2&l.__u);if(l===null&&r==null||d&&r==l.key&&s==l.type)return o;if(n>(d?1:0)){for(a=o-1;a>=0;a--)if((l=t[a])&&!(2&l.__u)&&r==l.key&&s==l.type)return a;for(a=o+1;a<t.length;a++)if((l=t[a])&&!(2&l.__u)&&r==l.key&&s==l.type)return a}return-1}function Fn(e,t,o){o==null&&(o=""),t[0]=="-"?e.setProperty(t,o):e[t]=o}function Nt(e,t,o,n,a){var r,s;if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)o&&t in o||Fn(e.style,t);if(o)for(t in o)n&&o[t]==n[t]||Fn(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")typeof o!="function"&&(o=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=o,o&&n||(s=Bo[t]||(Bo[t]=da(t)),(e.__a||(e.__a={}))[t]=Lo,r=t!=(t=t.replace(Vn,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),o?e.addEventListener(t,s,r):e.removeEventListener(t,s,r));else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o)}}function da(e){return function(t){var o=this.__e;if(o){if(o=o[e],t[Lt]==null)t[Lt]=Lo++;else if(t[Lt]<this.__a[e])return;return o(L.event?L.event(t):t)}}}function Oo(e,t,o,n,a,r,s,l,d,m){var u,h,p,f,g,b,w,y,_,$,C,V,te,A,D,Ee,S,ie,re=t.type;if(t.constructor!==mt)return null;128&o.__u&&(d=32&o.__u,u=o.__c.__z)&&(t.__u|=d,h=r=[],u.nodeType==8?l=Rt(u,r):r.push(u),l=r[0]||l),(u=L.__b)&&u(t);e:if(typeof re=="function"){p=s.length;try{if(y=t.props,_=(u=re.prototype)&&u.render,$=(u=re.contextType)&&n[u.__c],C=u?$?$.props.value:u.__:n,(f=o.__c)?(t.__c=f,2&f.__g&&(f.__g|=1)):(_?t.__c=f=new re(y,C):(t.__c=f=new De(y,C),f.constructor=re,f.render=fa),$&&$.sub(f),f.state||(f.state={}),f.__n=n,f.__g|=8,f.__h=[],f.__k=[]),_&&(f.__s||(f.__s=f.state),re.getDerivedStateFromProps&&(f.__s==f.state&&(f.__s=ze({},f.__s)),ze(f.__s,re.getDerivedStateFromProps(y,f.__s)))),g=f.props,b=f.state,f.__v=t,o.__c){if(y!==g&&_&&!re.getDerivedStateFromProps&&f.componentWillReceiveProps&&f.componentWillReceiveProps(y,C),t.__v==o.__v&&!(8&f.__g)||!(4&f.__g)&&f.shouldComponentUpdate&&f.shouldComponentUpdate(y,f.__s,C)===!1){t.__v!=o.__v&&(f.props=y,f.state=f.__s,f.__g&=-9),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(se){se&&(se.__=t)}),zt.push.apply(f.__h,f.__k),f.__k=[],f.__h.length&&s.push(f),l=Ae(o);break e}f.componentWillUpdate&&f.componentWillUpdate(y,f.__s,C),_&&f.componentDidUpdate&&f.__h.push(function(){f.componentDidUpdate(g,b,w)})}else _&&!re.getDerivedStateFromProps&&f.componentWillMount&&f.componentWillMount(),_&&f.componentDidMount&&f.__h.push(f.componentDidMount);f.context=C,f.props=y,f.__P=e,f.__g&=-5,V=L.__r,te=_?25:0;do f.__g&=-9,V&&V(t),u=f.render(f.props,f.state=f.__s,f.context);while(8&f.__g&&++te<25);_&&(zt.push.apply(f.__h,f.__k),f.__k=[]),f.state=f.__s,f.getChildContext&&(n=ze({},n,f.getChildContext())),_&&o.__c&&f.getSnapshotBeforeUpdate&&(w=f.getSnapshotBeforeUpdate(g,b)),A=u&&u.type===Ue&&u.key==null?u.props.children:u,y.__P&&(u=l,a=(e=y.__P).namespaceURI,d=r=null,o.props&&o.props.__P!=e&&(o.__k.some(function(se){se&&Do(se,se)}),o.__k=null),l=o.__k?Ae(o,0):null),l=Zn(e,Ro(A)?A:[A],t,o,n,a,r,s,l,d,m),y.__P&&(t.__e=null,l=u),t.__u&=-161,h&&h.some(Oe),f.__h.length&&s.push(f),1&f.__g&&(f.__g&=-4)}catch(se){if(s.length=p,t.__v=null,d||r)if(se&&se.then){if(t.__u|=128|d,r){for(~(S=r.indexOf(l||void 0))||(S=r.length);(ie=r[S-1])&&ie.nodeType==8;)S--;for(;S<r.length;S++)if(ie=r[S])if(r[S]=null,D){if(ie==Ee)break}else{if(ie.nodeType!=8)break;ie.data.startsWith("$s")&&(Ee=Rt(D=ie))}}if(!D){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;D=l}(u=Rt(D=t.__c.__z||(t.__c.__z=D)))?(t.__e=D,l=u):t.__e=l,l=l&&l.nextSibling}else r&&r.some(Oe);else t.__e=o.__e;t.__k||(t.__k=o.__k||[]),se&&se.then||Xn(t),L.__e(se,t,o)}}else l=t.__e=ua(o.__e,t,o,n,a,r,s,d,m,e);return(u=L.diffed)&&u(t),l}function Rt(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}t&&t.push(e)}}function Xn(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Xn))}function Jn(e,t,o){for(var n=0;n<o.length;)zo(o[n++],o[n++],o[n++]);L.__c&&L.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(r){r.call(a)})}catch(r){L.__e(r,a.__v)}})}function ua(e,t,o,n,a,r,s,l,d,m){var u,h,p,f,g,b,w,y,_=o.props||Ot,$=t.props,C=t.type;if(C=="svg"?a="http://www.w3.org/2000/svg":C=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),r){for(u=0;u<r.length;u++)if((g=r[u])&&(C?g.localName==C:g.nodeType==3)){e=g,r[u]=null;break}}if(!e){if(y=m.ownerDocument||document,!C)return y.createTextNode($);e=y.createElementNS(a,C,$.is?$:m),l&&(L.__m&&L.__m(t,r),l=!1),r=null}if(C){if(m=C=="template"&&e.content||e,r=C=="textarea"&&$.defaultValue!=null?null:r&&Mo.call(m.childNodes),!l&&r)for(_={},u=0;u<e.attributes.length;u++)_[(g=e.attributes[u]).name]=g.value;for(u in _)g=_[u],u=="dangerouslySetInnerHTML"?p=g:u=="children"||u in $||u=="value"&&"defaultValue"in $||u=="checked"&&"defaultChecked"in $||Nt(e,u,null,g,a);for(u in $)g=$[u],u=="children"?f=g:u=="dangerouslySetInnerHTML"?h=g:u=="value"?b=g:u=="checked"?w=g:l&&typeof g!="function"||_[u]===g||Nt(e,u,g,_[u],a);h?(l||p&&(h.__html==p.__html||h.__html==e.innerHTML)||(e.innerHTML=h.__html),t.__k=[]):(p&&(e.textContent=""),(C=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&aa.test(C))&&(a="http://www.w3.org/1999/xhtml"),Zn(m,Ro(f)?f:[f],t,o,n,a,r,s,r?r[0]:o.__k&&Ae(o,0),l,d),r&&r.some(Oe)),l&&C!="textarea"||(u="value",C=="progress"&&b==null?e.removeAttribute(u):b==null||b===e[u]&&(C!="progress"||b)||Nt(e,u,b,_[u],a),u="checked",w!=null&&w!=e[u]&&Nt(e,u,w,_[u],a))}else _===$||l&&e.data==$||(e.data=$);return e}function zo(e,t,o,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(a){L.__e(a,o)}}function Do(e,t,o){var n,a,r,s;if(L.unmount&&L.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||zo(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(l){L.__e(l,t)}n.__P=n.__n=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&Do(n[s],t,typeof e.type!="function"||o&&!e.props.__P);!o&&(n=e.__c)&&(n=n.__z)&&(a=Rt(n,r=[]))&&(n==e.__e&&r.some(Oe),Oe(a),Oe(n)),o||Oe(e.__e),e.__e=e.__c=e.__=null}function fa(e,t,o){return this.constructor(e,o)}function Uo(e,t){var o,n,a,r;L.__&&L.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(o=e&&32&e.__u)?null:t.__k,t.__k=ft(Ue,{children:[e]}),a=[],r=[],Oo(t,t.__k,n||Ot,Ot,t.namespaceURI,n?null:t.firstChild?Mo.call(t.childNodes):null,a,n?n.__e:t.firstChild,o,r),Jn(a,t.__k,r),t.__k.props.children=null}L={__e:function(e,t,o,n){for(var a,r,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(r=a.constructor)&&r.getDerivedStateFromError)&&a.setState(r.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,n||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(l){e=l}}throw Mt=0,e}},Gn=0,No=function(e){return e!=null&&e.constructor===mt},De.prototype.setState=function(e,t){var o=this.__s;o&&o!=this.state||(o=this.__s=ze({},this.state)),typeof e=="function"&&(e=e(ze({},o),this.props)),e&&(ze(o,e),this.__v&&(t&&this.__k.push(t),Un(this)))},De.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Un(this))},De.prototype.render=Ue,Ce=[],Mt=0,qn=function(e,t){return e.__v.__b-t.__v.__b},Lt=Symbol(),Vn=/(PointerCapture)$|Capture$/i,Lo=0,Bo={},ra=0;var Kn=function(e,t,o,n){var a;t[0]=0;for(var r=1;r<t.length;r++){var s=t[r++],l=t[r]?(t[0]|=s?1:2,o[t[r++]]):t[++r];s===3?n[0]=l:s===4?n[1]=Object.assign(n[1]||{},l):s===5?(n[1]=n[1]||{})[t[++r]]=l:s===6?n[1][t[++r]]+=l+"":s?(a=e.apply(l,Kn(e,l,o,["",null])),n.push(a),l[0]?t[0]|=2:(t[r-2]=0,t[r]=a)):n.push(l)}return n},Qn=new Map;function ei(e){var t=Qn.get(this);return t||(t=new Map,Qn.set(this,t)),(t=Kn(this,t.get(e)||(t.set(e,t=(function(o){for(var n,a,r=1,s="",l="",d=[0],m=function(p){r===1&&(p||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,p,s):r===3&&(p||s)?(d.push(3,p,s),r=2):r===2&&s==="..."&&p?d.push(4,p,0):r===2&&s&&!p?d.push(5,0,!0,s):r>=5&&((s||!p&&r===5)&&(d.push(r,0,s,a),r=6),p&&(d.push(r,p,0,a),r=6)),s=""},u=0;u<o.length;u++){u&&(r===1&&m(),m(u));for(var h=0;h<o[u].length;h++)n=o[u][h],r===1?n==="<"?(m(),d=[d],r=3):s+=n:r===4?s==="--"&&n===">"?(r=1,s=""):s=n+s[0]:l?n===l?l="":s+=n:n==='"'||n==="'"?l=n:n===">"?(m(),r=1):r&&(n==="="?(r=5,a=s,s=""):n==="/"&&(r<5||o[u][h+1]===">")?(m(),r===3&&(d=d[0]),r=d,(d=d[0]).push(2,0,r),r=0):n===" "||n==="	"||n===`
`||n==="\r"?(m(),r=2):s+=n),r===3&&s==="!--"&&(r=4,d=d[0])}return m(),d})(e)),t),arguments,[])).length>1?t:t[0]}var c=ei.bind(pt);var gt,X,Fo,ti,Go=Object.is,Dt=0,di=[],qo=[],Y=L,oi=Y.__b,ni=Y.__r,ii=Y.diffed,ri=Y.__c,ai=Y.unmount,si=Y.__;function jo(e,t){Y.__h&&Y.__h(X,e,Dt||t),Dt=0;var o=X.__H||(X.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function v(e){return Dt=1,ma(fi,e)}function ma(e,t,o){var n=jo(gt++,2);if(n.t=e,!n.__c&&(n.__=[o?o(t):fi(void 0,t),function(r){var s=(n.__N||n.__)[0],l=n.t(s,r);Go(s,l)||(n.__N=[l,n.__[1]],n.__c.setState({}))}],n.__c=X,!X.__f)){X.__f=!0;var a=X.shouldComponentUpdate;X.shouldComponentUpdate=function(r,s,l){var d=this.__H;if(!d)return!0;var m=!1,u=this.props!=r;if(d.__.some(function(p){p.__N&&(m=!0,Go(p.__[0],p.__N[0])||(u=!0))}),a){var h=a.call(this,r,s,l);return m?h||u:h}return!m||u}}return n.__}function x(e,t){var o=jo(gt++,3);!Y.__s&&ui(o.__H,t)&&(o.__P=!0,o.__=e,o.u=t,X.__H.__h.push(o))}function T(e){return Dt=5,Ut(function(){return{current:e}},[])}function Ut(e,t){var o=jo(gt++,7);return ui(o.__H,t)&&(o.__=e(),o.__H=t),o.__}function pa(){var e;do{for(;e=qo.shift();)try{ht(e)}catch(o){Y.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=di.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(ht),t.__h.some(Vo),t.__h=[]}catch(o){t.__h=[],Y.__e(o,e.__v)}}}while(qo.length)}Y.__b=function(e){X=null,oi&&oi(e)},Y.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),si&&si(e,t)},Y.__r=function(e){ni&&ni(e),gt=0;var t=(X=e.__c).__H;t&&(Fo==X?X.__h=[]:(t.__h.some(ht),t.__h.some(Vo),gt=0),t.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),Fo=X},Y.diffed=function(e){ii&&ii(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&ci(di.push(t)),t.__H.__.some(function(o){o.u&&(o.__H=o.u)})),Fo=X=null},Y.__c=function(e,t){t.some(function(o){try{o.__h.some(ht),o.__h=o.__h.filter(function(n){return!n.__||Vo(n)})}catch(n){o.__h=[function(){throw n}]}}),ri&&ri(e,t)},Y.unmount=function(e){ai&&ai(e);var t,o,n=e.__c;n&&n.__H&&(n.__H.__.some(function(a){try{if(a.__P&&a.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}a.__P=o,ci(qo.push(a))}else ht(a)}catch(r){t=r}}),n.__H=void 0,t&&Y.__e(t,n.__v))};var li=typeof requestAnimationFrame=="function";function ha(e){var t,o=function(){clearTimeout(n),li&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(o,35);li&&(t=requestAnimationFrame(o))}function ci(e){e!=1&&ti==Y.requestAnimationFrame||((ti=Y.requestAnimationFrame)||ha)(pa)}function ht(e){var t=X,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),X=t}function Vo(e){var t=X;e.__c=e.__(),X=t}function ui(e,t){return!e||e.length!=t.length||t.some(function(o,n){return!Go(o,e[n])})}function fi(e,t){return typeof t=="function"?t(e):t}var ga=Symbol.for("preact-signals");function Vt(){if(we>1)we--;else{var e,t=!1;for((function(){var a=Gt;for(Gt=void 0;a!==void 0;){var r=a.S;if(r.v===a.v)for(var s=r.t;s!==void 0;s=s.x)s.i===a.i&&(s.i=r.i);a=a.o}})();vt!==void 0;){var o=vt;for(vt=void 0,Ft++;o!==void 0;){var n=o.u;if(o.u=void 0,o.f&=-3,!(8&o.f)&&pi(o))try{o.c()}catch(a){t||(e=a,t=!0)}o=n}}if(Ft=0,we--,t)throw e}}function Zo(e){if(we>0)return e();Wo=++ba,we++;try{return e()}finally{Vt()}}var bt,F=void 0;function Ie(e){var t=F,o=bt;F=void 0,bt=void 0;try{return e()}finally{F=t,bt=o}}var vt=void 0,we=0,Ft=0,ba=0,Wo=0,Gt=void 0,qt=0;function mi(e){if(F!==void 0){var t=e.n;if(t===void 0||t.t!==F)return t={i:0,S:e,p:F.s,n:void 0,t:F,e:void 0,x:void 0,r:t},F.s!==void 0&&(F.s.n=t),F.s=t,e.n=t,32&F.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=F.s,t.n=void 0,F.s.n=t,F.s=t),t}}function J(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}J.prototype.brand=ga;J.prototype.h=function(){return!0};J.prototype.S=function(e){var t=this,o=this.t;o!==e&&e.e===void 0&&(e.x=o,this.t=e,o!==void 0?o.e=e:Ie(function(){var n;(n=t.W)==null||n.call(t)}))};J.prototype.U=function(e){var t=this;if(this.t!==void 0){var o=e.e,n=e.x;o!==void 0&&(o.x=n,e.e=void 0),n!==void 0&&(n.e=o,e.x=void 0),e===this.t&&(this.t=n,n===void 0&&Ie(function(){var a;(a=t.Z)==null||a.call(t)}))}};J.prototype.subscribe=function(e){var t=this;return ue(function(){var o=t.value;Ie(function(){return e(o)})},{name:"sub"})};J.prototype.valueOf=function(){return this.value};J.prototype.toString=function(){return this.value+""};J.prototype.toJSON=function(){return this.value};J.prototype.peek=function(){var e=this;return Ie(function(){return e.value})};Object.defineProperty(J.prototype,"value",{get:function(){var e=mi(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Ft>100)throw new Error("Cycle detected");(function(o){we!==0&&Ft===0&&o.l!==Wo&&(o.l=Wo,Gt={S:o,v:o.v,i:o.i,o:Gt})})(this),this.v=e,this.i++,qt++,we++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Vt()}}}});function R(e,t){return new J(e,t)}function pi(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function hi(e){for(var t=e.s;t!==void 0;t=t.n){var o=t.S.n;if(o!==void 0&&(t.r=o),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function gi(e){for(var t=e.s,o=void 0;t!==void 0;){var n=t.p;t.i===-1?(t.S.U(t),n!==void 0&&(n.n=t.n),t.n!==void 0&&(t.n.p=n)):o=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=n}e.s=o}function Fe(e,t){J.call(this,void 0,t),this.x=e,this.s=void 0,this.g=qt-1,this.f=4}Fe.prototype=new J;Fe.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===qt))return!0;if(this.g=qt,this.f|=1,this.i>0&&!pi(this))return this.f&=-2,!0;var e=F;try{hi(this),F=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(o){this.v=o,this.f|=16,this.i++}return F=e,gi(this),this.f&=-2,!0};Fe.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}J.prototype.S.call(this,e)};Fe.prototype.U=function(e){if(this.t!==void 0&&(J.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};Fe.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(Fe.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=mi(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function We(e,t){return new Fe(e,t)}function bi(e){var t=e.j;if(e.j=void 0,typeof t=="function"){we++;var o=F;F=void 0;try{t()}catch(n){throw e.f&=-2,e.f|=8,Yo(e),n}finally{F=o,Vt()}}}function Yo(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,bi(e)}function va(e){if(F!==this)throw new Error("Out-of-order effect");gi(this),F=e,this.f&=-2;try{8&this.f&&Yo(this)}finally{Vt()}}function Ze(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,bt&&bt.push(this)}Ze.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};Ze.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,bi(this),hi(this),we++;var e=F;return F=this,va.bind(this,e)};Ze.prototype.N=function(){2&this.f||(this.f|=2,this.u=vt,vt=this)};Ze.prototype.d=function(){this.f|=8,1&this.f||Yo(this)};Ze.prototype.dispose=function(){this.d()};function ue(e,t){var o=new Ze(e,t);try{o.c()}catch(a){throw o.d(),a}var n=o.d.bind(o);return n[Symbol.dispose]=n,n}var vi,Wt,jt,_a=typeof window<"u"&&!!window.__PREACT_SIGNALS_DEVTOOLS__;var _i=[];ue(function(){vi=this.N})();function Ye(e,t){L[e]=t.bind(null,L[e]||function(){})}function _t(e){if(jt){var t=jt;jt=void 0,t()}jt=e&&e.S()}function yi(e){var t=this,o=e.data,n=$a(o);n.name="ReactiveDom",n.value=o;var a=Ut(function(){for(var l=t,d=t.__v;d=d.__;)if(d.__c){d.__c.__$f|=4;break}var m=We(function(){var f=n.value.value;return f===0?0:f===!0?"":f||""}),u=We(function(){return!Array.isArray(m.value)&&!No(m.value)}),h=ue(function(){if(this.N=$i,u.value){var f=m.value;l.__v&&l.__v.__e&&l.__v.__e.nodeType===3&&(l.__v.__e.data=f)}}),p=t.__$u.d;return t.__$u.d=function(){h(),p.call(this)},[u,m]},[]),r=a[0],s=a[1];return r.value?s.peek():s.value}yi.displayName="ReactiveTextNode";Object.defineProperties(J.prototype,{constructor:{configurable:!0,value:pt(Ue,null).constructor},type:{configurable:!0,value:yi},props:{configurable:!0,get:function(){var e=this;return{data:{get value(){return e.value}}}}},__b:{configurable:!0,value:1}});Ye("__b",function(e,t){if(_t(),Wt=void 0,typeof t.type=="string"){var o,n=t.props;for(var a in n)if(a!=="children"){var r=n[a];r instanceof J&&(o||(t.__np=o={}),o[a]=r,n[a]=r.peek())}}e(t)});Ye("__r",function(e,t){if(e(t),t.type!==Ue){_t();var o,n=t.__c;n&&(n.__$f&=-2,(o=n.__$u)===void 0&&(n.__$u=o=(function(a,r){var s;return ue(function(){s=this},{name:r}),s.c=a,s})((function(a){return function(){var r;_a&&((r=this.y)==null||r.call(this)),a.__$f|=1,a.setState({})}})(n),typeof t.type=="function"?t.type.displayName||t.type.name:""))),Wt=n,_t(o)}});Ye("__e",function(e,t,o,n){_t(),Wt=void 0,e(t,o,n)});Ye("diffed",function(e,t){_t(),Wt=void 0;var o;if(typeof t.type=="string"&&(o=t.__e)){var n=t.__np,a=t.props,r=o.U;if(r)for(var s in r){var l=r[s];l===void 0||n&&s in n||(l.d(),r[s]=void 0)}if(n){r||(r={},o.U=r);for(var d in n){var m=r[d],u=n[d];m===void 0?(m=ya(o,d,u,a),r[d]=m):m.o(u,a)}}}e(t)});function ya(e,t,o,n){var a=t in e&&e.ownerSVGElement===void 0,r=R(o);return{o:function(s,l){r.value=s,n=l},d:ue(function(){this.N=$i;var s=r.value.value;n[t]!==s&&(n[t]=s,a?e[t]=s:s!=null&&(s!==!1||t[4]==="-")?e.setAttribute(t,s):e.removeAttribute(t))})}}Ye("unmount",function(e,t){if(typeof t.type=="string"){var o=t.__e;if(o){var n=o.U;if(n){o.U=void 0;for(var a in n){var r=n[a];r&&r.d()}}}var s=t.__np;if(s){var l=t.props;for(var d in s)l[d]=s[d]}t.__np=void 0}else{var m=t.__c;if(m){m.__$f|=8;var u=m.__$u;u&&(m.__$u=void 0,u.d())}}e(t)});Ye("__h",function(e,t,o,n){n<3&&(t.__$f|=2),e(t,o,n)});De.prototype.shouldComponentUpdate=function(e,t){if(this.__R)return!0;var o=this.__$u,n=o&&o.s!==void 0;for(var a in t)return!0;if(this.__f||typeof this.u=="boolean"&&this.u===!0){var r=2&this.__$f;if(!(n||r||4&this.__$f)||1&this.__$f)return!0}else if(!(n||4&this.__$f)||3&this.__$f)return!0;for(var s in e)if(s!=="__source"&&e[s]!==this.props[s])return!0;for(var l in this.props)if(!(l in e))return!0;return!1};function $a(e,t){return Ut(function(){return R(e,t)},[])}var wa=function(e){queueMicrotask(function(){queueMicrotask(e)})};function ka(){Zo(function(){for(var e;e=_i.shift();)vi.call(e)})}function $i(){_i.push(this)===1&&(L.requestAnimationFrame||wa)(ka)}function Zt(e,t){let o=t&&t.cache?t.cache:Ia,n=t&&t.serializer?t.serializer:Ca;return(t&&t.strategy?t.strategy:Sa)(e,{cache:o,serializer:n})}function xa(e){return e==null||typeof e=="number"||typeof e=="boolean"}function wi(e,t,o,n){let a=xa(n)?n:o(n),r=t.get(a);return typeof r>"u"&&(r=e.call(this,n),t.set(a,r)),r}function ki(e,t,o){let n=Array.prototype.slice.call(arguments,3),a=o(n),r=t.get(a);return typeof r>"u"&&(r=e.apply(this,n),t.set(a,r)),r}function Xo(e,t,o,n,a){return o.bind(t,e,n,a)}function Sa(e,t){let o=e.length===1?wi:ki;return Xo(e,this,o,t.cache.create(),t.serializer)}function Ta(e,t){return Xo(e,this,ki,t.cache.create(),t.serializer)}function Ea(e,t){return Xo(e,this,wi,t.cache.create(),t.serializer)}var Ca=function(){return JSON.stringify(arguments)},Aa=class{constructor(){this.cache=Object.create(null)}get(e){return this.cache[e]}set(e,t){this.cache[e]=t}},Ia={create:function(){return new Aa}},Yt={variadic:Ta,monadic:Ea};var Ha=/(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;function Ei(e){let t={};return e.replace(Ha,o=>{let n=o.length;switch(o[0]){case"G":t.era=n===4?"long":n===5?"narrow":"short";break;case"y":t.year=n===2?"2-digit":"numeric";break;case"Y":case"u":case"U":case"r":throw new RangeError("`Y/u/U/r` (year) patterns are not supported, use `y` instead");case"q":case"Q":throw new RangeError("`q/Q` (quarter) patterns are not supported");case"M":case"L":t.month=["numeric","2-digit","short","long","narrow"][n-1];break;case"w":case"W":throw new RangeError("`w/W` (week) patterns are not supported");case"d":t.day=["numeric","2-digit"][n-1];break;case"D":case"F":case"g":throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");case"E":t.weekday=n===4?"long":n===5?"narrow":"short";break;case"e":if(n<4)throw new RangeError("`e..eee` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][n-3];break;case"c":if(n<4)throw new RangeError("`c..ccc` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][n-3];break;case"a":t.hour12=!0;break;case"b":case"B":throw new RangeError("`b/B` (period) patterns are not supported, use `a` instead");case"h":t.hourCycle="h12",t.hour=["numeric","2-digit"][n-1];break;case"H":t.hourCycle="h23",t.hour=["numeric","2-digit"][n-1];break;case"K":t.hourCycle="h11",t.hour=["numeric","2-digit"][n-1];break;case"k":t.hourCycle="h24",t.hour=["numeric","2-digit"][n-1];break;case"j":case"J":case"C":throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");case"m":t.minute=["numeric","2-digit"][n-1];break;case"s":t.second=["numeric","2-digit"][n-1];break;case"S":case"A":throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");case"z":t.timeZoneName=n<4?"short":"long";break;case"Z":case"O":case"v":case"V":case"X":case"x":throw new RangeError("`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead")}return""}),t}var Pa=/[\t-\r \x85\u200E\u200F\u2028\u2029]/i;function Ci(e){if(e.length===0)throw new Error("Number skeleton cannot be empty");let t=e.split(Pa).filter(n=>n.length>0),o=[];for(let n of t){let a=n.split("/");if(a.length===0)throw new Error("Invalid number skeleton");let[r,...s]=a;for(let l of s)if(l.length===0)throw new Error("Invalid number skeleton");o.push({stem:r,options:s})}return o}function Ba(e){return e.replace(/^(.*?)-/,"")}var xi=/^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g,Ai=/^(@+)?(\+|#+)?[rs]?$/g,Na=/(\*)(0+)|(#+)(0+)|(0+)/g,Ii=/^(0+)$/;function Si(e){let t={};return e[e.length-1]==="r"?t.roundingPriority="morePrecision":e[e.length-1]==="s"&&(t.roundingPriority="lessPrecision"),e.replace(Ai,function(o,n,a){return typeof a!="string"?(t.minimumSignificantDigits=n.length,t.maximumSignificantDigits=n.length):a==="+"?t.minimumSignificantDigits=n.length:n[0]==="#"?t.maximumSignificantDigits=n.length:(t.minimumSignificantDigits=n.length,t.maximumSignificantDigits=n.length+(typeof a=="string"?a.length:0)),""}),t}function Hi(e){switch(e){case"sign-auto":return{signDisplay:"auto"};case"sign-accounting":case"()":return{currencySign:"accounting"};case"sign-always":case"+!":return{signDisplay:"always"};case"sign-accounting-always":case"()!":return{signDisplay:"always",currencySign:"accounting"};case"sign-except-zero":case"+?":return{signDisplay:"exceptZero"};case"sign-accounting-except-zero":case"()?":return{signDisplay:"exceptZero",currencySign:"accounting"};case"sign-never":case"+_":return{signDisplay:"never"}}}function La(e){let t;if(e[0]==="E"&&e[1]==="E"?(t={notation:"engineering"},e=e.slice(2)):e[0]==="E"&&(t={notation:"scientific"},e=e.slice(1)),t){let o=e.slice(0,2);if(o==="+!"?(t.signDisplay="always",e=e.slice(2)):o==="+?"&&(t.signDisplay="exceptZero",e=e.slice(2)),!Ii.test(e))throw new Error("Malformed concise eng/scientific notation");t.minimumIntegerDigits=e.length}return t}function Ti(e){let t={},o=Hi(e);return o||t}function Pi(e){let t={};for(let o of e){switch(o.stem){case"percent":case"%":t.style="percent";continue;case"%x100":t.style="percent",t.scale=100;continue;case"currency":t.style="currency",t.currency=o.options[0];continue;case"group-off":case",_":t.useGrouping=!1;continue;case"precision-integer":case".":t.maximumFractionDigits=0;continue;case"measure-unit":t.style="unit",t.unit=Ba(o.options[0]);continue;case"unit":t.style="unit",t.unit=o.options[0];continue;case"compact-short":case"K":t.notation="compact",t.compactDisplay="short";continue;case"compact-long":case"KK":t.notation="compact",t.compactDisplay="long";continue;case"scientific":t={...t,notation:"scientific",...o.options.reduce((r,s)=>({...r,...Ti(s)}),{})};continue;case"engineering":t={...t,notation:"engineering",...o.options.reduce((r,s)=>({...r,...Ti(s)}),{})};continue;case"notation-simple":t.notation="standard";continue;case"unit-width-narrow":t.currencyDisplay="narrowSymbol",t.unitDisplay="narrow";continue;case"unit-width-short":t.currencyDisplay="code",t.unitDisplay="short";continue;case"unit-width-full-name":t.currencyDisplay="name",t.unitDisplay="long";continue;case"unit-width-iso-code":t.currencyDisplay="symbol";continue;case"scale":t.scale=parseFloat(o.options[0]);continue;case"rounding-mode-floor":t.roundingMode="floor";continue;case"rounding-mode-ceiling":t.roundingMode="ceil";continue;case"rounding-mode-down":t.roundingMode="trunc";continue;case"rounding-mode-up":t.roundingMode="expand";continue;case"rounding-mode-half-even":t.roundingMode="halfEven";continue;case"rounding-mode-half-down":t.roundingMode="halfTrunc";continue;case"rounding-mode-half-up":t.roundingMode="halfExpand";continue;case"integer-width":if(o.options.length>1)throw new RangeError("integer-width stems only accept a single optional option");o.options[0].replace(Na,function(r,s,l,d,m,u){if(s)t.minimumIntegerDigits=l.length;else{if(d&&m)throw new Error("We currently do not support maximum integer digits");if(u)throw new Error("We currently do not support exact integer digits")}return""});continue}if(Ii.test(o.stem)){t.minimumIntegerDigits=o.stem.length;continue}if(xi.test(o.stem)){if(o.options.length>1)throw new RangeError("Fraction-precision stems only accept a single optional option");o.stem.replace(xi,function(s,l,d,m,u,h){return d==="*"?t.minimumFractionDigits=l.length:m&&m[0]==="#"?t.maximumFractionDigits=m.length:u&&h?(t.minimumFractionDigits=u.length,t.maximumFractionDigits=u.length+h.length):(t.minimumFractionDigits=l.length,t.maximumFractionDigits=l.length),""});let r=o.options[0];r==="w"?t={...t,trailingZeroDisplay:"stripIfInteger"}:r&&(t={...t,...Si(r)});continue}if(Ai.test(o.stem)){t={...t,...Si(o.stem)};continue}let n=Hi(o.stem);n&&(t={...t,...n});let a=La(o.stem);a&&(t={...t,...a})}return t}var Ra=(function(e){return e[e.EXPECT_ARGUMENT_CLOSING_BRACE=1]="EXPECT_ARGUMENT_CLOSING_BRACE",e[e.EMPTY_ARGUMENT=2]="EMPTY_ARGUMENT",e[e.MALFORMED_ARGUMENT=3]="MALFORMED_ARGUMENT",e[e.EXPECT_ARGUMENT_TYPE=4]="EXPECT_ARGUMENT_TYPE",e[e.INVALID_ARGUMENT_TYPE=5]="INVALID_ARGUMENT_TYPE",e[e.EXPECT_ARGUMENT_STYLE=6]="EXPECT_ARGUMENT_STYLE",e[e.INVALID_NUMBER_SKELETON=7]="INVALID_NUMBER_SKELETON",e[e.INVALID_DATE_TIME_SKELETON=8]="INVALID_DATE_TIME_SKELETON",e[e.EXPECT_NUMBER_SKELETON=9]="EXPECT_NUMBER_SKELETON",e[e.EXPECT_DATE_TIME_SKELETON=10]="EXPECT_DATE_TIME_SKELETON",e[e.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE=11]="UNCLOSED_QUOTE_IN_ARGUMENT_STYLE",e[e.EXPECT_SELECT_ARGUMENT_OPTIONS=12]="EXPECT_SELECT_ARGUMENT_OPTIONS",e[e.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE=13]="EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE=14]="INVALID_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR=15]="EXPECT_SELECT_ARGUMENT_SELECTOR",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR=16]="EXPECT_PLURAL_ARGUMENT_SELECTOR",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT=17]="EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT=18]="EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT",e[e.INVALID_PLURAL_ARGUMENT_SELECTOR=19]="INVALID_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_PLURAL_ARGUMENT_SELECTOR=20]="DUPLICATE_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_SELECT_ARGUMENT_SELECTOR=21]="DUPLICATE_SELECT_ARGUMENT_SELECTOR",e[e.MISSING_OTHER_CLAUSE=22]="MISSING_OTHER_CLAUSE",e[e.INVALID_TAG=23]="INVALID_TAG",e[e.INVALID_TAG_NAME=25]="INVALID_TAG_NAME",e[e.UNMATCHED_CLOSING_TAG=26]="UNMATCHED_CLOSING_TAG",e[e.UNCLOSED_TAG=27]="UNCLOSED_TAG",e})({});function Ko(e){return e.type===0}function Li(e){return e.type===1}function en(e){return e.type===2}function tn(e){return e.type===3}function on(e){return e.type===4}function nn(e){return e.type===5}function rn(e){return e.type===6}function Ri(e){return e.type===7}function an(e){return e.type===8}function sn(e){return!!(e&&typeof e=="object"&&e.type===0)}function Xt(e){return!!(e&&typeof e=="object"&&e.type===1)}var Mi=/[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/,Ma=/([^\t-\r -\/:-@\[-\^`\{-~\x85\xA0-\xA7\xA9\xAB\xAC\xAE\xB0\xB1\xB6\xBB\xBF\xD7\xF7\u1680\u2000-\u200A\u2010-\u2029\u202F-\u203E\u2041-\u2053\u2055-\u205F\u2190-\u245F\u2500-\u2775\u2794-\u2BFF\u2E00-\u2E7F\u3000-\u3003\u3008-\u3020\u3030\uFD3E\uFD3F\uFE45\uFE46]*)/g,yt={"001":["H","h"],419:["h","H","hB","hb"],AC:["H","h","hb","hB"],AD:["H","hB"],AE:["h","hB","hb","H"],AF:["H","hb","hB","h"],AG:["h","hb","H","hB"],AI:["H","h","hb","hB"],AL:["h","H","hB"],AM:["H","hB"],AO:["H","hB"],AR:["H","h","hB","hb"],AS:["h","H"],AT:["H","hB"],AU:["h","hb","H","hB"],AW:["H","hB"],AX:["H"],AZ:["H","hB","h"],BA:["H","hB","h"],BB:["h","hb","H","hB"],BD:["h","hB","H"],BE:["H","hB"],BF:["H","hB"],BG:["H","hB","h"],BH:["h","hB","hb","H"],BI:["H","h"],BJ:["H","hB"],BL:["H","hB"],BM:["h","hb","H","hB"],BN:["hb","hB","h","H"],BO:["h","H","hB","hb"],BQ:["H"],BR:["H","hB"],BS:["h","hb","H","hB"],BT:["h","H"],BW:["H","h","hb","hB"],BY:["H","h"],BZ:["H","h","hb","hB"],CA:["h","hb","H","hB"],CC:["H","h","hb","hB"],CD:["hB","H"],CF:["H","h","hB"],CG:["H","hB"],CH:["H","hB","h"],CI:["H","hB"],CK:["H","h","hb","hB"],CL:["H","h","hB","hb"],CM:["H","h","hB"],CN:["H","hB","hb","h"],CO:["h","H","hB","hb"],CP:["H"],CR:["h","H","hB","hb"],CU:["h","H","hB","hb"],CV:["H","hB"],CW:["H","hB"],CX:["H","h","hb","hB"],CY:["h","H","hb","hB"],CZ:["H"],DE:["H","hB"],DG:["H","h","hb","hB"],DJ:["h","H"],DK:["H"],DM:["h","hb","H","hB"],DO:["h","H","hB","hb"],DZ:["h","hB","hb","H"],EA:["H","h","hB","hb"],EC:["h","H","hB","hb"],EE:["H","hB"],EG:["h","hB","hb","H"],EH:["h","hB","hb","H"],ER:["h","H"],ES:["H","hB","h","hb"],ET:["hB","hb","h","H"],FI:["H"],FJ:["h","hb","H","hB"],FK:["H","h","hb","hB"],FM:["h","hb","H","hB"],FO:["H","h"],FR:["H","hB"],GA:["H","hB"],GB:["H","h","hb","hB"],GD:["h","hb","H","hB"],GE:["H","hB","h"],GF:["H","hB"],GG:["H","h","hb","hB"],GH:["h","H"],GI:["H","h","hb","hB"],GL:["H","h"],GM:["h","hb","H","hB"],GN:["H","hB"],GP:["H","hB"],GQ:["H","hB","h","hb"],GR:["h","H","hb","hB"],GS:["H","h","hb","hB"],GT:["h","H","hB","hb"],GU:["h","hb","H","hB"],GW:["H","hB"],GY:["h","hb","H","hB"],HK:["h","hB","hb","H"],HN:["h","H","hB","hb"],HR:["H","hB"],HT:["H","hB"],HU:["H","h"],IC:["H","h","hB","hb"],ID:["H"],IE:["H","h","hb","hB"],IL:["H","hB"],IM:["H","h","hb","hB"],IN:["h","H"],IO:["H","h","hb","hB"],IQ:["h","hB","hb","H"],IR:["hB","H"],IS:["H"],IT:["H","hB"],JE:["H","h","hb","hB"],JM:["h","hb","H","hB"],JO:["h","hB","hb","H"],JP:["H","K","h"],KE:["hB","hb","H","h"],KG:["H","h","hB","hb"],KH:["hB","h","H","hb"],KI:["h","hb","H","hB"],KM:["H","h","hB","hb"],KN:["h","hb","H","hB"],KP:["h","H","hB","hb"],KR:["h","H","hB","hb"],KW:["h","hB","hb","H"],KY:["h","hb","H","hB"],KZ:["H","hB"],LA:["H","hb","hB","h"],LB:["h","hB","hb","H"],LC:["h","hb","H","hB"],LI:["H","hB","h"],LK:["H","h","hB","hb"],LR:["h","hb","H","hB"],LS:["h","H"],LT:["H","h","hb","hB"],LU:["H","h","hB"],LV:["H","hB","hb","h"],LY:["h","hB","hb","H"],MA:["H","h","hB","hb"],MC:["H","hB"],MD:["H","hB"],ME:["H","hB","h"],MF:["H","hB"],MG:["H","h"],MH:["h","hb","H","hB"],MK:["H","h","hb","hB"],ML:["H"],MM:["hB","hb","H","h"],MN:["H","h","hb","hB"],MO:["h","hB","hb","H"],MP:["h","hb","H","hB"],MQ:["H","hB"],MR:["h","hB","hb","H"],MS:["H","h","hb","hB"],MT:["H","h"],MU:["H","h"],MV:["H","h"],MW:["h","hb","H","hB"],MX:["h","H","hB","hb"],MY:["hb","hB","h","H"],MZ:["H","hB"],NA:["h","H","hB","hb"],NC:["H","hB"],NE:["H"],NF:["H","h","hb","hB"],NG:["H","h","hb","hB"],NI:["h","H","hB","hb"],NL:["H","hB"],NO:["H","h"],NP:["H","h","hB"],NR:["H","h","hb","hB"],NU:["H","h","hb","hB"],NZ:["h","hb","H","hB"],OM:["h","hB","hb","H"],PA:["h","H","hB","hb"],PE:["h","H","hB","hb"],PF:["H","h","hB"],PG:["h","H"],PH:["h","hB","hb","H"],PK:["h","hB","H"],PL:["H","h"],PM:["H","hB"],PN:["H","h","hb","hB"],PR:["h","H","hB","hb"],PS:["h","hB","hb","H"],PT:["H","hB"],PW:["h","H"],PY:["H","h","hB","hb"],QA:["h","hB","hb","H"],RE:["H","hB"],RO:["H","hB"],RS:["H","hB","h"],RU:["H"],RW:["hB","hb","H","h"],SA:["h","hB","hb","H"],SB:["h","hb","H","hB"],SC:["H","h","hB"],SD:["h","hB","hb","H"],SE:["H"],SG:["h","hb","H","hB"],SH:["H","h","hb","hB"],SI:["H","hB"],SJ:["H"],SK:["H"],SL:["h","hb","H","hB"],SM:["H","h","hB"],SN:["H","h","hB"],SO:["h","H"],SR:["H","hB"],SS:["h","hb","H","hB"],ST:["H","hB"],SV:["h","H","hB","hb"],SX:["H","h","hb","hB"],SY:["h","hB","hb","H"],SZ:["h","hb","H","hB"],TA:["H","h","hb","hB"],TC:["h","hb","H","hB"],TD:["h","H","hB"],TF:["H","h","hB"],TG:["H","hB"],TH:["H","h"],TJ:["H","h"],TL:["H","hB","hb","h"],TM:["H","h"],TN:["h","hB","hb","H"],TO:["h","H"],TR:["H","hB"],TT:["h","hb","H","hB"],TW:["hB","hb","h","H"],TZ:["hB","hb","H","h"],UA:["H","hB","h"],UG:["hB","hb","H","h"],UM:["h","hb","H","hB"],US:["h","hb","H","hB"],UY:["H","h","hB","hb"],UZ:["H","hB","h"],VA:["H","h","hB"],VC:["h","hb","H","hB"],VE:["h","H","hB","hb"],VG:["h","hb","H","hB"],VI:["h","hb","H","hB"],VN:["H","h"],VU:["h","H"],WF:["H","hB"],WS:["h","H"],XK:["H","hB","h"],YE:["h","hB","hb","H"],YT:["H","hB"],ZA:["H","h","hb","hB"],ZM:["H","hB"],ZW:["H","h"],"af-ZA":["H","h","hB","hb"],"ar-001":["h","hB","hb","H"],"ca-ES":["H","h","hB"],"en-001":["h","hb","H","hB"],"en-HK":["h","hb","H","hB"],"en-IL":["H","h","hb","hB"],"en-MY":["h","hb","H","hB"],"es-BR":["H","h","hB","hb"],"es-ES":["H","h","hB","hb"],"es-GQ":["H","h","hB","hb"],"fr-CA":["H","h","hB"],"gl-ES":["H","h","hB"],"gu-IN":["hB","hb","h","H"],"hi-IN":["hB","h","H"],"it-CH":["H","h","hB"],"it-IT":["H","h","hB"],"kn-IN":["hB","h","H"],"ku-SY":["H","hB"],"ml-IN":["hB","h","H"],"mr-IN":["hB","hb","h","H"],"pa-IN":["hB","hb","h","H"],"ta-IN":["hB","h","hb","H"],"te-IN":["hB","h","H"],"zu-ZA":["H","hB","hb","h"]};function Oa(e,t){let o="";for(let n=0;n<e.length;n++){let a=e.charAt(n);if(a==="j"){let r=0;for(;n+1<e.length&&e.charAt(n+1)===a;)r++,n++;let s=1+(r&1),l=r<2?1:3+(r>>1),d="a",m=za(t);for((m=="H"||m=="k")&&(l=0);l-- >0;)o+=d;for(;s-- >0;)o=m+o}else a==="J"?o+="H":o+=a}return o}function za(e){let t=e.hourCycle;if(t===void 0){let a=e;t=a.getHourCycles?.()[0]??a.hourCycles?.[0]}if(t)switch(t){case"h24":return"k";case"h23":return"H";case"h12":return"h";case"h11":return"K";default:throw new Error("Invalid hourCycle")}let o=e.language,n;return o!=="root"&&(n=e.maximize().region),(yt[`${o}-${n}`]||yt[n||""]||yt[o||""]||yt[`${o}-001`]||yt["001"])[0].charAt(0)}var Da=new RegExp(`^${Mi.source}*`),Ua=new RegExp(`${Mi.source}*$`);function H(e,t){return{start:e,end:t}}var Fa=!!Object.fromEntries,Ga=!!String.prototype.trimStart,qa=!!String.prototype.trimEnd,Bi=Fa?Object.fromEntries:function(t){let o={};for(let[n,a]of t)o[n]=a;return o},Va=Ga?function(t){return t.trimStart()}:function(t){return t.replace(Da,"")},ja=qa?function(t){return t.trimEnd()}:function(t){return t.replace(Ua,"")},Ni=Wa();function Wa(){try{let e=new RegExp("([^\\p{White_Space}\\p{Pattern_Syntax}]*)","yu");if(e.exec("a ")?.[1]==="a")return e}catch{}return Ma}function Za(e,t){return Ni.lastIndex=t,Ni.exec(e)[1]??""}function Ya(e){if(e.length===0)return null;let t=1,o=1;for(let n=0;n<e.length;){let a=e.charCodeAt(n);switch(a){case 35:case 39:case 60:case 123:case 125:return null}if(a===10)t++,o=1,n++;else if(o++,a>=55296&&a<=56319&&n+1<e.length){let r=e.charCodeAt(n+1);n+=r>=56320&&r<=57343?2:1}else n++}return{offset:e.length,line:t,column:o}}var Xa=class{constructor(e,t={}){this.message=e,this.position={offset:0,line:1,column:1},this.ignoreTag=!!t.ignoreTag,this.locale=t.locale,this.requiresOtherClause=!!t.requiresOtherClause,this.shouldParseSkeletons=!!t.shouldParseSkeletons,this.captureEscapes=!!t.captureEscapes}parse(){if(this.offset()!==0)throw Error("parser can only be used once");if(this.message.length>0){let e=this.message.charCodeAt(0);if(e!==35&&e!==39&&e!==60&&e!==123&&e!==125){let t=Ya(this.message);if(t){let o=this.clonePosition();return this.position=t,{val:[{type:0,value:this.message,...this.captureEscapes&&{rawValue:this.message},location:H(o,this.clonePosition())}],err:null}}}}return this.parseMessage(0,"",!1)}parseMessage(e,t,o){let n=[];for(;!this.isEOF();){let a=this.char();if(a===123){let r=this.parseArgument(e,o);if(r.err)return r;n.push(r.val)}else{if(a===125&&e>0)break;if(a===35&&(t==="plural"||t==="selectordinal")){let r=this.clonePosition();this.bump(),n.push({type:7,location:H(r,this.clonePosition())})}else if(a===60&&!this.ignoreTag&&this.peek()===47){if(o)break;return this.error(26,H(this.clonePosition(),this.clonePosition()))}else if(a===60&&!this.ignoreTag&&Jo(this.peek()||0)){let r=this.parseTag(e,t);if(r.err)return r;n.push(r.val)}else{let r=this.parseLiteral(e,t);if(r.err)return r;n.push(r.val)}}}return{val:n,err:null}}parseTag(e,t){let o=this.clonePosition();this.bump();let n=this.parseTagName();if(this.bumpSpace(),this.bumpIf("/>"))return{val:{type:0,value:`<${n}/>`,location:H(o,this.clonePosition())},err:null};if(this.bumpIf(">")){let a=this.parseMessage(e+1,t,!0);if(a.err)return a;let r=a.val,s=this.clonePosition();if(this.bumpIf("</")){if(this.isEOF()||!Jo(this.char()))return this.error(23,H(s,this.clonePosition()));let l=this.clonePosition();return n!==this.parseTagName()?this.error(26,H(l,this.clonePosition())):(this.bumpSpace(),this.bumpIf(">")?{val:{type:8,value:n,children:r,location:H(o,this.clonePosition())},err:null}:this.error(23,H(s,this.clonePosition())))}else return this.error(27,H(o,this.clonePosition()))}else return this.error(23,H(o,this.clonePosition()))}parseTagName(){let e=this.offset();for(this.bump();!this.isEOF()&&Qa(this.char());)this.bump();return this.message.slice(e,this.offset())}parseLiteral(e,t){let o=this.clonePosition(),n="";for(;;){let r=this.tryParseQuote(t);if(r){n+=r;continue}let s=this.tryParseUnquoted(e,t);if(s){n+=s;continue}let l=this.tryParseLeftAngleBracket();if(l){n+=l;continue}break}let a=H(o,this.clonePosition());return{val:{type:0,value:n,location:a,...this.captureEscapes&&{rawValue:this.message.slice(o.offset,this.offset())}},err:null}}tryParseLeftAngleBracket(){return!this.isEOF()&&this.char()===60&&(this.ignoreTag||!Ja(this.peek()||0))?(this.bump(),"<"):null}tryParseQuote(e){if(this.isEOF()||this.char()!==39)return null;switch(this.peek()){case 39:return this.bump(),this.bump(),"'";case 123:case 60:case 62:case 125:break;case 35:if(e==="plural"||e==="selectordinal")break;return null;default:return null}this.bump();let t=[this.char()];for(this.bump();!this.isEOF();){let o=this.char();if(o===39)if(this.peek()===39)t.push(39),this.bump();else{this.bump();break}else t.push(o);this.bump()}return String.fromCodePoint(...t)}tryParseUnquoted(e,t){if(this.isEOF())return null;let o=this.char();return o===60||o===123||o===35&&(t==="plural"||t==="selectordinal")||o===125&&e>0?null:(this.bump(),String.fromCodePoint(o))}parseArgument(e,t){let o=this.clonePosition();if(this.bump(),this.bumpSpace(),this.isEOF())return this.error(1,H(o,this.clonePosition()));if(this.char()===125)return this.bump(),this.error(2,H(o,this.clonePosition()));let n=this.parseIdentifierIfPossible().value;if(!n)return this.error(3,H(o,this.clonePosition()));if(this.bumpSpace(),this.isEOF())return this.error(1,H(o,this.clonePosition()));switch(this.char()){case 125:return this.bump(),{val:{type:1,value:n,location:H(o,this.clonePosition())},err:null};case 44:return this.bump(),this.bumpSpace(),this.isEOF()?this.error(1,H(o,this.clonePosition())):this.parseArgumentOptions(e,t,n,o);default:return this.error(3,H(o,this.clonePosition()))}}parseIdentifierIfPossible(){let e=this.clonePosition(),t=this.offset(),o=Za(this.message,t),n=t+o.length;return this.bumpTo(n),{value:o,location:H(e,this.clonePosition())}}parseArgumentOptions(e,t,o,n){let a=this.clonePosition(),r=this.parseIdentifierIfPossible().value,s=this.clonePosition();switch(r){case"":return this.error(4,H(a,s));case"number":case"date":case"time":{this.bumpSpace();let l=null;if(this.bumpIf(",")){this.bumpSpace();let u=this.clonePosition(),h=this.parseSimpleArgStyleIfPossible();if(h.err)return h;let p=ja(h.val);if(p.length===0)return this.error(6,H(this.clonePosition(),this.clonePosition()));l={style:p,styleLocation:H(u,this.clonePosition())}}let d=this.tryParseArgumentClose(n);if(d.err)return d;let m=H(n,this.clonePosition());if(l&&l.style.startsWith("::")){let u=Va(l.style.slice(2));if(r==="number"){let h=this.parseNumberSkeletonFromString(u,l.styleLocation);return h.err?h:{val:{type:2,value:o,location:m,style:h.val},err:null}}else{if(u.length===0)return this.error(10,m);let h=u;this.locale&&(h=Oa(u,this.locale));let p={type:1,pattern:h,location:l.styleLocation,parsedOptions:this.shouldParseSkeletons?Ei(h):{}};return{val:{type:r==="date"?3:4,value:o,location:m,style:p},err:null}}}return{val:{type:r==="number"?2:r==="date"?3:4,value:o,location:m,style:l?.style??null},err:null}}case"plural":case"selectordinal":case"select":{let l=this.clonePosition();if(this.bumpSpace(),!this.bumpIf(","))return this.error(12,H(l,{...l}));this.bumpSpace();let d=this.parseIdentifierIfPossible(),m=0;if(r!=="select"&&d.value==="offset"){if(!this.bumpIf(":"))return this.error(13,H(this.clonePosition(),this.clonePosition()));this.bumpSpace();let f=this.tryParseDecimalInteger(13,14);if(f.err)return f;this.bumpSpace(),d=this.parseIdentifierIfPossible(),m=f.val}let u=this.tryParsePluralOrSelectOptions(e,r,t,d);if(u.err)return u;let h=this.tryParseArgumentClose(n);if(h.err)return h;let p=H(n,this.clonePosition());return r==="select"?{val:{type:5,value:o,options:Bi(u.val),location:p},err:null}:{val:{type:6,value:o,options:Bi(u.val),offset:m,pluralType:r==="plural"?"cardinal":"ordinal",location:p},err:null}}default:return this.error(5,H(a,s))}}tryParseArgumentClose(e){return this.isEOF()||this.char()!==125?this.error(1,H(e,this.clonePosition())):(this.bump(),{val:!0,err:null})}parseSimpleArgStyleIfPossible(){let e=0,t=this.clonePosition();for(;!this.isEOF();)switch(this.char()){case 39:{this.bump();let o=this.clonePosition();if(!this.bumpUntil("'"))return this.error(11,H(o,this.clonePosition()));this.bump();break}case 123:e+=1,this.bump();break;case 125:if(e>0)e-=1;else return{val:this.message.slice(t.offset,this.offset()),err:null};break;default:this.bump()}return{val:this.message.slice(t.offset,this.offset()),err:null}}parseNumberSkeletonFromString(e,t){let o=[];try{o=Ci(e)}catch{return this.error(7,t)}return{val:{type:0,tokens:o,location:t,parsedOptions:this.shouldParseSkeletons?Pi(o):{}},err:null}}tryParsePluralOrSelectOptions(e,t,o,n){let a=!1,r=[],s=new Set,{value:l,location:d}=n;for(;;){if(l.length===0){let p=this.clonePosition();if(t!=="select"&&this.bumpIf("=")){let f=this.tryParseDecimalInteger(16,19);if(f.err)return f;d=H(p,this.clonePosition()),l=this.message.slice(p.offset,this.offset())}else break}if(s.has(l))return this.error(t==="select"?21:20,d);l==="other"&&(a=!0),this.bumpSpace();let m=this.clonePosition();if(!this.bumpIf("{"))return this.error(t==="select"?17:18,H(this.clonePosition(),this.clonePosition()));let u=this.parseMessage(e+1,t,o);if(u.err)return u;let h=this.tryParseArgumentClose(m);if(h.err)return h;r.push([l,{value:u.val,location:H(m,this.clonePosition())}]),s.add(l),this.bumpSpace(),{value:l,location:d}=this.parseIdentifierIfPossible()}return r.length===0?this.error(t==="select"?15:16,H(this.clonePosition(),this.clonePosition())):this.requiresOtherClause&&!a?this.error(22,H(this.clonePosition(),this.clonePosition())):{val:r,err:null}}tryParseDecimalInteger(e,t){let o=1,n=this.clonePosition();this.bumpIf("+")||this.bumpIf("-")&&(o=-1);let a=!1,r=0;for(;!this.isEOF();){let l=this.char();if(l>=48&&l<=57)a=!0,r=r*10+(l-48),this.bump();else break}let s=H(n,this.clonePosition());return a?(r*=o,Number.isSafeInteger(r)?{val:r,err:null}:this.error(t,s)):this.error(e,s)}offset(){return this.position.offset}isEOF(){return this.offset()===this.message.length}clonePosition(){return{offset:this.position.offset,line:this.position.line,column:this.position.column}}char(){let e=this.position.offset;if(e>=this.message.length)throw Error("out of bound");let t=this.message.codePointAt(e);if(t===void 0)throw Error(`Offset ${e} is at invalid UTF-16 code unit boundary`);return t}error(e,t){return{val:null,err:{kind:e,message:this.message,location:t}}}bump(){if(this.isEOF())return;let e=this.char();e===10?(this.position.line+=1,this.position.column=1,this.position.offset+=1):(this.position.column+=1,this.position.offset+=e<65536?1:2)}bumpIf(e){let t=this.offset();if(this.message.slice(t,t+e.length)===e){for(let o=0;o<e.length;o++)this.bump();return!0}return!1}bumpUntil(e){let t=this.offset(),o=this.message.indexOf(e,t);return o>=0?(this.bumpTo(o),!0):(this.bumpTo(this.message.length),!1)}bumpTo(e){if(this.offset()>e)throw Error(`targetOffset ${e} must be greater than or equal to the current offset ${this.offset()}`);for(e=Math.min(e,this.message.length);;){let t=this.offset();if(t===e)break;if(t>e)throw Error(`targetOffset ${e} is at invalid UTF-16 code unit boundary`);if(this.bump(),this.isEOF())break}}bumpSpace(){for(;!this.isEOF()&&Ka(this.char());)this.bump()}peek(){if(this.isEOF())return null;let e=this.char(),t=this.offset();return this.message.charCodeAt(t+(e>=65536?2:1))??null}};function Jo(e){return e>=97&&e<=122||e>=65&&e<=90}function Ja(e){return Jo(e)||e===47}function Qa(e){return e===45||e===46||e>=48&&e<=57||e===95||e>=97&&e<=122||e>=65&&e<=90||e==183||e>=192&&e<=214||e>=216&&e<=246||e>=248&&e<=893||e>=895&&e<=8191||e>=8204&&e<=8205||e>=8255&&e<=8256||e>=8304&&e<=8591||e>=11264&&e<=12271||e>=12289&&e<=55295||e>=63744&&e<=64975||e>=65008&&e<=65533||e>=65536&&e<=983039}function Ka(e){return e>=9&&e<=13||e===32||e===133||e>=8206&&e<=8207||e===8232||e===8233}function Qo(e){e.forEach(t=>{if(delete t.location,nn(t)||rn(t))for(let o in t.options)delete t.options[o].location,Qo(t.options[o].value);else en(t)&&sn(t.style)||(tn(t)||on(t))&&Xt(t.style)?delete t.style.location:an(t)&&Qo(t.children)})}function Oi(e,t={}){t={shouldParseSkeletons:!0,requiresOtherClause:!0,...t};let o=new Xa(e,t).parse();if(o.err){let n=SyntaxError(Ra[o.err.kind]);throw n.location=o.err.location,n.originalMessage=o.err.message,n}return t?.captureLocation||Qo(o.val),o.val}var Qt=class extends Error{constructor(e,t,o){super(e),this.code=t,this.originalMessage=o}toString(){return`[formatjs Error: ${this.code}] ${this.message}`}},zi=class extends Qt{constructor(e,t,o,n){super(`Invalid values for "${e}": "${t}". Options are "${Object.keys(o).join('", "')}"`,"INVALID_VALUE",n)}},es=class extends Qt{constructor(e,t,o){super(`Value for "${e}" must be of type ${t}`,"INVALID_VALUE",o)}},ts=class extends Qt{constructor(e,t){super(`The intl string context variable "${e}" was not provided to the string "${t}"`,"MISSING_VALUE",t)}};function os(e){return e.length<2?e:e.reduce((t,o)=>{let n=t[t.length-1];return!n||n.type!==0||o.type!==0?t.push(o):n.value+=o.value,t},[])}function ns(e){return typeof e=="function"}function Jt(e,t,o,n,a,r,s){if(e.length===1&&Ko(e[0]))return[{type:0,value:e[0].value}];let l=[];for(let d of e){if(Ko(d)){l.push({type:0,value:d.value});continue}if(Ri(d)){typeof r=="number"&&l.push({type:0,value:o.getNumberFormat(t).format(r)});continue}let{value:m}=d;if(!(a&&m in a))throw new ts(m,s);let u=a[m];if(Li(d)){(!u||typeof u=="string"||typeof u=="number"||typeof u=="bigint")&&(u=typeof u=="string"||typeof u=="number"||typeof u=="bigint"?String(u):""),l.push({type:typeof u=="string"?0:1,value:u});continue}if(tn(d)){let h=typeof d.style=="string"?n.date[d.style]:Xt(d.style)?d.style.parsedOptions:void 0;l.push({type:0,value:o.getDateTimeFormat(t,h).format(u)});continue}if(on(d)){let h=typeof d.style=="string"?n.time[d.style]:Xt(d.style)?d.style.parsedOptions:n.time.medium;l.push({type:0,value:o.getDateTimeFormat(t,h).format(u)});continue}if(en(d)){let h=typeof d.style=="string"?n.number[d.style]:sn(d.style)?d.style.parsedOptions:void 0;if(h&&h.scale){let p=h.scale||1;if(typeof u=="bigint"){if(!Number.isInteger(p))throw new TypeError(`Cannot apply fractional scale ${p} to bigint value. Scale must be an integer when formatting bigint.`);u=u*BigInt(p)}else u=u*p}l.push({type:0,value:o.getNumberFormat(t,h).format(u)});continue}if(an(d)){let{children:h,value:p}=d,f=a[p];if(!ns(f))throw new es(p,"function",s);let g=f(Jt(h,t,o,n,a,r).map(b=>b.value));Array.isArray(g)||(g=[g]),l.push(...g.map(b=>({type:typeof b=="string"?0:1,value:b})))}if(nn(d)){let h=u,p=(Object.prototype.hasOwnProperty.call(d.options,h)?d.options[h]:void 0)||d.options.other;if(!p)throw new zi(d.value,u,Object.keys(d.options),s);l.push(...Jt(p.value,t,o,n,a));continue}if(rn(d)){let h=`=${u}`,p=Object.prototype.hasOwnProperty.call(d.options,h)?d.options[h]:void 0;if(!p){if(!Intl.PluralRules)throw new Qt(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`,"MISSING_INTL_API",s);let g=typeof u=="bigint"?Number(u):u,b=o.getPluralRules(t,{type:d.pluralType}).select(g-(d.offset||0));p=(Object.prototype.hasOwnProperty.call(d.options,b)?d.options[b]:void 0)||d.options.other}if(!p)throw new zi(d.value,u,Object.keys(d.options),s);let f=typeof u=="bigint"?Number(u):u;l.push(...Jt(p.value,t,o,n,a,f-(d.offset||0)));continue}}return os(l)}function is(e,t){return t?{...e,...t,...Object.keys(e).reduce((o,n)=>(o[n]={...e[n],...t[n]},o),{})}:e}function rs(e,t){return t?Object.keys(e).reduce((o,n)=>(o[n]=is(e[n],t[n]),o),{...e}):e}function ln(e){return{create(){return{get(t){return e[t]},set(t,o){e[t]=o}}}}}function as(e={number:{},dateTime:{},pluralRules:{}}){return{getNumberFormat:Zt((...t)=>new Intl.NumberFormat(...t),{cache:ln(e.number),strategy:Yt.variadic}),getDateTimeFormat:Zt((...t)=>new Intl.DateTimeFormat(...t),{cache:ln(e.dateTime),strategy:Yt.variadic}),getPluralRules:Zt((...t)=>new Intl.PluralRules(...t),{cache:ln(e.pluralRules),strategy:Yt.variadic})}}var oe,Di=(oe=class{constructor(t,o=oe.defaultLocale,n,a){if(this.formatterCache={number:{},dateTime:{},pluralRules:{}},this.format=(r=>{let s=this.formatToParts(r);if(s.length===1)return s[0].value;let l=s.reduce((d,m)=>(!d.length||m.type!==0||typeof d[d.length-1]!="string"?d.push(m.value):d[d.length-1]+=m.value,d),[]);return l.length<=1?l[0]||"":l}),this.formatToParts=(r=>Jt(this.ast,this.locales,this.formatters,this.formats,r,void 0,this.message)),this.resolvedOptions=()=>({locale:this.resolvedLocale?.toString()||Intl.NumberFormat.supportedLocalesOf(this.locales)[0]}),this.getAst=()=>this.ast,this.locales=o,this.resolvedLocale=oe.resolveLocale(o),typeof t=="string"){if(this.message=t,!oe.__parse)throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");let{...r}=a||{};this.ast=oe.__parse(t,{...r,locale:this.resolvedLocale})}else this.ast=t;if(!Array.isArray(this.ast))throw new TypeError("A message must be provided as a String or AST.");this.formats=rs(oe.formats,n),this.formatters=a&&a.formatters||as(this.formatterCache)}static get defaultLocale(){return oe.memoizedDefaultLocale||(oe.memoizedDefaultLocale=new Intl.NumberFormat().resolvedOptions().locale),oe.memoizedDefaultLocale}},oe.memoizedDefaultLocale=null,oe.resolveLocale=t=>{if(typeof Intl.Locale>"u")return;let o=Intl.NumberFormat.supportedLocalesOf(t);return o.length>0?new Intl.Locale(o[0]):new Intl.Locale(typeof t=="string"?t:t[0])},oe.__parse=Oi,oe.formats={number:{integer:{maximumFractionDigits:0},currency:{style:"currency"},percent:{style:"percent"}},date:{short:{month:"numeric",day:"numeric",year:"2-digit"},medium:{month:"short",day:"numeric",year:"numeric"},long:{month:"long",day:"numeric",year:"numeric"},full:{weekday:"long",month:"long",day:"numeric",year:"numeric"}},time:{short:{hour:"numeric",minute:"numeric"},medium:{hour:"numeric",minute:"numeric",second:"numeric"},long:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"},full:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"}}},oe);var $t={"app.name":"Village","footer.text":"Village is the networking space of the Internet Governance Forum.","header.skip":"Skip to the content","header.nav":"Main","header.language":"Language","header.menu":"Menu","header.sign_out":"Sign out","nav.home":"Home","nav.people":"People","nav.organisations":"Organisations","nav.invitations":"Invitations","nav.profile":"My profile","role.participant":"Participant","role.staff":"Staff","role.secretariat":"Secretariat","connection.connecting":"Connecting…","connection.connected":"Connected","connection.reconnecting":"Reconnecting…","connection.offline":"Offline","connection.problem.tabs":"Too many tabs are open: close some.","connection.problem.ended":"Your session has ended.","connection.problem.error":"Reload the page to reconnect.","toast.region":"Notifications","toast.dismiss":"Dismiss","toast.direct":"{name} sent you a message.","toast.direct.wave":"{name} waves at you 👋","common.loading":"Loading…","common.retry":"Try again","form.problem_title":"There is a problem","form.error_prefix":"Error:","form.working":"Working…","error.invalid":"This is not valid.","error.network":"Village could not be reached. Check your connection and try again: what you typed is kept.","error.internal":"Something went wrong on our side. Try again in a moment: what you typed is kept.","error.unavailable":"Village is not available right now. Try again in a moment.","error.rate_limited":"Too many attempts. Wait a minute, then try again.","error.unauthenticated":"Your session has ended. Sign in again.","error.session_unreachable":"We could not reach Village to sign you back in. Check your connection; we will keep trying, or reload the page.","error.forbidden":"Your role may not do this.","error.not_found":"This was not found. It may have been removed.","error.conflict":"This is already taken.","error.gone":"This has expired.","error.bad_request":"The request was not understood. Reload the page and try again.","error.payload_too_large":"This is too long.","error.validation_failed":"Some fields are not valid.","error.wrong_credentials":"The e-mail or the password is not right.","field.email":"Email","field.password":"Password","field.email.required":"Enter your e-mail address.","field.email.invalid":"Enter an e-mail address such as name@example.org.","field.email.taken":"An account with this e-mail address already exists. Sign in instead.","field.password.required":"Enter your password.","field.password.invalid":"Use 10 to 128 characters.","signin.title":"Sign in","signin.intro":"Meet the people of the Internet Governance Forum: booths, coffee breaks and one-to-one meetings.","signin.submit":"Sign in","signin.busy":"Signing in…","signin.no_account":"New here?","signin.register":"Create an account","signin.demo_title":"Trying the demo?","signin.demo_text":"Sign in as {email} with the password {password}.","home.title":"Welcome, {name}","home.intro":"The village is open. Say hello to the people who are here now.","home.online_title":"Online now","home.online_count":"{count, plural, =0 {Nobody is online yet.} one {# person is online.} other {# people are online.}}","home.online_waiting":"Waiting for the connection…","home.online_truncated":"Showing {shown} of {count}.","home.you":"(you)","home.wave":"Wave at {name}","home.wave_short":"Wave","home.next_photo":"Add a photo, so that people you meet recognise you","home.waved":"You waved at {name}.","home.wave_failed":"Your wave did not reach {name}. Try again.","home.next_title":"What next","home.next_people":"Find people by theme, language or region","home.next_profile":"Complete your profile so that others find you","notfound.title":"Page not found","notfound.text":"There is no page at this address. Check it, or start again from the home page.","notfound.home":"Go to the home page","common.cancel":"Cancel","form.choose":"Choose…","form.required_note":"Fields marked * are required.","stakeholder.government":"Government","stakeholder.intergovernmental":"Intergovernmental organization","stakeholder.civil_society":"Civil society","stakeholder.technical_community":"Technical community","stakeholder.private_sector":"Private sector","stakeholder.press_media":"Press and media","region.african":"African Group","region.asia_pacific":"Asia-Pacific Group","region.eastern_european":"Eastern European Group","region.grulac":"Latin American and Caribbean Group (GRULAC)","region.weog":"Western European and Others Group (WEOG)","region.igo":"Intergovernmental organizations","theme.data":"Data","theme.environment":"Environment","theme.inclusion":"Inclusion","theme.trust":"Trust","theme.digital_cooperation":"Digital cooperation","kind.best_practice_forum":"Best Practice Forum","kind.dynamic_coalition":"Dynamic Coalition","kind.nri":"National, Regional or Youth IGF initiative (NRI)","kind.mag":"Multistakeholder Advisory Group (MAG)","kind.secretariat":"Secretariat","kind.un_agency":"UN agency","kind.government":"Government","kind.intergovernmental":"Intergovernmental organization","kind.civil_society":"Civil society","kind.academia":"Academia","kind.technical_community":"Technical community","kind.private_sector":"Private sector","kind.media":"Media","field.email.hint":"We never show it to other people.","field.password.hint":"10 to 128 characters. A few words you remember make a good one.","field.display_name":"Name shown to others","field.display_name.hint":"Your name as you want other participants to see it.","field.display_name.required":"Enter the name you want others to see.","field.display_name.invalid":"Use 1 to 80 characters, without control characters.","field.stakeholder_group":"Stakeholder group","field.stakeholder_group.required":"Choose your stakeholder group.","field.stakeholder_group.invalid":"Choose one of the stakeholder groups in the list.","field.parliamentarian":"I am a member of parliament","field.parliamentarian.hint":"Members of parliament register under the Government stakeholder group.","field.parliamentarian.invalid":"Only people in the Government stakeholder group can be marked as members of parliament.","field.region":"Region","field.region.hint":"The UN regional group of your country. Staff of intergovernmental organizations choose “Intergovernmental organizations”.","field.region.required":"Choose your region.","field.region.invalid":"Choose one of the regions in the list.","field.country":"Country","field.country.required":"Choose your country.","field.country.invalid":"Choose a country from the list.","field.youth":"I am a young person (youth participant)","field.youth.hint":"Youth participants can find each other in the directory.","field.youth.invalid":"Choose yes or no.","field.languages":"Languages you speak","field.languages.hint":"Choose 1 to 10. Each language is named in itself. The first one you choose also sets the language of Village, unless you pick one at the top of the page.","multiselect.search":"Type to search, or press Down to see the list","multiselect.chosen":"{field}: {count, plural, one {# chosen} other {# chosen}}","multiselect.remove":"Remove {name}","multiselect.none":"Nothing matches","field.languages.required":"Choose at least one language you speak.","field.languages.invalid":"Choose 1 to 10 languages.","field.time_zone":"Time zone","field.time_zone.hint":"Times in Village are shown in this zone. It is {time} there now.","field.time_zone.hint_none":"Times in Village are shown in this zone.","field.time_zone.utc":"Coordinated Universal Time","field.time_zone.region.other":"UTC and others","field.time_zone.region.africa":"Africa","field.time_zone.region.america":"Americas","field.time_zone.region.antarctica":"Antarctica","field.time_zone.region.arctic":"Arctic","field.time_zone.region.asia":"Asia","field.time_zone.region.atlantic":"Atlantic Ocean","field.time_zone.region.australia":"Australia","field.time_zone.region.europe":"Europe","field.time_zone.region.indian":"Indian Ocean","field.time_zone.region.pacific":"Pacific","field.time_zone.required":"Choose your time zone.","field.time_zone.invalid":"Choose a time zone from the list.","field.themes":"Themes that interest you","field.themes.hint":"The thematic tracks of the forum. Choose any.","field.themes.invalid":"Choose themes from the list.","field.tags":"Interests","field.tags.hint":"Up to 10, separated by commas, such as: community networks, spectrum, child online safety.","field.tags.invalid":"Enter up to 10 interests of 1 to 40 characters each, separated by commas.","field.expertise":"Expertise","field.expertise.hint":"What you know about and can help others with. At most 500 characters.","field.expertise.invalid":"Use at most 500 characters.","field.directory_opt_in":"List me in the people directory","field.directory_opt_in.hint":"Other signed-in participants can then find you and see your public profile: your name, role, groups, country, languages, time zone, themes, interests and expertise. Never your e-mail address. You can change this at any time.","field.invitation.invalid":"This invitation link does not work: it does not exist, was already used, has expired, or its organisation has left the village. You can register without it.","field.current_password":"Current password","field.current_password.hint":"Needed to change your e-mail address or your password.","field.current_password.required":"Enter your current password to change your e-mail address or password.","field.current_password.invalid":"Your current password is not right.","field.confirm_delete":"I understand that my account is deleted for good and cannot be brought back","field.confirm_delete.required":"Tick the box to confirm that you want to delete your account.","field.name":"Name","field.name.required":"Enter the organisation's name.","field.name.invalid":"Use 1 to 120 characters, without control characters.","field.kind":"Kind","field.kind.required":"Choose what kind of organisation it is.","field.kind.invalid":"Choose a kind from the list.","field.website":"Website","field.website.hint":"An address starting with https://, or leave it empty.","field.website.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.logo_url":"Logo address","field.logo_url.hint":"The address of an image of the logo, starting with https://, or leave it empty.","field.logo_url.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.description":"Description","field.description.hint":"What the organisation does, for visitors of its booth. At most 2,000 characters.","field.description.invalid":"Use at most 2,000 characters.","field.role":"Role","field.role.hint":"Staff run the booth of one organisation; the Secretariat runs the village.","field.role.required":"Choose the role the invitation grants.","field.role.invalid":"Choose Staff or Secretariat.","field.organisation_id":"Organisation","field.organisation_id.required":"Choose the organisation whose staff this invitation is for.","field.organisation_id.invalid":"Choose an organisation from the list: a staff invitation needs one.","field.note":"Note","field.note.hint":"Shown on the invite page, such as who the link is for. At most 200 characters.","field.note.invalid":"Use at most 200 characters, without control characters.","field.ttl_days":"Valid for (days)","field.ttl_days.hint":"From 1 to 90 days.","field.ttl_days.required":"Enter for how many days the link works.","field.ttl_days.invalid":"Enter a whole number of days from 1 to 90.","field.q":"Name or expertise","field.q.hint":"Part of a name, or a word of someone's expertise.","field.q.invalid":"Use at most 80 characters.","field.theme":"Theme","field.theme.invalid":"Choose a theme from the list.","field.interest":"Interest","field.interest.hint":"One interest, written in full, such as: spectrum.","field.interest.invalid":"Use at most 40 characters.","field.language":"Speaks","field.language.invalid":"Choose a language from the list.","field.offset.invalid":"This page of results does not exist. Search again.","field.limit.invalid":"This page of results does not exist. Search again.","register.title":"Create your account","register.intro":"Join the village of the Internet Governance Forum: tell others who you are, which languages you speak and what interests you.","register.section.account":"Your account","register.invitation_title":"Invitation","register.invitation":"You are registering with an invitation.","register.invitation_role":"You are registering with an invitation: your account will have the {role} role.","register.without_invitation":"Register without the invitation","register.submit":"Create my account","register.busy":"Creating your account…","register.have_account":"Already registered?","register.sign_in":"Sign in","register.welcome":"Welcome to the village, {name}!","register.welcome_role":"Welcome to the village, {name}! Your role is {role}.","register.welcome_invitation_lost":"Welcome to the village, {name}! Someone else used the invitation just before you, so your account is a participant's: ask for a new link.","profile.title":"My profile","profile.intro":"What other participants see of you, and how you sign in.","profile.summary":"Your role: {role}. Registered on {created}.","profile.see_public":"See your public profile","profile.section.profile":"Profile","profile.section.about":"About you","profile.section.languages":"Languages and time","profile.section.interests":"Interests","profile.section.directory":"The directory","profile.section.photo":"Your photo","photo.hint":"A photo of your face helps the people you meet recognise you. JPEG, PNG or GIF; it is cropped to a square and made smaller, and its hidden details (such as where it was taken) are removed.","photo.choose":"Choose a photo","photo.change":"Change the photo","photo.remove":"Remove the photo","photo.uploading":"Sending the photo…","photo.saved":"Your photo is saved.","photo.removed":"Your photo is removed.","photo.too_large":"This picture is too large. Choose one under 5 MB.","photo.wrong_type":"Choose a JPEG, PNG or GIF picture.","photo.unreadable":"This file could not be read as a picture, or its picture is too large (at most 8000 pixels a side). Try another one.","profile.save":"Save my profile","profile.saving":"Saving…","profile.saved":"Profile saved.","profile.no_changes":"Nothing has changed, so there was nothing to save.","profile.section.signin":"E-mail address and password","profile.section.email":"E-mail address","profile.no_password":"You sign in through the event's registration site, so your account has no password here.","profile.new_password":"New password","profile.new_password_hint":"Leave it empty to keep your password. 10 to 128 characters.","profile.signin_save":"Save my e-mail and password","profile.email_changed":"Your e-mail address is changed.","profile.password_changed":"Your password is changed.","profile.both_changed":"Your e-mail address and password are changed.","profile.section.delete":"Delete my account","profile.delete_what":"Deleting your account removes, for good:","profile.delete_item.profile":"your profile, and your entry in the people directory;","profile.delete_item.sessions":"your sign-ins on every device;","profile.delete_item.role":"your role ({role}).","profile.delete_stays":"Invitations you accepted stay used. To take part again later, you would register anew.","profile.delete":"Delete my account","profile.deleting":"Deleting…","profile.deleted":"Your account is deleted. Thank you for visiting the village.","invite.title":"Invitation","invite.intro":"Someone from the IGF Secretariat sent you this link to give you a role in the village.","invite.role":"Role","invite.role_explained.staff":"Staff run their organisation's booth: they see who visits, talk with visitors and edit the booth.","invite.role_explained.secretariat":"The Secretariat runs the village: it adds organisations, invites their staff and hosts the tour.","invite.organisation":"Organisation","invite.organisation_signed_out":"Sign in to see it.","invite.organisation_unknown":"This organisation has left the village.","invite.note":"Note","invite.expires_at":"Works until","invite.expired_at":"Worked until","invite.state":"State","invite.state.open":"Can be accepted","invite.state.used":"Already used","invite.state.expired":"Expired","invite.not_found":"This invitation link does not exist. Check that you copied all of it, or ask the person who sent it for a new one. It may also have been withdrawn.","invite.used":"This invitation has already been used: each link works once. Ask the person who sent it for a new one.","invite.expired":"This invitation has expired. Ask the person who sent it for a new one.","invite.organisation_gone":"The organisation of this invitation has left the village, so the link no longer works.","invite.secretariat_staff":"A Secretariat account cannot take a staff invitation. Register a separate account for the booth, or ask for a Secretariat link.","invite.signed_in_as":"You are signed in as {name} ({role}).","invite.accept":"Accept: become {role}","invite.accepting":"Accepting…","invite.accepted":"Done: your role is now {role}.","invite.accepted_toast":"Invitation accepted: you are now {role}.","invite.go_home":"Go to the village","invite.signed_out":"To accept it, sign in, or create an account: the invitation is accepted as you register.","invite.sign_in":"Sign in to accept","invite.register":"Create an account with this invitation","directory.title":"People","directory.intro":"Find participants by name, expertise, theme, interest, group, region or language. Only people who chose to be listed appear here.","directory.filters":"Search","directory.filters_count":"{count, plural, =0 {Filters: none set} one {Filters: # set} other {Filters: # set}}","directory.any":"Any","directory.youth":"Youth","directory.youth_only":"Youth participants only","directory.youth_not":"Not youth participants","directory.search":"Search","directory.clear":"Clear the filters","directory.results":"Results","directory.searching":"Searching…","directory.none":"Nobody matches. Try fewer filters.","directory.count":"{count, plural, one {# person found.} other {# people found.}}","directory.showing":"Showing {from, number}–{to, number} of {total, number}.","directory.past_end":"{count, plural, one {# person matches, but not on this page.} other {# people match, but not on this page.}}","directory.first_page":"Go to the first page","directory.pages":"Pages of results","directory.page":"Page of results","directory.previous":"Previous page","directory.next":"Next page","directory.speaks":"Speaks {languages}","directory.themes":"Themes","person.title":"Profile","person.not_found":"There is no such profile, or this person chose not to be listed in the directory.","person.unlisted":"{name} is not listed in the directory, so you see only their name and role. You can still wave.","person.back":"Back to the people","person.is_you":"This is your profile as others see it.","person.edit":"Edit my profile","person.online":"Online now","person.offline":"Not in the village right now.","person.about":"About","person.role":"Role","person.organisation":"Organisation","person.organisation_unknown":"Not available","person.parliamentarian":"Member of parliament","person.youth":"Youth participant","person.yes":"Yes","person.languages":"Languages","person.time_zone":"{zone} (it is {time} there now)","person.registered":"Registered on","person.interests":"Interests and expertise","person.no_interests":"No interests given yet.","person.themes":"Themes","link.copy":"Copy link","link.copied":"Copied.","link.copy_failed":"Copying did not work: the link is selected, copy it yourself.","link.hint":"Send it only to the person it is for: it works once.","link.hint_expires":"Send it only to the person it is for: it works once, until {expires}.","organisations.title":"Organisations","organisations.intro":"The exhibitors of the village: add one, invite its staff, or remove it.","organisations.add_title":"Add an organisation","organisations.add":"Add the organisation","organisations.adding":"Adding…","organisations.added":"{name} is added.","organisations.list_title":"All organisations","organisations.list_title_count":"{count, plural, =0 {No organisations} one {# organisation} other {# organisations}}","organisations.empty":"There are no organisations yet.","organisations.actions":"Actions","organisations.no_website":"None","organisations.invite":"Invite staff","organisations.invite_named":"Invite staff to {name}","organisations.invited":"An invitation link for the staff of {name} is ready.","organisations.link_title":"Invitation link for the staff of {name}","organisations.link_label":"Link for the staff of {name}","organisations.remove":"Remove","organisations.remove_named":"Remove {name}","organisations.confirm_label":"Confirm the removal of {name}","organisations.confirm":"Remove {name}? Its booth closes and its staff become participants.","organisations.confirm_yes":"Yes, remove {name}","organisations.removing":"Removing…","organisations.removed":"{name} is removed.","invitations.title":"Invitations","invitations.intro":"Single-use links that give someone the Staff role of an organisation, or the Secretariat's.","invitations.create_title":"Create an invitation","invitations.create":"Create the link","invitations.creating":"Creating…","invitations.created":"The invitation link is ready.","invitations.link_title":"New invitation link","invitations.link_label":"Link for the {role} role","invitations.link_label_org":"Link for the {role} role at {organisation}","invitations.list_title":"All invitations","invitations.list_title_count":"{count, plural, =0 {No invitations} one {# invitation} other {# invitations}}","invitations.empty":"There are no invitations yet.","invitations.created_at":"Created","invitations.expires_at":"Expires","invitations.state":"State","invitations.state.open":"Open","invitations.state.used":"Used","invitations.state.expired":"Expired","invitations.used_by":"Used by {name} on {date}","invitations.used_on":"Used on {date}, by an account that has since been deleted","invitations.copy_named":"Copy link for {what}","invitations.copied":"Link copied: {what}.","invitations.link_named":"Link for {what}","invitations.actions":"Actions","invitations.no_organisation":"None","invitations.organisation_removed":"(removed organisation)","invitations.what":"the {role} invitation created {created}","invitations.what_org":"the {role} invitation for {organisation} created {created}","invitations.withdraw":"Withdraw","invitations.withdraw_named":"Withdraw {what}","invitations.confirm_label":"Confirm withdrawing {what}","invitations.confirm":"Withdraw this link? It stops working at once.","invitations.confirm_used":"Withdraw this link? It was used: the role it gave stays.","invitations.confirm_yes":"Yes, withdraw","invitations.withdrawing":"Withdrawing…","invitations.withdrawn":"The invitation is withdrawn.","profile.email_save":"Save my e-mail address","nav.village":"Village","home.next_village":"Visit the booths of the village","common.new_tab":"opens in a new tab","village.title":"The village","village.intro":"The booths of the organisations taking part: find who works on what, and visit them when they are open.","village.q_hint":"Words in a booth's name or description.","village.open_now":"Open now","village.open_now_only":"Open now","village.open_now_not":"Not open now","village.view":"Show the booths as","village.view.list":"List","village.view.overview":"Overview by kind","village.languages":"Languages: {languages}","village.district_count":"{count, plural, one {# booth} other {# booths}}, {open} open now","booth.title":"Booth","booth.not_found":"This booth is not in the village.","booth.back":"Back to the village","booth.about":"About","booth.no_description":"This booth has no description yet.","booth.hours":"Opening hours","booth.hours_zone":"Times in your time zone ({zone}).","booth.hours_now":"Now","booth.hours_there":"({time} at the booth)","booth.no_opening":"No opening ahead.","booth.materials":"Materials and links","booth.visit":"Visit","booth.local_time":"At the booth it is {time} ({zone}).","booth.closed_note":"Not open in the village.","booth.open_until":"Open until {time}","booth.opens_at":"Opens {when}","booth.state.open":"Open now","booth.state.between":"Closed now","booth.state.closed":"Closed","booth.visitors_now":"{count, plural, =0 {No visitors now} one {# visitor now} other {# visitors now}}","booth.staff_online":"{count, plural, =0 {No staff online} one {# staff member online} other {# staff members online}}","booth.edit":"Edit booth","booth.edit.show":"Edit","booth.edit.hide":"Hide the form","booth.edit.title_field":"Title","booth.edit.description_hint":"Markdown: **bold**, *italic*, [a link](https://example.org), lists and headings. HTML is not shown.","booth.edit.languages":"Languages spoken at the booth","booth.edit.languages_hint":"Type to search; pick as many as you need.","booth.edit.links_hint":"Up to 20, each a title and an https address.","booth.edit.link_title":"Title of link {n}","booth.edit.link_url":"Address of link {n}","booth.edit.link_add":"Add a link","booth.edit.link_remove":"Remove link {n}","booth.edit.time_zone":"The booth's time zone","booth.edit.hours_hint":"A day and local times in the booth's time zone, as HH:MM (24:00 for midnight). A night across midnight is two openings.","booth.edit.hours_date":"Day of opening {n}","booth.edit.hours_opens":"Opening {n} starts at","booth.edit.hours_closes":"Opening {n} ends at","booth.edit.hours_add":"Add an opening","booth.edit.hours_remove":"Remove opening {n}","booth.edit.save":"Save the booth","booth.edit.saved":"The booth is saved.","booth.edit.is_open":"The booth is open: visitors find it in the village during its hours.","booth.edit.is_closed":"The booth is closed: visitors see it as closed.","booth.edit.open":"Open the booth","booth.edit.close":"Close the booth","booth.edit.opened":"The booth is open.","booth.edit.closed":"The booth is closed.","field.title.invalid":"Give a title of 1 to 120 characters.","field.links.invalid":"Each link needs a title of up to 120 characters and an https address of up to 500, without a user name or password; at most 20 links.","field.hours.invalid":"Check the openings: a date (YYYY-MM-DD), times as HH:MM, each ending after it starts on the same day, none overlapping another; at most 60.","field.open_now.invalid":"Choose open now or not open now.","village.q":"Name or description","village.language":"Language","village.count":"{count, plural, one {# booth found.} other {# booths found.}}","booth.edit.description_invalid":"Use at most 5,000 characters, without control characters other than line breaks and tabs.","nav.console":"Console","console.title":"Staff console","console.no_booth":"Your organisation has no booth in the village.","console.pick":"Booth","console.pick_none":"Choose a booth","console.pick_hint":"Choose a booth to see its queue, visitors, chat, slots and leads.","console.staffed":"You are at the booth: visitors can ask to talk.","console.watching":"You are in the booth's room, as the Secretariat.","console.joining":"Entering the booth's room…","console.sections":"Console sections","console.cancel":"Cancel","console.queue":"Waiting to talk","console.queue_empty":"Nobody is waiting. A new knock will chime and show here.","console.mute_sound":"Mute the chime","console.notify_ask":"Notify me in the background","console.knock.new":"{count, plural, one {New knock: {names}} other {# new knocks: {names}}}","console.knock.notify_title":"A visitor is knocking","console.knock.take_next":"Take next","console.knock.take":"Take","console.knock.decline":"Decline","console.knock.decline_message":"Message to {name} (optional)","console.knock.decline_send":"Decline the knock","console.knock.waiting":"Waiting for {time}","console.knock.conflict":"A colleague has already answered this knock. The queue is up to date.","console.knock.gone":"This visitor is no longer waiting.","console.visitors":"Visitors now","console.chat":"Booth chat","console.chat.recent":"Recent messages","console.chat.empty":"No messages yet.","console.chat.remove":"Remove","console.chat.message_of":"the message of {name}","console.chat.mute":"Mute for…","console.chat.mute_for":"Mute for","console.chat.minutes":"{count, plural, one {# minute} other {# minutes}}","console.chat.reason":"Reason (for the moderation log)","console.chat.reason_required":"Give a reason.","console.chat.remove_confirm":"Remove the message","console.chat.mute_confirm":"Mute","console.chat.removed":"The message is removed.","console.chat.muted":"{name} is muted in the booth's chat.","console.chat.already_muted":"This person is muted already.","console.chat.was_removed":"Message removed by a moderator.","console.mutes":"Muted now","console.mutes.none":"Nobody is muted.","console.mutes.until":"{name}, until {time}","console.mutes.lift":"Lift","console.mutes.lifted":"{name} may write again.","console.announcement":"Pinned announcement","console.announcement.hint":"One line that every visitor of the booth sees. Leave it empty for none.","console.announcement.save":"Save the announcement","console.announcement.saved":"The announcement is saved.","console.slots":"1:1 slots","console.slots.none":"No slots ahead.","console.slots.with":"With {name}","console.slots.booked_by":"Booked by {name}","console.slots.free":"Free","console.slots.withdraw":"Withdraw","console.slots.withdraw_free":"Withdraw this slot?","console.slots.withdraw_booked":"Withdraw this slot? The booking by {name} will be cancelled.","console.slots.withdraw_confirm":"Withdraw the slot","console.slots.keep":"Keep it","console.slots.withdrawn":"The slot is withdrawn.","console.slots.publish":"Publish a slot","console.slots.zone":"Times in your time zone ({zone}).","console.slots.date":"Day","console.slots.time":"Start","console.slots.length":"Length","console.slots.language":"Language","console.slots.staff":"Who meets","console.slots.no_staff":"No staff member known","console.slots.publish_button":"Publish the slot","console.slots.published":"The slot is published.","console.slots.grid":"Start on a multiple of 5 minutes (14:00, 14:05…).","console.slots.when_invalid":"Choose a day and a start in the future.","console.slots.staff_required":"Choose who meets.","console.slots.overlaps":"This overlaps another slot or meeting of that person.","console.leads":"Leads","console.leads.csv":"Download CSV","console.leads.none":"No visitor has left their details yet.","console.leads.count":"{count, plural, one {# lead} other {# leads}}","console.leads.name":"Name","console.leads.email":"E-mail","console.leads.from":"Organisation, country, languages","console.leads.note":"Note","console.leads.at":"Left on","console.leads.previous":"Previous","console.leads.next":"Next","console.leads.page":"{from}–{to} of {total}","talk.title":"Talk","talk.refused":"This talk is not yours, or it has ended.","talk.here":"In the talk","talk.chat":"Messages","talk.message":"Write a message","talk.send":"Send","console.slots.all":"Show all {count} slots","console.slots.fewer":"Show fewer"};var Kt=["ar","zh","en","fr","ru","es","pt","de","hi","bn","sw","ja","ko","id","tr","fa","ur","it","nl","pl","uk","vi","th","am","ha","yo","ig","zu","so","ms","fil","ta","te","mr","pa","my","ne","si","ro","el","cs","hu","sv","he","kk","uz"],cn={ar:"العربية",zh:"中文",en:"English",fr:"Français",ru:"Русский",es:"Español",pt:"Português",de:"Deutsch",hi:"हिन्दी",bn:"বাংলা",sw:"Kiswahili",ja:"日本語",ko:"한국어",id:"Bahasa Indonesia",tr:"Türkçe",fa:"فارسی",ur:"اردو",it:"Italiano",nl:"Nederlands",pl:"Polski",uk:"Українська",vi:"Tiếng Việt",th:"ไทย",am:"አማርኛ",ha:"Hausa",yo:"Èdè Yorùbá",ig:"Asụsụ Igbo",zu:"isiZulu",so:"Soomaali",ms:"Bahasa Melayu",fil:"Filipino",ta:"தமிழ்",te:"తెలుగు",mr:"मराठी",pa:"ਪੰਜਾਬੀ",my:"မြန်မာ",ne:"नेपाली",si:"සිංහල",ro:"Română",el:"Ελληνικά",cs:"Čeština",hu:"Magyar",sv:"Svenska",he:"עברית",kk:"Қазақ тілі",uz:"Oʻzbekcha"};var un=["ar","zh","en","fr","ru","es"],Fi=new Set(["ar"]),Gi="village.language",ls={ar:()=>import("/assets/ar-IBA25MUP.js"),zh:()=>import("/assets/zh-IBEAT52F.js"),fr:()=>import("/assets/fr-MU3CNYYE.js"),ru:()=>import("/assets/ru-CWX4MLKN.js"),es:()=>import("/assets/es-5TQULJPW.js")},j=R("en"),fn=R($t),Bc=We(()=>Fi.has(j.value)?"rtl":"ltr"),Ui=new Map;function i(e,t){let o=fn.value,n=j.value,a=o[e]??$t[e];if(a===void 0)return e;let r=n+"\0"+e,s=Ui.get(r);if(!s){try{s=new Di(a,n)}catch{s={format:()=>a}}Ui.set(r,s)}return s.format(t)}function eo(e){return e in fn.value||e in $t}function Xe(e){if(!e)return null;let t=String(e).toLowerCase().split(/[-_]/)[0];return un.includes(t)?t:null}function to(){try{return Xe(localStorage.getItem(Gi))}catch{return null}}var dn="village.language.profile";function oo(e){let t=e.map(Xe).find(Boolean);try{t?localStorage.setItem(dn,t):localStorage.removeItem(dn)}catch{}}function cs(){try{return Xe(localStorage.getItem(dn))}catch{return null}}function no(e){let t=e?e.map(Xe).find(Boolean):cs(),o=(navigator.languages||[navigator.language]).map(Xe).find(Boolean);return to()||t||o||"en"}async function Je(e,{remember:t=!1}={}){if(e=Xe(e)||"en",t)try{localStorage.setItem(Gi,e)}catch{}let o=$t;if(e!=="en")try{o=(await ls[e]()).default}catch{e="en"}fn.value=o,j.value=e,document.documentElement.lang=e,document.documentElement.dir=Fi.has(e)?"rtl":"ltr"}function He(){try{return Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}catch{return"UTC"}}function P(e,t,o={dateStyle:"medium",timeStyle:"short"}){let n=new Date(e);if(Number.isNaN(n.getTime()))return"";try{return new Intl.DateTimeFormat(j.value,{...o,timeZone:t||He()}).format(n)}catch{return new Intl.DateTimeFormat(j.value,o).format(n)}}function ke(e){if(cn[e])return cn[e];try{let t=new Intl.DisplayNames([e],{type:"language"}).of(e);return t?t.charAt(0).toLocaleUpperCase(e)+t.slice(1):e}catch{return e}}function he(e){try{return new Intl.DisplayNames([j.value],{type:"language"}).of(e)||e}catch{return e}}function Pe(e){try{return new Intl.DisplayNames([j.value],{type:"region"}).of(e)||e}catch{return e}}function xe(e,t){return e.localeCompare(t,j.value)}var G=class extends Error{constructor(t,o,n,a={}){super(n),this.status=t,this.code=o,this.fields=a}},wt={token:()=>null,refresh:async()=>!1};function qi(e){wt=e}async function ge(e,t,{body:o,raw:n,headers:a={},retry:r=!0}={}){let s={Accept:"application/json",...a};o!==void 0?s["Content-Type"]="application/json":n!==void 0&&(s["Content-Type"]=n.type||"application/octet-stream");let l=wt.token();l&&(s.Authorization="Bearer "+l);let d;try{d=await fetch(t,{method:e,headers:s,body:o===void 0?n:JSON.stringify(o),credentials:"same-origin"})}catch{throw new G(0,"network","the server could not be reached")}if(d.status===401&&l&&r&&await wt.refresh())return ge(e,t,{body:o,raw:n,headers:a,retry:!1});if(d.status===204)return null;let m=null;try{m=await d.json()}catch{}if(!d.ok){let u=m&&m.error||{};throw new G(d.status,u.code||(d.status>=500?"internal":"bad_request"),u.message||d.statusText,u.fields||{})}return m}var B=e=>ge("GET",e),de=(e,t)=>ge("POST",e,{body:t}),Ge=(e,t)=>ge("PATCH",e,{body:t}),ye=e=>ge("DELETE",e);function Qe(e){let t=new URLSearchParams;for(let[n,a]of Object.entries(e))a!=null&&a!==""&&t.set(n,String(a));let o=t.toString();return o?"?"+o:""}async function mn(e,{retry:t=!0}={}){let o=wt.token(),n;try{n=await fetch(e,{headers:o?{Authorization:"Bearer "+o}:{},credentials:"same-origin"})}catch{throw new G(0,"network","the server could not be reached")}if(n.status===401&&o&&t&&await wt.refresh())return mn(e,{retry:!1});if(!n.ok){let l={};try{l=(await n.json()).error||{}}catch{}throw new G(n.status,l.code||(n.status>=500?"internal":"bad_request"),l.message||n.statusText)}let a=n.headers.get("Content-Disposition")||"",r=/filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(a),s=r?decodeURIComponent(r[1]||r[2]):"download";return{blob:await n.blob(),filename:s}}var N=R(null),K=R("loading"),ro=R(0),Ke=R(null),ds=15e3,us=[500,1500,3e3,6e3],hn={"Village-Session":"cookie"},pn="village.session";function ji(e){try{e?localStorage.setItem(pn,"1"):localStorage.removeItem(pn)}catch{}}function fs(){try{return localStorage.getItem(pn)!==null}catch{return!0}}var gn=null,xt=0,Se=null,ao=typeof BroadcastChannel=="function"?new BroadcastChannel("village-session"):null;function et(){return gn}function Wi(){return xt}function ms(e){try{let t=e.access_token.split(".")[1].replace(/-/g,"+").replace(/_/g,"/"),o=JSON.parse(atob(t));if(o.exp>o.iat)return(o.exp-o.iat)*1e3}catch{}return Math.max(6e4,Date.parse(e.expires_at)-Date.now())||6e4}function Zi(e){gn=e.access_token,xt=Date.now()+ms(e)-5e3,Ke.value=null,N.value=e.account,K.value="in",ro.value++,ji(!0),ps()}function so(e){(K.value==="in"||K.value==="loading"&&e==="expired")&&(Ke.value=e),gn=null,xt=0,clearTimeout(Se),N.value=null,K.value="out",ji(!1),ro.value++}function ps(){clearTimeout(Se);let e=Math.min(6e4,(xt-Date.now())/4),t=Math.max(5e3,xt-Date.now()-e);Se=setTimeout(()=>be(),t)}var kt=!1;async function Vi(){kt=!1;let e;try{e=await fetch("/api/auth/refresh",{method:"POST",headers:hn,credentials:"same-origin",signal:typeof AbortSignal.timeout=="function"?AbortSignal.timeout(ds):void 0})}catch{return K.value==="in"&&(clearTimeout(Se),Se=setTimeout(()=>be(),1e4)),kt=!0,!1}return e.ok?(Zi(await e.json()),!0):(await e.text().catch(()=>""),e.status===401?(so("expired"),!1):(K.value==="in"&&(clearTimeout(Se),Se=setTimeout(()=>be(),15e3)),kt=!0,!1))}var io=null;function be(){return io||(io=(navigator.locks?navigator.locks.request("village-refresh",Vi):Vi()).finally(()=>{io=null})),io}qi({token:et,refresh:be});async function Yi({pauses:e=us}={}){if(fs()){await be();for(let t of e){if(!kt||K.value!=="loading")break;await new Promise(o=>setTimeout(o,t)),await be()}kt&&K.value==="loading"&&(Ke.value="unreachable",clearTimeout(Se),Se=setTimeout(()=>be(),3e4))}K.value==="loading"&&(K.value="out")}async function Xi(e,t){let o=await ge("POST",e,{body:t,headers:hn,retry:!1});return Zi(o),ao?.postMessage("in"),o.account}var Ji=(e,t)=>Xi("/api/auth/login",{email:e,password:t}),Qi=e=>Xi("/api/auth/register",e);async function Ki(){try{await ge("POST","/api/auth/logout",{headers:hn,retry:!1})}catch(e){if(!(e instanceof G)||e.status!==401)throw e}so("user"),ao?.postMessage("out")}function lo(e="gone"){so(e),ao?.postMessage("out")}function Be(e){N.value=e}ao?.addEventListener("message",e=>{e.data==="out"&&K.value==="in"?so("user"):e.data==="in"&&K.value!=="in"&&be()});var fe=R("offline"),qe=R(null),hs=25e3,gs=1e4,bs=3e4,vs=3e4,_s=1,Q=null,ve=!1,ys=1,ot=new Map,nt=100,uo=null,co=null,vn=null,_n=!1,fo=!1,mo=null,yn=!1,it=new Map,$n=new Set,$s=new Set;function ws(e){return e*(.8+Math.random()*.4)}function me(e,t,o){if(!Q||Q.readyState!==WebSocket.OPEN)return Promise.reject({code:"unavailable",message:"not connected"});let n="r"+ys++,a={type:e,id:n};return o&&(a.room=o),t!==void 0&&(a.payload=t),new Promise((r,s)=>{ot.set(n,{resolve:r,reject:s}),Q.send(JSON.stringify(a))})}function ks(){for(let e of ot.values())e.reject({code:"unavailable",message:"the connection closed"});ot.clear()}function xs(){ve||(ve=!0,qe.value=null,nt=100,xn())}function wn(){ve=!1,clearTimeout(uo);let e=Q;e&&(er(e),kn(e),e.close(1e3)),fe.value="offline",_n=!1;for(let t of it.values())t.members.value=[],t.count.value=0}function tt(e=0){if(!ve)return;clearTimeout(uo);let t=ws(Math.max(nt,e));nt=Math.min(Math.max(nt,e)*2,1e4),fe.value=navigator.onLine===!1?"offline":"reconnecting",uo=setTimeout(xn,t)}function bn(e){yn=!0,wn(),qe.value=e}function er(e){e.onopen=e.onmessage=e.onclose=e.onerror=null}function kn(e){Q===e&&(Q=null,fo=!1,mo=null,clearInterval(co),clearTimeout(vn),ks())}function po(e){if(Q===e){er(e),kn(e);try{e.close()}catch{}tt()}}async function xn(){if(!ve||Q)return;if(navigator.onLine===!1){fe.value="offline";return}if(fe.value=_n?"reconnecting":"connecting",!et()||Wi()-Date.now()<3e4){if(await be(),!ve||Q)return;if(!et()){K.value==="out"?wn():tt();return}}let e=location.protocol==="https:"?"wss://":"ws://",t=new WebSocket(e+location.host+"/ws");Q=t,fo=!1;let o=null,n=setTimeout(()=>po(t),bs);t.onopen=async()=>{let a=et(),r;try{r=await me("auth",{token:a})}catch{return}if(Q!==t)return;if(r.protocol!==_s){bn("error");return}fo=!0,mo=a;let s=new Set;for(let l;l=[...it.values()].find(d=>!s.has(d));){s.add(l);try{await ir(l)}catch(d){if(Q!==t)return;if(d.code==="forbidden"||d.code==="not_found"){l.refused.value=d.code;continue}po(t);return}}Q===t&&(clearTimeout(n),_n=!0,fe.value="connected",qe.value=null,clearTimeout(vn),vn=setTimeout(()=>nt=100,vs),Ss(t),tr())},t.onmessage=a=>{for(let r of String(a.data).split(`
`))if(r){let s;try{s=JSON.parse(r)}catch{continue}s.type==="error"&&s.error&&(o=s.error.code),Ts(s)}},t.onclose=async a=>{if(clearTimeout(n),Q===t&&(kn(t),!!ve))switch(a.code){case 4403:bn("ended"),lo("gone");return;case 4400:bn("error");return;case 4001:case 4002:if((a.code===4002||o==="unauthenticated")&&(await be(),K.value==="out"))return;tt();return;case 4009:qe.value="tabs",tt(5e3);return;case 4029:tt(5e3);return;default:tt()}}}function tr(){let e=et();Q&&fo&&e&&e!==mo&&(mo=e,me("auth",{token:e}).catch(()=>{}))}function Ss(e){clearInterval(co),co=setInterval(()=>{if(Q!==e){clearInterval(co);return}let t=setTimeout(()=>po(e),gs);me("ping").then(()=>clearTimeout(t),()=>clearTimeout(t))},hs)}function Ts(e){if((e.type==="reply"||e.type==="error")&&e.id&&ot.has(e.id)){let o=ot.get(e.id);ot.delete(e.id),e.type==="reply"?o.resolve(e.payload):o.reject(e.error||{code:"internal"});return}let t=e.room&&it.get(e.room);switch(e.type){case"presence.delta":case"presence":case"message":t&&(t.joining?t.early.push(e):St(t,e));return;case"direct":for(let o of $n)o(e.payload);return}if(t)t.joining?t.early.push(e):St(t,e);else if(!e.room&&e.type!=="reply"&&e.type!=="error")for(let o of $s)o(e)}function or(e,t){return e.name<t.name?-1:e.name>t.name?1:e.id<t.id?-1:1}function St(e,t){if(t.type==="presence")nr(e,t.payload);else if(t.type==="presence.delta"){let o=t.payload||{};for(let n of o.joined||[])e.map.set(n.id,n);for(let n of o.left||[])e.map.delete(n);e.members.value=[...e.map.values()].sort(or),e.count.value=o.count??e.map.size}else if(t.type==="message"){let o=t.payload;if(o&&o.seq>e.seq){e.seq=o.seq;for(let n of e.messageHandlers)n(o)}}else for(let o of e.eventHandlers)o(t)}function nr(e,t){e.map=new Map((t.members||[]).map(o=>[o.id,o])),e.members.value=[...e.map.values()].sort(or),e.count.value=t.count??e.map.size,e.truncated.value=!!t.truncated}async function ir(e){e.joining=!0,e.early=[];try{let t=await me("join",e.seq?{since:e.seq}:void 0,e.name);e.refused.value=null,e.state.value=t.state??null,nr(e,t.presence||{});for(let o of t.messages||[])St(e,{type:"message",payload:o});for(let o=0,n=!!t.reload;n&&o<50;o++){let a=await me("history",{after:e.seq,limit:200},e.name);for(let r of a.messages||[])St(e,{type:"message",payload:r});n=a.more&&(a.messages||[]).length>0}for(let o of e.early)St(e,o)}finally{e.joining=!1,e.early=[]}}function ho(e){let t=it.get(e);return t||(t={name:e,users:0,seq:0,map:new Map,members:R([]),count:R(0),truncated:R(!1),refused:R(null),state:R(null),joining:!1,early:[],messageHandlers:new Set,eventHandlers:new Set},it.set(e,t),fe.peek()==="connected"&&ir(t).catch(n=>{(n.code==="forbidden"||n.code==="not_found")&&(t.refused.value=n.code)})),t.users++,{members:t.members,count:t.count,truncated:t.truncated,refused:t.refused,state:t.state,onMessage(n){return t.messageHandlers.add(n),()=>t.messageHandlers.delete(n)},onEvent(n){return t.eventHandlers.add(n),()=>t.eventHandlers.delete(n)},send(n,a){return me("send",a?{text:n,client_id:a}:{text:n},e)},request(n,a){return me(n,a,e)},release(){t.users--,t.users===0&&(it.delete(e),me("leave",void 0,e).catch(()=>{}))}}}function rr(e){return $n.add(e),()=>$n.delete(e)}function go(e,t,o){return me("direct",{to:e,kind:t,body:o})}window.addEventListener("online",()=>{ve&&!Q&&(nt=100,clearTimeout(uo),xn())});window.addEventListener("offline",()=>{ve&&Q&&po(Q)});ue(()=>{ro.value;let e=K.value;e==="in"?!ve&&!yn?xs():tr():e==="out"&&(yn=!1,ve&&wn(),qe.value=null)});var rt=R([]),Es=1;function k(e,{kind:t="info",timeout:o=8e3}={}){let n=Es++;return rt.value=[...rt.peek(),{id:n,text:e,kind:t,timeout:o}],n}function Sn(e){rt.value=rt.peek().filter(t=>t.id!==e)}var Te=R(location.pathname),ne=R(location.search);function _e(e,{replace:t=!1}={}){let o=new URL(e,location.origin);o.pathname+o.search!==location.pathname+location.search&&(history[t?"replaceState":"pushState"](null,"",o.pathname+o.search+o.hash),Te.value=o.pathname,ne.value=o.search)}function Ne(e){let t=new URLSearchParams;for(let[n,a]of Object.entries(e))a!=null&&a!==""&&a!==!1&&t.set(n,String(a));let o=t.toString()?"?"+t.toString():"";history.replaceState(null,"",location.pathname+o),ne.value=o}function ar(e,t){let o=e.split("/"),n=t.split("/");if(o.length!==n.length)return null;let a={};for(let r=0;r<o.length;r++)if(o[r].startsWith(":")){if(!n[r])return null;a[o[r].slice(1)]=decodeURIComponent(n[r])}else if(o[r]!==n[r])return null;return a}addEventListener("popstate",()=>{Te.value=location.pathname,ne.value=location.search});document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");!t||t.target||t.hasAttribute("download")||t.origin!==location.origin||t.pathname.startsWith("/api/")||t.pathname.startsWith("/assets/")||(e.preventDefault(),_e(t.pathname+t.search+t.hash))});var Cs=12;function As(e){let t=2166136261;for(let o of String(e))t^=o.codePointAt(0),t=Math.imul(t,16777619)>>>0;return t%Cs}var sr=typeof Intl.Segmenter=="function"?new Intl.Segmenter(void 0,{granularity:"grapheme"}):null,lr=e=>(sr?sr.segment(e)[Symbol.iterator]().next().value?.segment:[...e][0])||"";function Is(e){let t=String(e||"").trim().split(/\s+/).filter(n=>new RegExp("\\p{L}","u").test(n));if(t.length===0)return"?";let o=lr(t[0]);return t.length===1||new RegExp("\\p{Script=Han}|\\p{Script=Hiragana}|\\p{Script=Katakana}|\\p{Script=Hangul}","u").test(o)?o.toLocaleUpperCase():(o+lr(t[t.length-1])).toLocaleUpperCase()}function q({id:e,name:t,photo:o,size:n="s",square:a=!1}){let[r,s]=v(null),l=`avatar avatar-${n}${a?" avatar-square":""}`;return o&&r!==o?c`<img class=${l} src=${o} alt="" aria-hidden="true" loading="lazy" decoding="async" onError=${()=>s(o)} />`:c`<span class=${`${l} tone-${As(e||t)}`} aria-hidden="true">${Is(t)}</span>`}function Ve({href:e,also:t,children:o}){let n=r=>Te.value===r||Te.value.startsWith(r+"/"),a=e==="/"?Te.value==="/":n(e)||t&&n(t);return c`<li><a href=${e} aria-current=${a?"page":void 0}>${o}</a></li>`}function Hs(){let e=fe.value,t=qe.value;return c`<p class="connection" id="connection" data-state=${e} role="status">
    <span class="dot" aria-hidden="true"></span>
    <span class="label">${i("connection."+e)}${t&&e!=="connected"?c` <span class="why">${i("connection.problem."+t)}</span>`:""}</span>
  </p>`}function Ps(){return c`<div class="language-switch">
    <label for="language-switch" class="visually-hidden">${i("header.language")}</label>
    <select id="language-switch" value=${j.value} onChange=${e=>Je(e.currentTarget.value,{remember:!0})}>
      ${un.map(e=>c`<option value=${e} lang=${e} key=${e}>${ke(e)}</option>`)}
    </select>
  </div>`}function Bs(){return c`<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="8" fill="#fff" />
    <circle cx="16" cy="16" r="5" fill="#0b5c8e" />
    <circle cx="16" cy="6.5" r="3" fill="#f0a030" />
    <circle cx="25.5" cy="16" r="3" fill="#1b6e3a" />
    <circle cx="16" cy="25.5" r="3" fill="#b03a2e" />
    <circle cx="6.5" cy="16" r="3" fill="#7a3e9d" />
  </svg>`}function cr(){let e=N.value,[t,o]=v(!1),n=T(null);x(()=>o(!1),[Te.value,!!e]);let a=s=>{s.key==="Escape"&&t&&!s.defaultPrevented&&(o(!1),n.current?.focus())},r=async()=>{try{await Ki(),_e("/signin")}catch{k(i("error.network"),{kind:"error"})}};return c`<header class=${"site-header"+(e?" signed-in":"")} onKeyDown=${a}>
    <a class="skip-link" href="#main" onClick=${s=>{s.preventDefault(),document.getElementById("main")?.focus()}}>${i("header.skip")}</a>
    <div class="bar frame">
      <a class="brand" href="/"><${Bs} />${i("app.name")}</a>
      ${e&&c`<${Hs} />`}
      ${e&&c`<button type="button" class="menu-toggle" ref=${n} aria-expanded=${t?"true":"false"} aria-controls="header-panel" onClick=${()=>o(!t)}>
        <span class="menu-icon" aria-hidden="true"></span>${i("header.menu")}
      </button>`}
      <div id="header-panel" class=${"panel"+(t?" open":"")}>
        ${e&&c`<nav aria-label=${i("header.nav")}>
          <ul>
            <${Ve} href="/">${i("nav.home")}<//>
            <${Ve} href="/village" also="/booths">${i("nav.village")}<//>
            <${Ve} href="/people">${i("nav.people")}<//>
            ${(e.role==="staff"||e.role==="secretariat")&&c`<${Ve} href="/console">${i("nav.console")}<//>`}
            ${e.role==="secretariat"&&c`<${Ve} href="/organisations">${i("nav.organisations")}<//>`}
            ${e.role==="secretariat"&&c`<${Ve} href="/invitations">${i("nav.invitations")}<//>`}
            <${Ve} href="/me">${i("nav.profile")}<//>
          </ul>
        </nav>`}
        <div class="tools">
          ${e&&c`<p class="who">
            <${q} id=${e.id} name=${e.display_name} photo=${e.photo_url} />
            <span class="name">${e.display_name}</span>
            <span class=${"role role-"+e.role}>${i("role."+e.role)}</span>
          </p>`}
          <${Ps} />
          ${e&&c`<button type="button" class="link-button" onClick=${r}>${i("header.sign_out")}</button>`}
        </div>
      </div>
    </div>
  </header>`}function Ns({item:e}){let t=T(!1);x(()=>{if(!e.timeout)return;let n=e.timeout,a=setInterval(()=>{t.current||(n-=500,n<=0&&Sn(e.id))},500);return()=>clearInterval(a)},[e.id]);let o=n=>()=>t.current=n;return c`<li
    class=${"toast toast-"+e.kind}
    onMouseEnter=${o(!0)}
    onMouseLeave=${o(!1)}
    onFocusIn=${o(!0)}
    onFocusOut=${o(!1)}
  >
    <p>${e.text}</p>
    <button type="button" class="icon-button" onClick=${()=>Sn(e.id)} aria-label=${i("toast.dismiss")}>×</button>
  </li>`}function Ls(e){x(()=>{let t=e.current;if(!t||typeof ResizeObserver!="function")return;let o=document.documentElement,n=new ResizeObserver(()=>{let a=t.getBoundingClientRect().height;o.style.setProperty("--toasts-h",a>0?`${Math.ceil(a)+16}px`:"0px");let r=document.activeElement;a>0&&r&&r!==document.body&&t.getBoundingClientRect().top<r.getBoundingClientRect().bottom&&!t.contains(r)&&r.scrollIntoView({block:"nearest"})});return n.observe(t),()=>n.disconnect()},[])}function dr(){let e=T(null);return Ls(e),c`<section class="toasts" aria-label=${i("toast.region")}>
    <div role="status" aria-live="polite">
      <ul ref=${e}>
        ${rt.value.map(t=>c`<${Ns} key=${t.id} item=${t} />`)}
      </ul>
    </div>
  </section>`}function O({title:e,intro:t,wide:o,figure:n,children:a}){return x(()=>{document.title=e?`${e} · ${i("app.name")}`:i("app.name")},[e]),c`<div class=${"page frame"+(o?" page-wide":"")}>
    ${n?c`<div class="page-head">${n}<h1 tabindex="-1">${e}</h1></div>`:c`<h1 tabindex="-1">${e}</h1>`}
    ${t&&c`<p class="intro">${t}</p>`}
    ${a}
  </div>`}function U({label:e}){return c`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${e||i("common.loading")}</p>`}function W({error:e,retry:t}){let o=e&&e.code?"error."+e.code:"error.internal";return c`<div class="notice notice-error" role="alert">
    <p>${i(o)}</p>
    ${t&&c`<button type="button" onClick=${t}>${i("common.retry")}</button>`}
  </div>`}function Tn(e,t){return{key:e,fallback:t}}function Tt(e){return e?eo(e.key)?i(e.key,e.values):e.fallback||i("error.invalid"):""}function Et(e,t={}){if(!(e instanceof G))return{fields:{},general:Tn("error.internal")};let o={};for(let[a,r]of Object.entries(e.fields||{})){let s=e.code==="validation_failed"&&t[a]||`field.${a}.${e.code==="conflict"?"taken":e.code==="gone"?"gone":"invalid"}`;o[a]=Tn(s,r)}let n=null;return Object.keys(o).length===0&&(n=Tn(`error.${e.code}`,e.message)),{fields:o,general:n}}function ee(e,{draft:t,secret:o=["password","current_password","new_password"]}={}){let n=t&&"village.draft."+t,a=T(JSON.stringify(e)),r=T(!1),[s,l]=v(()=>{if(n)try{let y=JSON.parse(sessionStorage.getItem(n)||"null");if(y&&y.base===a.current&&y.values)return r.current=!0,{...e,...y.values};sessionStorage.removeItem(n)}catch{}return e}),[d,m]=v({}),[u,h]=v(null),[p,f]=v(!1),[g,b]=v(0);x(()=>{if(!n||!r.current)return;let y={...s};for(let _ of o)delete y[_];try{sessionStorage.setItem(n,JSON.stringify({base:a.current,values:y}))}catch{}},[s]);let w={values:s,errors:d,general:u,busy:p,attempt:g,set(y,_){r.current=!0,l($=>({...$,[y]:_})),d[y]&&m($=>{let{[y]:C,...V}=$;return V})},setAll(y){r.current=!1,a.current=JSON.stringify(y),l(y)},fail(y,_=null){m(y),h(_),b($=>$+1)},clearDraft(){if(r.current=!1,n)try{sessionStorage.removeItem(n)}catch{}},submit(y,_,{keys:$}={}){return async C=>{if(C.preventDefault(),p)return;let V=_?_(s):{};if(Object.keys(V).length){w.fail(V);return}f(!0),h(null);try{await y(s),m({})}catch(te){let{fields:A,general:D}=Et(te,$);w.fail(A,D)}finally{f(!1)}}}};return w}function pe(e,t){let o={};for(let n of t){let a=e[n];(a==null||typeof a=="string"&&a.trim()===""||Array.isArray(a)&&a.length===0)&&(o[n]={key:`field.${n}.required`})}return o}function Le(e,t,o){return[t&&e+"-hint",o&&e+"-error"].filter(Boolean).join(" ")||void 0}function at({id:e,text:t}){return t?c`<p class="hint" id=${e+"-hint"}>${t}</p>`:null}function Re({id:e,error:t}){return t?c`<p class="field-error" id=${e+"-error"}><span class="visually-hidden">${i("form.error_prefix")} </span>${Tt(t)}</p>`:null}function M({form:e,name:t,label:o,hint:n,type:a="text",autocomplete:r,required:s,maxLength:l,inputMode:d,spellcheck:m,dir:u,multiline:h,rows:p=4}){let f="f-"+t,g=e.errors[t],b={id:f,name:t,value:e.values[t]??"",onInput:w=>e.set(t,w.currentTarget.value),"aria-invalid":g?"true":void 0,"aria-describedby":Le(f,n,g),"aria-required":s?"true":void 0,autocomplete:r,maxLength:l,inputMode:d,spellcheck:m,dir:u};return c`<div class=${"field"+(g?" has-error":"")}>
    <label for=${f}>${o}${s?c` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${at} id=${f} text=${n} />
    <${Re} id=${f} error=${g} />
    ${h?c`<textarea ...${b} rows=${p}></textarea>`:c`<input type=${a} ...${b} />`}
  </div>`}function z({form:e,name:t,label:o,hint:n,options:a,required:r,placeholder:s,onChange:l}){let d="f-"+t,m=e.errors[t];return c`<div class=${"field"+(m?" has-error":"")}>
    <label for=${d}>${o}${r?c` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${at} id=${d} text=${n} />
    <${Re} id=${d} error=${m} />
    <select
      id=${d}
      name=${t}
      value=${e.values[t]??""}
      onChange=${u=>{e.set(t,u.currentTarget.value),l?.(u.currentTarget.value)}}
      aria-invalid=${m?"true":void 0}
      aria-describedby=${Le(d,n,m)}
      aria-required=${r?"true":void 0}
    >
      ${s!==void 0&&c`<option value="">${s}</option>`}
      ${a.map(u=>Array.isArray(u)?c`<option value=${u[0]} key=${u[0]}>${u[1]}</option>`:c`<optgroup label=${u.group} key=${u.group}>${u.options.map(([h,p])=>c`<option value=${h} key=${h}>${p}</option>`)}</optgroup>`)}
    </select>
  </div>`}function bo({form:e,name:t,legend:o,hint:n,options:a,required:r}){let s="f-"+t,l=e.errors[t],d=e.values[t]||[],m=(u,h)=>e.set(t,h?[...d,u]:d.filter(p=>p!==u));return c`<fieldset
    id=${s}
    class=${"field choices"+(l?" has-error":"")}
    aria-describedby=${Le(s,n,l)}
    aria-invalid=${l?"true":void 0}
    tabindex="-1"
  >
    <legend>${o}${r?c` <span class="required" aria-hidden="true">*</span>`:""}</legend>
    <${at} id=${s} text=${n} />
    <${Re} id=${s} error=${l} />
    <div class="choice-list">
      ${a.map(([u,h,p])=>c`<label class="choice" key=${u}>
          <input type="checkbox" name=${t} value=${u} checked=${d.includes(u)} onChange=${f=>m(u,f.currentTarget.checked)} />
          <span lang=${p}>${h}</span>
        </label>`)}
    </div>
  </fieldset>`}function st({form:e,name:t,label:o,hint:n}){let a="f-"+t,r=e.errors[t];return c`<div class=${"field check"+(r?" has-error":"")}>
    <${Re} id=${a} error=${r} />
    <input
      type="checkbox"
      id=${a}
      name=${t}
      checked=${!!e.values[t]}
      onChange=${s=>e.set(t,s.currentTarget.checked)}
      aria-invalid=${r?"true":void 0}
      aria-describedby=${Le(a,n,r)}
    />
    <label for=${a}>${o}</label>
    <${at} id=${a} text=${n} />
  </div>`}function ae({form:e,labels:t,id:o="error-summary"}){let n=T(null),a=Object.keys(e.errors),r=a.length>0||e.general;if(x(()=>{r&&e.attempt>0&&n.current?.focus()},[e.attempt]),!r)return null;let s=l=>d=>{d.preventDefault();let m=document.getElementById("f-"+l);(m&&m.tagName==="FIELDSET"&&m.querySelector("input")||m)?.focus()};return c`<div class="error-summary" role="alert" tabindex="-1" ref=${n} aria-labelledby=${o+"-title"}>
    <h2 id=${o+"-title"}>${i("form.problem_title")}</h2>
    ${e.general&&c`<p>${Tt(e.general)}</p>`}
    ${a.length>0&&c`<ul>
      ${a.map(l=>c`<li key=${l}><a href=${"#f-"+l} onClick=${s(l)}>${t[l]||l}: ${Tt(e.errors[l])}</a></li>`)}
    </ul>`}
  </div>`}function le({form:e,label:t,busyLabel:o}){return c`<button type="submit" class="primary" aria-disabled=${e.busy?"true":void 0}>
    ${e.busy?o||i("form.working"):t}
  </button>`}function I(e,t=[]){let[o,n]=v({data:null,error:null,loading:!0}),[a,r]=v(0);return x(()=>{let s=!0;return n(l=>({...l,error:null,loading:!0})),e().then(l=>s&&n({data:l,error:null,loading:!1}),l=>s&&n(d=>({...d,error:l,loading:!1}))),()=>{s=!1}},[...t,a]),{...o,reload:()=>r(s=>s+1),set:s=>n(l=>({...l,data:typeof s=="function"?s(l.data):s}))}}var En=R(null),Ct=null;function ce(){return En.value?Promise.resolve(En.value):(Ct||(Ct=B("/api/meta").then(e=>(En.value=e,Ct=null,e),e=>{throw Ct=null,e})),Ct)}function E(e,t){if(!t)return"";let o=e+"."+t;return eo(o)?i(o):t}function Z(e,t){return(t||[]).map(o=>[o,E(e,o)])}function ur(){let e=ee({email:"",password:""}),t=I(ce),o=e.submit(async a=>{try{await Ji(a.email.trim(),a.password)}catch(r){throw r.status===401&&(r.code="wrong_credentials"),r}_e(Cn(),{replace:!0})},a=>pe(a,["email","password"])),n={email:i("field.email"),password:i("field.password")};return c`<${O} title=${i("signin.title")} intro=${i("signin.intro")}>
    <form class="form narrow" onSubmit=${o} novalidate>
      <${ae} form=${e} labels=${n} />
      <${M} form=${e} name="email" label=${n.email} type="email" autocomplete="username" required inputMode="email" spellcheck=${!1} />
      <${M} form=${e} name="password" label=${n.password} type="password" autocomplete="current-password" required />
      <div class="actions">
        <${le} form=${e} label=${i("signin.submit")} busyLabel=${i("signin.busy")} />
      </div>
    </form>
    <p>${i("signin.no_account")} <a href="/register">${i("signin.register")}</a></p>
    ${t.data?.demo&&c`<aside class="notice" aria-labelledby="demo-title">
      <h2 id="demo-title">${i("signin.demo_title")}</h2>
      <p>${i("signin.demo_text",{email:"secretariat@village.example",password:"village-demo-2020"})}</p>
    </aside>`}
  <//>`}var Rs={search:"M10.5 4a6.5 6.5 0 1 0 4.03 11.6l4.43 4.44 1.42-1.42-4.44-4.43A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z",camera:"M9 4 7.6 6H5a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-2.6L15 4H9Zm3 5a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z",pencil:"m15.2 4.4 4.4 4.4L9 19.4H4.6V15L15.2 4.4Zm0 2.8-8.6 8.6v1.6h1.6l8.6-8.6-1.6-1.6Z",wave:"M7.3 11.6 4.6 8.9a1.3 1.3 0 0 1 1.8-1.8l4 4-.7.7 1 1 .7-.7-5.4-5.4a1.3 1.3 0 0 1 1.8-1.8l5.4 5.4.7-.7-4.3-4.3a1.3 1.3 0 0 1 1.8-1.8l4.3 4.3.7-.7-2.6-2.6a1.3 1.3 0 0 1 1.8-1.8l4.4 4.4a6.5 6.5 0 0 1 0 9.2l-1 1a6.5 6.5 0 0 1-9.2 0l-4.8-4.8a1.3 1.3 0 0 1 1.8-1.8l1.3 1.3.7-.7-2.6-2.6Z",village:"M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z",external:"M14 3v2h3.6l-9.3 9.3 1.4 1.4L19 6.4V10h2V3h-7ZM5 5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-6h-2v6H5V7h6V5H5Z"};function je({name:e}){return c`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d=${Rs[e]} /></svg>`}function lt(e){let[t]=v(()=>ho(e));return x(()=>()=>t.release(),[]),t}function Ms({m:e,me:t,wave:o}){let n=e.id===t.id;return c`<li class="face" data-person-id=${e.id}>
    <${q} id=${e.id} name=${e.name} photo=${e.photo_url} size="m" />
    <div class="face-text">
      <a class="face-name" href=${"/people/"+encodeURIComponent(e.id)}>${e.name}</a>
      ${e.role&&e.role!=="participant"&&c`<span class=${"role role-"+e.role}>${i("role."+e.role)}</span>`}
    </div>
    ${n?c`<span class="muted face-you">${i("home.you")}</span>`:c`<button type="button" class="small" onClick=${o(e)} aria-label=${i("home.wave",{name:e.name})}>
          <${je} name="wave" /> ${i("home.wave_short")}
        </button>`}
  </li>`}function fr(){let e=N.value,t=lt("lobby"),o=t.members.value,n=t.count.value,a=fe.value==="connected",r=s=>async()=>{try{await go(s.id,"wave",{}),k(i("home.waved",{name:s.name}))}catch{k(i("home.wave_failed",{name:s.name}),{kind:"error"})}};return c`<${O} title=${i("home.title",{name:e.display_name})} intro=${i("home.intro")} wide>
    <div class="home-grid">
      <section aria-labelledby="online-title" class="card now">
        <div class="section-head">
          <h2 id="online-title">${i("home.online_title")}</h2>
          <p class="count">
            ${a&&c`<span class="live-dot" aria-hidden="true"></span>`}
            ${a?i("home.online_count",{count:n}):i("home.online_waiting")}
          </p>
        </div>
        <ul id="online" class="faces">
          ${o.map(s=>c`<${Ms} key=${s.id} m=${s} me=${e} wave=${r} />`)}
        </ul>
        ${t.truncated.value&&c`<p class="muted">${i("home.online_truncated",{shown:o.length,count:n})}</p>`}
      </section>
      <aside aria-labelledby="next-title" class="card next">
        <h2 id="next-title">${i("home.next_title")}</h2>
        <ul class="next-list">
          <li><a href="/village"><span class="next-icon"><${je} name="village" /></span>${i("home.next_village")}</a></li>
          <li><a href="/people"><span class="next-icon"><${je} name="search" /></span>${i("home.next_people")}</a></li>
          <li>
            <a href="/me"><span class="next-icon"><${je} name=${e.photo_url?"pencil":"camera"} /></span>${e.photo_url?i("home.next_profile"):i("home.next_photo")}</a>
          </li>
        </ul>
      </aside>
    </div>
  <//>`}function An(){return c`<${O} title=${i("notfound.title")}>
    <p>${i("notfound.text")}</p>
    <p><a href="/">${i("notfound.home")}</a></p>
  <//>`}var vo=e=>String(e).normalize("NFD").replace(new RegExp("\\p{M}","gu"),"").toLocaleLowerCase();function _o({form:e,name:t,label:o,hint:n,options:a,required:r}){let s="f-"+t,l=s+"-list",d=e.errors[t],m=e.values[t]||[],[u,h]=v(""),[p,f]=v(!1),[g,b]=v(0),w=T(null),y=T(null),_=vo(u.trim()),$=_?a.filter(([S,ie,,re])=>vo(ie).includes(_)||vo(S)===_||re&&vo(re).includes(_)):a,C=Math.min(g,Math.max(0,$.length-1)),V=p&&$[C],te=new Map(a.map(S=>[S[0],S]));x(()=>{p&&V&&document.getElementById(`${s}-opt-${V[0]}`)?.scrollIntoView({block:"nearest"})},[p,C,_]);let A=S=>e.set(t,m.includes(S)?m.filter(ie=>ie!==S):[...m,S]),D=S=>{f(!0),b(Math.max(0,Math.min($.length-1,S)))},Ee=S=>{switch(S.key){case"ArrowDown":S.preventDefault(),D(p?C+1:C);break;case"ArrowUp":S.preventDefault(),D(p?C-1:C);break;case"Home":case"End":p&&(S.preventDefault(),D(S.key==="Home"?0:$.length-1));break;case"Enter":p&&V?(S.preventDefault(),A(V[0]),u&&(h(""),b(a.indexOf(V)))):p||(S.preventDefault(),f(!0));break;case"Escape":p?(S.preventDefault(),S.stopPropagation(),f(!1)):u&&(S.preventDefault(),h(""));break;case"Backspace":!u&&m.length&&e.set(t,m.slice(0,-1));break;case"Tab":f(!1);break}};return c`<div class=${"field multiselect"+(d?" has-error":"")}>
    <label for=${s} id=${s+"-label"}>${o}${r?c` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${at} id=${s} text=${n} />
    <${Re} id=${s} error=${d} />
    ${m.length>0&&c`<ul class="chips" id=${s+"-chosen"} aria-label=${i("multiselect.chosen",{field:o,count:m.length})}>
      ${m.map(S=>{let[,ie,re]=te.get(S)||[S,S];return c`<li class="chip" key=${S} data-value=${S}>
          <span lang=${re}>${ie}</span>
          <button
            type="button"
            class="chip-remove"
            aria-label=${i("multiselect.remove",{name:ie})}
            onClick=${()=>{A(S),w.current?.focus()}}
          ><span aria-hidden="true">×</span></button>
        </li>`})}
    </ul>`}
    <div class="combo">
      <input
        id=${s}
        ref=${w}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${p?"true":"false"}
        aria-controls=${l}
        aria-activedescendant=${V?`${s}-opt-${V[0]}`:void 0}
        aria-invalid=${d?"true":void 0}
        aria-required=${r?"true":void 0}
        aria-describedby=${[Le(s,n,d),m.length?s+"-chosen":""].filter(Boolean).join(" ")||void 0}
        placeholder=${i("multiselect.search")}
        value=${u}
        onInput=${S=>{h(S.currentTarget.value),b(0),f(!0)}}
        onKeyDown=${Ee}
        onClick=${()=>f(!0)}
        onBlur=${S=>{y.current?.contains(S.relatedTarget)||f(!1)}}
      />
      <ul
        id=${l}
        ref=${y}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby=${s+"-label"}
        class="listbox"
        hidden=${!p}
        onMouseDown=${S=>S.preventDefault()}
      >
        ${$.map(([S,ie,re],se)=>c`<li
            key=${S}
            id=${`${s}-opt-${S}`}
            role="option"
            data-value=${S}
            aria-selected=${m.includes(S)?"true":"false"}
            class=${se===C?"active":void 0}
            onClick=${()=>{A(S),b(se)}}
          ><span class="tick" aria-hidden="true"></span><span lang=${re}>${ie}</span></li>`)}
        ${$.length===0&&c`<li role="option" aria-disabled="true" aria-selected="false" class="none">${i("multiselect.none")}</li>`}
      </ul>
    </div>
  </div>`}var mr="AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(" ");var In=new Map;function hr(e){return In.has(e)||In.set(e,ke(e)),In.get(e)}function Nn(e=[]){let t=e.filter(o=>!Kt.includes(o));return[...Kt,...t].map(o=>[o,hr(o),o,he(o)])}var Hn={lang:null,list:[]};function yo(){if(Hn.lang!==j.value){let e=Kt.map(t=>{let o=he(t),n=hr(t);return[t,o.toLocaleLowerCase()===n.toLocaleLowerCase()?n:`${o} (${n})`,o]}).sort((t,o)=>xe(t[2],o[2])).map(([t,o])=>[t,o]);Hn={lang:j.value,list:e}}return Hn.list}var Pn={lang:null,list:[]};function Os(){if(Pn.lang!==j.value){let e=mr.map(t=>[t,Pe(t)]).sort((t,o)=>xe(t[1],o[1]));Pn={lang:j.value,list:e}}return Pn.list}var zs=["Africa","America","Antarctica","Arctic","Asia","Atlantic","Australia","Europe","Indian","Pacific"],At={lang:null,groups:[],known:new Set};function Ds(e,t=new Date){try{let o=new Intl.DateTimeFormat("en-US",{timeZone:e,timeZoneName:"longOffset"}).formatToParts(t).find(a=>a.type==="timeZoneName"),n=/GMT([+-]\d\d:\d\d)?/.exec(o?.value||"");return n?"UTC"+(n[1]||""):"UTC"}catch{return"UTC"}}function pr(e,t){let o=e.split("/").pop().replaceAll("_"," "),n=Ds(e,t),a="";try{a=new Intl.DateTimeFormat(j.value,{timeZone:e,timeZoneName:"longGeneric"}).formatToParts(t).find(s=>s.type==="timeZoneName")?.value||""}catch{}let r=a&&!/^(GMT|UTC)([+\-−]|$)/.test(a);return e==="UTC"?`UTC (${i("field.time_zone.utc")})`:`${o} (${n})${r?" · "+a:""}`}function Us(e){if(At.lang!==j.value){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}let o=new Date,n=new Map;for(let r of new Set(["UTC",...t])){let s=zs.includes(r.split("/")[0])&&r.includes("/")?r.split("/")[0]:"other";n.has(s)||n.set(s,[]),n.get(s).push([r,pr(r,o)])}let a=[...n.entries()].map(([r,s])=>({group:i("field.time_zone.region."+r.toLowerCase()),region:r,options:s.sort((l,d)=>xe(l[1],d[1]))}));a.sort((r,s)=>(s.region==="other")-(r.region==="other")||xe(r.group,s.group)),At={lang:j.value,groups:a,known:new Set(t.concat("UTC"))}}return e&&!At.known.has(e)?[{group:i("field.time_zone.region.other"),region:"current",options:[[e,pr(e,new Date)]]},...At.groups]:At.groups}function gr(e){return String(e||"").split(/[,،，、]/).map(t=>t.trim()).filter(Boolean)}var Bn=e=>[...String(e||"").trim()].length;function $o(e){return{display_name:e.display_name||"",stakeholder_group:e.stakeholder_group||"",region:e.region||"",country:e.country||"",languages:[...e.languages||[]],time_zone:e.time_zone||"",themes:[...e.themes||[]],tags:(e.tags||[]).join(", "),expertise:e.expertise||"",youth:!!e.youth,parliamentarian:!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function It(e){return{display_name:e.display_name.trim(),stakeholder_group:e.stakeholder_group,region:e.region,country:e.country,languages:e.languages,time_zone:e.time_zone,themes:e.themes,tags:gr(e.tags),expertise:e.expertise.trim(),youth:!!e.youth,parliamentarian:e.stakeholder_group==="government"&&!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function wo(e){let t=pe(e,["display_name","stakeholder_group","region","country","languages","time_zone"]);!t.display_name&&Bn(e.display_name)>80&&(t.display_name={key:"field.display_name.invalid"}),!t.languages&&e.languages.length>10&&(t.languages={key:"field.languages.invalid"});let o=gr(e.tags);return(o.length>10||o.some(n=>Bn(n)>40))&&(t.tags={key:"field.tags.invalid"}),Bn(e.expertise)>500&&(t.expertise={key:"field.expertise.invalid"}),t}function Ht(){return{display_name:i("field.display_name"),stakeholder_group:i("field.stakeholder_group"),parliamentarian:i("field.parliamentarian"),region:i("field.region"),country:i("field.country"),youth:i("field.youth"),languages:i("field.languages"),time_zone:i("field.time_zone"),themes:i("field.themes"),tags:i("field.tags"),expertise:i("field.expertise"),directory_opt_in:i("field.directory_opt_in")}}function Ln({form:e,label:t}){let o=e.values.time_zone,n=o?P(new Date().toISOString(),o,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";return c`<${z}
    form=${e}
    name="time_zone"
    label=${t}
    hint=${o?i("field.time_zone.hint",{time:n}):i("field.time_zone.hint_none")}
    options=${Us(o)}
    placeholder=${i("form.choose")}
    required
  />`}function ko({form:e,meta:t,level:o="h2"}){let n=Ht(),a=e.values,r=T([]);r.current=[...new Set([...r.current,...a.languages])];let s=o;return c`
    <${s} class="form-section">${i("profile.section.about")}<//>
    <${M} form=${e} name="display_name" label=${n.display_name} hint=${i("field.display_name.hint")} autocomplete="name" required />
    <${z}
      form=${e}
      name="stakeholder_group"
      label=${n.stakeholder_group}
      options=${Z("stakeholder",t.stakeholder_groups)}
      placeholder=${i("form.choose")}
      required
      onChange=${l=>l!=="government"&&a.parliamentarian&&e.set("parliamentarian",!1)}
    />
    ${a.stakeholder_group==="government"&&c`<${st} form=${e} name="parliamentarian" label=${n.parliamentarian} hint=${i("field.parliamentarian.hint")} />`}
    <${z}
      form=${e}
      name="region"
      label=${n.region}
      hint=${i("field.region.hint")}
      options=${Z("region",t.regions)}
      placeholder=${i("form.choose")}
      required
    />
    <${z} form=${e} name="country" label=${n.country} options=${Os()} placeholder=${i("form.choose")} required />
    <${st} form=${e} name="youth" label=${n.youth} hint=${i("field.youth.hint")} />

    <${s} class="form-section">${i("profile.section.languages")}<//>
    <${_o}
      form=${e}
      name="languages"
      label=${n.languages}
      hint=${i("field.languages.hint")}
      options=${Nn(r.current)}
      required
    />
    <${Ln} form=${e} label=${n.time_zone} />

    <${s} class="form-section">${i("profile.section.interests")}<//>
    <${bo} form=${e} name="themes" legend=${n.themes} hint=${i("field.themes.hint")} options=${Z("theme",t.themes)} />
    <${M} form=${e} name="tags" label=${n.tags} hint=${i("field.tags.hint")} />
    <${M} form=${e} name="expertise" label=${n.expertise} hint=${i("field.expertise.hint")} multiline rows=${4} />

    <${s} class="form-section">${i("profile.section.directory")}<//>
    <${st} form=${e} name="directory_opt_in" label=${n.directory_opt_in} hint=${i("field.directory_opt_in.hint")} />
  `}var Fs=()=>({email:"",password:"",display_name:"",stakeholder_group:"",region:"",country:"",languages:[],time_zone:He(),themes:[],tags:"",expertise:"",youth:!1,parliamentarian:!1,directory_opt_in:!1});function Gs({id:e,form:t}){let o=I(()=>B("/api/invitations/"+encodeURIComponent(e)),[e]),n=t.errors.invitation,a=i("register.invitation");o.data&&(a=i("register.invitation_role",{role:E("role",o.data.role)}));let r=n||o.error||o.data&&(o.data.used||o.data.expired);return c`<section
    id="f-invitation"
    tabindex="-1"
    class=${"notice"+(r?" notice-error":"")}
    aria-labelledby="invitation-title"
  >
    <h2 id="invitation-title">${i("register.invitation_title")}</h2>
    ${r?c`<p class="field-error"><span class="visually-hidden">${i("form.error_prefix")} </span>${n?Tt(n):i("field.invitation.invalid")}</p>`:c`<p>${a}</p>`}
    <p><a href="/register">${i("register.without_invitation")}</a></p>
  </section>`}function br(){let e=I(ce),t=new URLSearchParams(ne.value).get("invitation")||"",o=ee(Fs(),{draft:"register"}),n={email:i("field.email"),password:i("field.password"),...Ht(),invitation:i("register.invitation_title")},a=o.submit(async s=>{let l={email:s.email.trim(),password:s.password,...It(s)};t&&(l.invitation=t);let d=await Qi(l);o.clearDraft(),t?d.role==="participant"?k(i("register.welcome_invitation_lost",{name:d.display_name})):k(i("register.welcome_role",{name:d.display_name,role:E("role",d.role)})):k(i("register.welcome",{name:d.display_name}))},s=>{let l={...pe(s,["email","password"]),...wo(s)};!l.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email.trim())&&(l.email={key:"field.email.invalid"}),!l.password&&([...s.password].length<10||[...s.password].length>128)&&(l.password={key:"field.password.invalid"});let d=Object.keys(n);return Object.fromEntries(Object.entries(l).sort((m,u)=>d.indexOf(m[0])-d.indexOf(u[0])))}),r;return e.error?r=c`<${W} error=${e.error} retry=${e.reload} />`:e.data?r=c`<form class="form" onSubmit=${a} novalidate>
      <${ae} form=${o} labels=${n} />
      <p class="muted">${i("form.required_note")}</p>
      ${t&&c`<${Gs} id=${t} form=${o} />`}
      <h2 class="form-section">${i("register.section.account")}</h2>
      <${M}
        form=${o}
        name="email"
        label=${n.email}
        hint=${i("field.email.hint")}
        type="email"
        autocomplete="email"
        inputMode="email"
        spellcheck=${!1}
        required
      />
      <${M}
        form=${o}
        name="password"
        label=${n.password}
        hint=${i("field.password.hint")}
        type="password"
        autocomplete="new-password"
        required
      />
      <${ko} form=${o} meta=${e.data} level="h2" />
      <div class="actions">
        <${le} form=${o} label=${i("register.submit")} busyLabel=${i("register.busy")} />
      </div>
    </form>`:r=c`<${U} />`,c`<${O} title=${i("register.title")} intro=${i("register.intro")}>
    ${r}
    <p>${i("register.have_account")} <a href=${"/signin"+(t?"?next="+encodeURIComponent("/invite/"+t):"")}>${i("register.sign_in")}</a></p>
  <//>`}function vr(e){if(e instanceof G){if(e.status===404)return"invite.not_found";if(e.status===409)return"invite.used";if(e.status===410)return"invite.expired";if(e.code&&e.code!=="bad_request")return"error."+e.code}return"error.internal"}function qs({id:e}){let t=I(()=>B("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?c`${t.data.name}`:t.error?c`<span class="muted">${i("invite.organisation_unknown")}</span>`:c`<span class="muted">${i("common.loading")}</span>`}function _r({id:e}){let t=N.value,o=t?.time_zone,n=I(()=>B("/api/invitations/"+encodeURIComponent(e)),[e]),[a,r]=v(!1),[s,l]=v(null),[d,m]=v(null),u=T(null);x(()=>{(d||s)&&u.current?.focus()},[d,s]);let h=async()=>{if(!a){r(!0),l(null);try{let f=await de("/api/invitations/"+encodeURIComponent(e)+"/accept");Be(f),m(f),n.set(g=>({...g,used:!0})),k(i("invite.accepted_toast",{role:E("role",f.role)}))}catch(f){let g=vr(f);f instanceof G&&f.status===409&&t?.role==="secretariat"&&n.data?.role==="staff"?g="invite.secretariat_staff":f instanceof G&&f.status===410&&n.data?.role==="staff"&&!n.data.expired&&(g="invite.organisation_gone"),l(g)}finally{r(!1)}}},p;if(n.loading&&!n.data)p=c`<${U} />`;else if(n.error)p=c`<div class="notice notice-error" role="alert">
      <p>${i(vr(n.error))}</p>
      ${!(n.error instanceof G&&n.error.status===404)&&c`<button type="button" onClick=${n.reload}>${i("common.retry")}</button>`}
    </div>`;else{let f=n.data,g=!f.used&&!f.expired,b="/invite/"+encodeURIComponent(e);p=c`
      <dl class="facts">
        <dt>${i("invite.role")}</dt>
        <dd>${E("role",f.role)}</dd>
        ${f.organisation_id&&c`<dt>${i("invite.organisation")}</dt>
          <dd>${t?c`<${qs} id=${f.organisation_id} />`:c`<span class="muted">${i("invite.organisation_signed_out")}</span>`}</dd>`}
        ${f.note&&c`<dt>${i("invite.note")}</dt><dd>${f.note}</dd>`}
        <dt>${f.expired?i("invite.expired_at"):i("invite.expires_at")}</dt>
        <dd>${P(f.expires_at,o)}</dd>
        <dt>${i("invite.state")}</dt>
        <dd>${f.used?i("invite.state.used"):f.expired?i("invite.state.expired"):i("invite.state.open")}</dd>
      </dl>
      <p>${i("invite.role_explained."+f.role)}</p>
      ${f.used&&!d&&c`<div class="notice notice-error"><p>${i("invite.used")}</p></div>`}
      ${!f.used&&f.expired&&c`<div class="notice notice-error"><p>${i("invite.expired")}</p></div>`}
      ${d&&c`<div class="notice notice-ok" tabindex="-1" ref=${u} role="status">
        <p>${i("invite.accepted",{role:E("role",d.role)})}</p>
        <p><a href="/">${i("invite.go_home")}</a></p>
      </div>`}
      ${s&&c`<div class="notice notice-error" tabindex="-1" ref=${u} role="alert"><p>${i(s)}</p></div>`}
      ${g&&!d&&(t?c`<p class="muted">${i("invite.signed_in_as",{name:t.display_name,role:E("role",t.role)})}</p>
            <div class="actions">
              <button type="button" class="primary" onClick=${h} aria-disabled=${a?"true":void 0}>
                ${a?i("invite.accepting"):i("invite.accept",{role:E("role",f.role)})}
              </button>
            </div>`:c`<p>${i("invite.signed_out")}</p>
            <ul class="link-list">
              <li><a href=${"/signin?next="+encodeURIComponent(b)}>${i("invite.sign_in")}</a></li>
              <li><a href=${"/register?invitation="+encodeURIComponent(e)}>${i("invite.register")}</a></li>
            </ul>`)}
    `}return c`<${O} title=${i("invite.title")} intro=${i("invite.intro")}>${p}<//>`}var yr=["image/jpeg","image/png","image/gif"],Vs=25*1024*1024,js=1024;async function Ws(e){if(typeof createImageBitmap!="function")return e;try{let t=await createImageBitmap(e,{imageOrientation:"from-image"}),o=Math.min(1,js/Math.max(t.width,t.height)),n=document.createElement("canvas");return n.width=Math.max(1,Math.round(t.width*o)),n.height=Math.max(1,Math.round(t.height*o)),n.getContext("2d").drawImage(t,0,0,n.width,n.height),t.close?.(),await new Promise(r=>n.toBlob(r,"image/jpeg",.9))||e}catch{return e}}function $r(e){switch(e?.code){case"payload_too_large":return i("photo.too_large");case"unsupported_media_type":return i("photo.wrong_type");case"validation_failed":return i("photo.unreadable");default:return i(e?.code?"error."+e.code:"error.internal")}}function wr({me:e}){let[t,o]=v(!1),[n,a]=v(""),r=T(null),s=async d=>{if(a(""),!!d){if(!yr.includes(d.type)){a(i("photo.wrong_type"));return}if(d.size>Vs){a(i("photo.too_large"));return}o(!0);try{let m=await ge("PUT","/api/me/photo",{raw:await Ws(d)});Be(m),k(i("photo.saved"))}catch(m){a($r(m))}finally{o(!1),r.current&&(r.current.value="")}}},l=async()=>{a(""),o(!0);try{Be(await ge("DELETE","/api/me/photo")),k(i("photo.removed"))}catch(d){a($r(d))}finally{o(!1)}};return c`<section aria-labelledby="photo-title" class="card photo-section" id="photo">
    <h2 id="photo-title">${i("profile.section.photo")}</h2>
    <div class="photo-row">
      <${q} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="l" />
      <div class="photo-controls">
        <p class="hint" id="f-photo-hint">${i("photo.hint")}</p>
        ${n&&c`<p class="field-error" id="f-photo-error" role="alert">${n}</p>`}
        <div class="actions">
          <input
            type="file"
            id="f-photo"
            ref=${r}
            class="file-input"
            accept=${yr.join(",")}
            aria-describedby=${"f-photo-hint"+(n?" f-photo-error":"")}
            disabled=${t}
            onChange=${d=>s(d.currentTarget.files?.[0])}
          />
          <label for="f-photo" class="button primary">${t?i("photo.uploading"):e.photo_url?i("photo.change"):i("photo.choose")}</label>
          ${e.photo_url&&c`<button type="button" class="danger" onClick=${l} aria-disabled=${t?"true":void 0}>${i("photo.remove")}</button>`}
        </div>
      </div>
    </div>
  </section>`}var Zs=(e,t)=>JSON.stringify(e)===JSON.stringify(t);function Ys({me:e,meta:t}){let o=ee($o(e),{draft:"profile."+e.id}),n=Ht(),a=o.submit(async r=>{let s=It(r),l=It($o(e)),d={};for(let[u,h]of Object.entries(s))Zs(h,l[u])||(d[u]=h);if(Object.keys(d).length===0){k(i("profile.no_changes"));return}let m=await Ge("/api/me",d);Be(m),o.setAll($o(m)),o.clearDraft(),k(i("profile.saved"))},wo);return c`<section aria-labelledby="profile-title" class="card">
    <h2 id="profile-title">${i("profile.section.profile")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${ae} form=${o} labels=${n} id="profile-errors" />
      <p class="muted">${i("form.required_note")}</p>
      <${ko} form=${o} meta=${t} level="h3" />
      <div class="actions">
        <${le} form=${o} label=${i("profile.save")} busyLabel=${i("profile.saving")} />
      </div>
    </form>
  </section>`}function Xs({me:e}){let t=ee({email:e.email,password:"",current_password:""}),o={email:i("field.email"),password:i("profile.new_password"),current_password:i("field.current_password")},n=t.submit(async a=>{let r={};if(a.email.trim().toLowerCase()!==e.email&&(r.email=a.email.trim()),e.has_password&&a.password&&(r.password=a.password),Object.keys(r).length===0){k(i("profile.no_changes"));return}e.has_password&&(r.current_password=a.current_password);let s=await Ge("/api/me",r);Be(s),t.setAll({email:s.email,password:"",current_password:""}),k(r.password?r.email?i("profile.both_changed"):i("profile.password_changed"):i("profile.email_changed"))},a=>{let r=pe(a,["email"]);!r.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email.trim())&&(r.email={key:"field.email.invalid"}),e.has_password&&a.password&&([...a.password].length<10||[...a.password].length>128)&&(r.password={key:"field.password.invalid"});let s=a.email.trim().toLowerCase()!==e.email||e.has_password&&a.password;return e.has_password&&s&&!a.current_password&&(r.current_password={key:"field.current_password.required"}),r});return c`<section aria-labelledby="signin-title" class="card">
    <h2 id="signin-title">${e.has_password?i("profile.section.signin"):i("profile.section.email")}</h2>
    <form class="form narrow" onSubmit=${n} novalidate>
      <${ae} form=${t} labels=${o} id="signin-errors" />
      ${!e.has_password&&c`<p>${i("profile.no_password")}</p>`}
      <${M} form=${t} name="email" label=${o.email} type="email" autocomplete="email" inputMode="email" spellcheck=${!1} required />
      ${e.has_password&&c`<${M} form=${t} name="password" label=${o.password} hint=${i("profile.new_password_hint")} type="password" autocomplete="new-password" />
        <${M}
          form=${t}
          name="current_password"
          label=${o.current_password}
          hint=${i("field.current_password.hint")}
          type="password"
          autocomplete="current-password"
        />`}
      <div class="actions">
        <${le} form=${t} label=${e.has_password?i("profile.signin_save"):i("profile.email_save")} busyLabel=${i("profile.saving")} />
      </div>
    </form>
  </section>`}function Js({me:e}){let t=ee({confirm_delete:!1}),o={confirm_delete:i("field.confirm_delete")},n=t.submit(async()=>{await ye("/api/me");try{sessionStorage.removeItem("village.draft.profile."+e.id)}catch{}lo("user"),_e("/signin",{replace:!0}),k(i("profile.deleted"))},a=>a.confirm_delete?{}:{confirm_delete:{key:"field.confirm_delete.required"}});return c`<section aria-labelledby="delete-title" class="card danger-zone">
    <h2 id="delete-title">${i("profile.section.delete")}</h2>
    <p>${i("profile.delete_what")}</p>
    <ul>
      <li>${i("profile.delete_item.profile")}</li>
      <li>${i("profile.delete_item.sessions")}</li>
      <li>${i("profile.delete_item.role",{role:E("role",e.role)})}</li>
    </ul>
    <p>${i("profile.delete_stays")}</p>
    <form class="form" onSubmit=${n} novalidate>
      <${ae} form=${t} labels=${o} id="delete-errors" />
      <${st} form=${t} name="confirm_delete" label=${o.confirm_delete} />
      <div class="actions">
        <button type="submit" class="danger primary" aria-disabled=${t.busy?"true":void 0}>
          ${t.busy?i("profile.deleting"):i("profile.delete")}
        </button>
      </div>
    </form>
  </section>`}function kr(){let e=N.value,t=I(ce),o;return t.error?o=c`<${W} error=${t.error} retry=${t.reload} />`:t.data?o=c`
      <p class="muted">
        ${i("profile.summary",{role:E("role",e.role),created:P(e.created_at,e.time_zone,{dateStyle:"long"})})}
        ${" "}<a href=${"/people/"+encodeURIComponent(e.id)}>${i("profile.see_public")}</a>
      </p>
      <${wr} me=${e} />
      <${Ys} me=${e} meta=${t.data} />
      <${Xs} me=${e} />
      <${Js} me=${e} />
    `:o=c`<${U} />`,c`<${O} title=${i("profile.title")} intro=${i("profile.intro")}>${o}<//>`}function Me(e,t){let o=new URLSearchParams(e),n={};for(let r of t)n[r]=o.get(r)||"";let a=parseInt(o.get("offset")||"0",10);return n.offset=Number.isFinite(a)&&a>0?a:0,n}function xo({form:e,names:t,search:o,results:n,keep:a={}}){let r=T(null),s=T(!1);x(()=>{e.setAll(Me(o,t))},[o]),x(()=>{if(n.error instanceof G&&n.error.code==="validation_failed"){let{fields:u,general:h}=Et(n.error);e.fail(u,h)}},[n.error]),x(()=>{!n.loading&&s.current&&(s.current=!1,r.current?.focus())},[n.loading]);let l=e.submit(async u=>{let h={...a};for(let p of t)h[p]=typeof u[p]=="string"?u[p].trim():u[p];Ne(h)});return{heading:r,onSubmit:l,clear:()=>{e.setAll(Me("",t)),Ne(a)},go:u=>()=>{s.current=!0;let{offset:h,...p}=Me(o,t);Ne({...a,...p,offset:u||void 0})},set:t.filter(u=>Me(o,t)[u]).length}}function So({form:e,labels:t,filters:o,children:n}){let[a,r]=v(!1);return c`<section aria-labelledby="filters-title" class=${"card filters-card"+(a?" open":"")}>
    <h2 id="filters-title">
      <span class="filters-title-text">${i("directory.filters")}</span>
      <button type="button" class="filters-toggle" aria-expanded=${a?"true":"false"} aria-controls="filters-body" onClick=${()=>r(!a)}>
        <span>${i("directory.filters_count",{count:o.set})}</span><span class="chevron" aria-hidden="true">▾</span>
      </button>
    </h2>
    <form id="filters-body" class="form filters-body" onSubmit=${o.onSubmit} novalidate role="search" aria-labelledby="filters-title">
      <${ae} form=${e} labels=${t} />
      <div class="filters">${n}</div>
      <div class="actions">
        <${le} form=${e} label=${i("directory.search")} />
        <button type="button" onClick=${o.clear}>${i("directory.clear")}</button>
      </div>
    </form>
  </section>`}function Qs(e,t=o=>i("directory.count",{count:o})){let o=e.data;return e.loading?i("directory.searching"):o&&o.total===0?i("directory.none"):o&&o.items.length===0?i("directory.past_end",{count:o.total}):o?t(o.total)+" "+i("directory.showing",{from:o.offset+1,to:o.offset+o.items.length,total:o.total}):""}function To({results:e,filters:t,limit:o,count:n,children:a}){let r=e.data,s=e.error instanceof G&&e.error.code==="validation_failed";return c`<section aria-labelledby="results-title" class="results-area">
    <h2 id="results-title" tabindex="-1" ref=${t.heading}>${i("directory.results")}</h2>
    <p role="status" aria-live="polite" class="results-count">${Qs(e,n)}</p>
    ${e.error&&!s&&c`<${W} error=${e.error} retry=${e.reload} />`}
    ${!r&&e.loading&&c`<${U} />`}
    ${r&&r.items.length>0&&a}
    ${r&&r.items.length>0&&r.total>r.limit&&c`<nav class="pager" aria-label=${i("directory.pages")}>
      ${r.offset>0&&c`<button type="button" onClick=${t.go(Math.max(0,r.offset-o))}>${i("directory.previous")}</button>`}
      ${r.offset+r.items.length<r.total&&c`<button type="button" onClick=${t.go(r.offset+o)}>${i("directory.next")}</button>`}
    </nav>`}
    ${r&&r.items.length===0&&r.total>0&&c`<p><button type="button" onClick=${t.go(0)}>${i("directory.first_page")}</button></p>`}
  </section>`}var xr=20,Tr=["q","theme","interest","stakeholder_group","region","language","youth"],Sr=e=>Me(e,Tr);function Ks({p:e}){let t=[E("stakeholder",e.stakeholder_group),E("region",e.region),e.country&&Pe(e.country)].filter(Boolean);return c`<li class="result">
    <${q} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="m" />
    <div class="result-body">
      <div class="result-head">
        <h3><a href=${"/people/"+encodeURIComponent(e.id)}>${e.display_name}</a></h3>
        ${e.role!=="participant"&&c`<span class=${"role role-"+e.role}>${E("role",e.role)}</span>`}
      </div>
      <p>${t.join(" · ")}</p>
      ${e.languages.length>0&&c`<p>${i("directory.speaks",{languages:e.languages.map(he).join(", ")})}</p>`}
      ${e.themes.length>0&&c`<ul class="tags" aria-label=${i("directory.themes")}>
          ${e.themes.map(o=>c`<li key=${o}>${E("theme",o)}</li>`)}
        </ul>`}
    </div>
  </li>`}function Er(){let e=I(ce),t=ee(Sr(ne.value)),o=ne.value,n=I(()=>{let{offset:d,...m}=Sr(o);return B("/api/directory"+Qe({...m,offset:d||void 0,limit:xr}))},[o]),a=xo({form:t,names:Tr,search:o,results:n}),r={q:i("field.q"),theme:i("field.theme"),interest:i("field.interest"),stakeholder_group:i("field.stakeholder_group"),region:i("field.region"),language:i("field.language"),youth:i("directory.youth"),offset:i("directory.page"),limit:i("directory.page")},s=e.data||{themes:[],stakeholder_groups:[],regions:[]},l=n.data;return c`<${O} title=${i("directory.title")} intro=${i("directory.intro")} wide>
    ${e.error&&c`<${W} error=${e.error} retry=${e.reload} />`}
    <${So} form=${t} labels=${r} filters=${a}>
      <${M} form=${t} name="q" label=${r.q} type="search" hint=${i("field.q.hint")} />
      <${z} form=${t} name="theme" label=${r.theme} options=${Z("theme",s.themes)} placeholder=${i("directory.any")} />
      <${M} form=${t} name="interest" label=${r.interest} hint=${i("field.interest.hint")} />
      <${z}
        form=${t}
        name="stakeholder_group"
        label=${r.stakeholder_group}
        options=${Z("stakeholder",s.stakeholder_groups)}
        placeholder=${i("directory.any")}
      />
      <${z} form=${t} name="region" label=${r.region} options=${Z("region",s.regions)} placeholder=${i("directory.any")} />
      <${z} form=${t} name="language" label=${r.language} options=${yo()} placeholder=${i("directory.any")} />
      <${z}
        form=${t}
        name="youth"
        label=${r.youth}
        options=${[["true",i("directory.youth_only")],["false",i("directory.youth_not")]]}
        placeholder=${i("directory.any")}
      />
    <//>
    <${To} results=${n} filters=${a} limit=${xr}>
      <ul class="results" aria-busy=${n.loading?"true":void 0}>
        ${l?.items.map(d=>c`<${Ks} key=${d.id} p=${d} />`)}
      </ul>
    <//>
  <//>`}function ct({id:e}){let t=I(()=>B("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?c`${t.data.name}`:c`<span class="muted">${t.error?i("person.organisation_unknown"):i("common.loading")}</span>`}function el({p:e,me:t}){let n=lt("lobby").members.value.find(r=>r.id===e.id);if(fe.value!=="connected")return null;let a=async()=>{try{await go(e.id,"wave",{}),k(i("home.waved",{name:e.display_name}))}catch{k(i("home.wave_failed",{name:e.display_name}),{kind:"error"})}};return c`<div class="presence">
    ${n?c`<p><span class="online-badge"><span class="dot" aria-hidden="true"></span>${i("person.online")}</span></p>
          ${e.id!==t.id&&c`<button type="button" onClick=${a}>${i("home.wave",{name:e.display_name})}</button>`}`:c`<p class="muted">${i("person.offline")}</p>`}
  </div>`}function Cr({id:e}){let t=N.value,o=t?.time_zone,n=I(()=>B("/api/people/"+encodeURIComponent(e)),[e]),a=n.data,r,s=null,l=i("person.title");if(n.error){let d=n.error instanceof G&&n.error.status===404;r=c`<div class="notice notice-error" role="alert">
      <p>${d?i("person.not_found"):i(n.error.code?"error."+n.error.code:"error.internal")}</p>
      ${d?c`<p><a href="/people">${i("person.back")}</a></p>`:c`<button type="button" onClick=${n.reload}>${i("common.retry")}</button>`}
    </div>`}else if(!a)r=c`<${U} />`;else{l=a.display_name,s=c`<${q} id=${a.id} name=${a.display_name} photo=${a.photo_url} size="l" />`;let d=a.time_zone?P(new Date().toISOString(),a.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";r=c`
      ${a.id===t.id&&c`<p class="notice">${i("person.is_you")} <a href="/me">${i("person.edit")}</a></p>`}
      <${el} p=${a} me=${t} />
      ${a.listed===!1&&a.id!==t.id&&c`<p class="notice">${i("person.unlisted",{name:a.display_name})}</p>`}
      <section aria-labelledby="about-title" class="card">
        <h2 id="about-title">${i("person.about")}</h2>
        <dl class="facts">
          <dt>${i("person.role")}</dt>
          <dd>${E("role",a.role)}</dd>
          ${a.organisation_id&&c`<dt>${i("person.organisation")}</dt><dd><${ct} id=${a.organisation_id} /></dd>`}
          ${a.stakeholder_group&&c`<dt>${i("field.stakeholder_group")}</dt><dd>${E("stakeholder",a.stakeholder_group)}</dd>`}
          ${a.parliamentarian&&c`<dt>${i("person.parliamentarian")}</dt><dd>${i("person.yes")}</dd>`}
          ${a.region&&c`<dt>${i("field.region")}</dt><dd>${E("region",a.region)}</dd>`}
          ${a.country&&c`<dt>${i("field.country")}</dt><dd>${Pe(a.country)}</dd>`}
          ${a.youth&&c`<dt>${i("person.youth")}</dt><dd>${i("person.yes")}</dd>`}
          ${a.languages?.length>0&&c`<dt>${i("person.languages")}</dt><dd>${a.languages.map(he).join(", ")}</dd>`}
          ${a.time_zone&&c`<dt>${i("field.time_zone")}</dt>
            <dd>${i("person.time_zone",{zone:a.time_zone.replaceAll("_"," "),time:d})}</dd>`}
          ${a.created_at&&c`<dt>${i("person.registered")}</dt><dd>${P(a.created_at,o,{dateStyle:"long"})}</dd>`}
        </dl>
      </section>
      ${a.listed!==!1&&c`<section aria-labelledby="interests-title" class="card">
        <h2 id="interests-title">${i("person.interests")}</h2>
        ${a.themes.length===0&&a.tags.length===0&&!a.expertise&&c`<p class="muted">${i("person.no_interests")}</p>`}
        ${a.themes.length>0&&c`<h3>${i("person.themes")}</h3>
          <ul class="tags">
            ${a.themes.map(m=>c`<li key=${m}>${E("theme",m)}</li>`)}
          </ul>`}
        ${a.tags.length>0&&c`<h3>${i("field.tags")}</h3>
          <ul class="tags">
            ${a.tags.map(m=>c`<li key=${m}>${m}</li>`)}
          </ul>`}
        ${a.expertise&&c`<h3>${i("field.expertise")}</h3><p class="expertise">${a.expertise}</p>`}
      </section>`}
      <p><a href="/people">${i("person.back")}</a></p>
    `}return c`<${O} title=${l} figure=${s}>${r}<//>`}var tl={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},ol={hour:"numeric",minute:"2-digit"};function dt(e){return e.open?e.open_now?"open":"between":"closed"}function Eo(e,t,o){let n=dt(e);return n==="closed"?i("booth.closed_note"):t?n==="open"?i("booth.open_until",{time:P(t.ends_at,o,ol)}):i("booth.opens_at",{when:P(t.starts_at,o,tl)}):i("booth.no_opening")}function Co({b:e}){let t=dt(e);return c`<span class=${"booth-state booth-state-"+t}><span class="dot" aria-hidden="true"></span>${i("booth.state."+t)}</span>`}function Ao({b:e}){return c`<p class="figures">
    <span>${i("booth.visitors_now",{count:e.visitors_now||0})}</span>
    <span>${i("booth.staff_online",{count:e.staff_online||0})}</span>
  </p>`}var Ar=20,Ir=100,Hr=["q","theme","language","region","kind","open_now"],nl=["list","overview"],Rn=e=>Me(e,Hr),il=e=>new URLSearchParams(e).get("view")==="overview"?"overview":"list",Pr=e=>"/booths/"+encodeURIComponent(e);function rl({b:e,zone:t}){return c`<li class="result booth-card" data-booth-id=${e.id}>
    <${q} id=${e.organisation_id} name=${e.title} size="m" square />
    <div class="result-body">
      <div class="result-head">
        <h3 dir="auto"><a href=${Pr(e.id)}>${e.title}</a></h3>
        <${Co} b=${e} />
      </div>
      <p>${[E("kind",e.kind),E("region",e.region)].filter(Boolean).join(" · ")}</p>
      <p class="opening">${Eo(e,e.next_opening,t)}</p>
      ${e.themes.length>0&&c`<ul class="tags" aria-label=${i("directory.themes")}>
        ${e.themes.map(o=>c`<li key=${o}>${E("theme",o)}</li>`)}
      </ul>`}
      ${e.languages.length>0&&c`<p>${i("village.languages",{languages:e.languages.map(he).join(", ")})}</p>`}
      <${Ao} b=${e} />
    </div>
  </li>`}function al({items:e,kinds:t,busy:o}){let n=new Map;for(let r of e)n.has(r.kind)||n.set(r.kind,[]),n.get(r.kind).push(r);let a=[...t.filter(r=>n.has(r)),...[...n.keys()].filter(r=>!t.includes(r))];return c`<div class="districts" aria-busy=${o?"true":void 0}>
    ${a.map((r,s)=>{let l=n.get(r),d=l.filter(m=>dt(m)==="open").length;return c`<section class=${"district district-"+s%6} aria-labelledby=${"district-"+r} key=${r} data-kind=${r}>
        <h3 id=${"district-"+r}>${E("kind",r)} <span class="district-count">${i("village.district_count",{count:l.length,open:d})}</span></h3>
        <ul class="plots">
          ${l.map(m=>c`<li key=${m.id}>
              <a class=${"plot plot-"+dt(m)} href=${Pr(m.id)} data-booth-id=${m.id}>
                <span class="dot" aria-hidden="true"></span>
                <span class="plot-title" dir="auto">${m.title}</span>
                <span class="visually-hidden">, ${i("booth.state."+dt(m))}</span>
              </a>
            </li>`)}
        </ul>
      </section>`})}
  </div>`}function sl({view:e}){let t=o=>()=>Ne({...Rn(ne.value),offset:void 0,view:o==="list"?void 0:o});return c`<div class="view-switch" role="group" aria-label=${i("village.view")}>
    ${nl.map(o=>c`<button type="button" key=${o} aria-pressed=${e===o?"true":"false"} onClick=${t(o)}>${i("village.view."+o)}</button>`)}
  </div>`}function Br(){let t=N.value?.time_zone,o=I(ce),n=ee(Rn(ne.value)),a=ne.value,r=il(a),s=I(()=>{let{offset:h,...p}=Rn(a),f=r==="overview";return B("/api/booths"+Qe({...p,offset:!f&&h||void 0,limit:f?Ir:Ar}))},[a]),l=xo({form:n,names:Hr,search:a,results:s,keep:{view:r==="list"?void 0:r}}),d={q:i("village.q"),theme:i("field.theme"),language:i("village.language"),region:i("field.region"),kind:i("field.kind"),open_now:i("village.open_now"),offset:i("directory.page"),limit:i("directory.page")},m=o.data||{themes:[],regions:[],organisation_kinds:[]},u=s.data;return c`<${O} title=${i("village.title")} intro=${i("village.intro")} wide>
    ${o.error&&c`<${W} error=${o.error} retry=${o.reload} />`}
    <${So} form=${n} labels=${d} filters=${l}>
      <${M} form=${n} name="q" label=${d.q} type="search" hint=${i("village.q_hint")} />
      <${z} form=${n} name="theme" label=${d.theme} options=${Z("theme",m.themes)} placeholder=${i("directory.any")} />
      <${z} form=${n} name="language" label=${d.language} options=${yo()} placeholder=${i("directory.any")} />
      <${z} form=${n} name="region" label=${d.region} options=${Z("region",m.regions)} placeholder=${i("directory.any")} />
      <${z} form=${n} name="kind" label=${d.kind} options=${Z("kind",m.organisation_kinds)} placeholder=${i("directory.any")} />
      <${z}
        form=${n}
        name="open_now"
        label=${d.open_now}
        options=${[["true",i("village.open_now_only")],["false",i("village.open_now_not")]]}
        placeholder=${i("directory.any")}
      />
    <//>
    <${sl} view=${r} />
    <${To} results=${s} filters=${l} limit=${r==="overview"?Ir:Ar} count=${h=>i("village.count",{count:h})}>
      ${r==="overview"?c`<${al} items=${u?.items||[]} kinds=${m.organisation_kinds} busy=${s.loading} />`:c`<ul class="results" aria-busy=${s.loading?"true":void 0}>
            ${u?.items.map(h=>c`<${rl} key=${h.id} b=${h} zone=${t} />`)}
          </ul>`}
    <//>
  <//>`}var Nr=["title","description","themes","languages","links","time_zone","hours"],ll=["kind","stakeholder_group","region"];function Lr(e){return{title:e.title,description:e.description,themes:e.themes,languages:e.languages,links:e.links.map(t=>({title:t.title,url:t.url})),time_zone:e.time_zone,hours:e.hours.map(t=>({date:t.date,opens:t.opens,closes:t.closes})),kind:e.kind,stakeholder_group:e.stakeholder_group,region:e.region}}function Rr({form:e,name:t,legend:o,hint:n,columns:a,blank:r,addLabel:s,removeLabel:l}){let d="f-"+t,m=e.errors[t],u=e.values[t]||[],h=(g,b,w)=>e.set(t,u.map((y,_)=>_===g?{...y,[b]:w}:y)),p=T(!1),f=T(null);return x(()=>{p.current&&(p.current=!1,f.current?.querySelector("li:last-child input")?.focus())},[u.length]),c`<fieldset id=${d} class=${"field rows"+(m?" has-error":"")} aria-describedby=${Le(d,n,m)} aria-invalid=${m?"true":void 0} tabindex="-1">
    <legend>${o}</legend>
    ${n&&c`<p class="hint" id=${d+"-hint"}>${n}</p>`}
    <${Re} id=${d} error=${m} />
    <ol class="row-list" ref=${f}>
      ${u.map((g,b)=>c`<li key=${b} class="row">
          ${a.map(w=>c`<div class="field" key=${w.key}>
              <label for=${`${d}-${b}-${w.key}`}>${w.label(b+1)}</label>
              <input
                id=${`${d}-${b}-${w.key}`}
                type=${w.type||"text"}
                value=${g[w.key]}
                placeholder=${w.placeholder}
                maxLength=${w.maxLength}
                inputMode=${w.inputMode}
                dir=${w.dir}
                onInput=${y=>h(b,w.key,y.currentTarget.value)}
              />
            </div>`)}
          <button type="button" class="small" onClick=${()=>e.set(t,u.filter((w,y)=>y!==b))}>${l(b+1)}</button>
        </li>`)}
    </ol>
    <p>
      <button
        type="button"
        class="small"
        onClick=${()=>{p.current=!0,e.set(t,[...u,{...r}])}}
      >
        ${s}
      </button>
    </p>
  </fieldset>`}function cl({b:e,onSaved:t}){let[o,n]=v(!1),a=async()=>{if(!o){n(!0);try{let r=await de("/api/booths/"+encodeURIComponent(e.id)+(e.open?"/close":"/open"));t(r),k(r.open?i("booth.edit.opened"):i("booth.edit.closed"))}catch(r){k(i(r?.code?"error."+r.code:"error.internal"),{kind:"error"})}finally{n(!1)}}};return c`<div class="open-switch">
    <p>${e.open?i("booth.edit.is_open"):i("booth.edit.is_closed")}</p>
    <button type="button" class=${e.open?"danger":"primary"} aria-disabled=${o?"true":void 0} onClick=${a}>
      ${e.open?i("booth.edit.close"):i("booth.edit.open")}
    </button>
  </div>`}function Mr({b:e,me:t,onSaved:o}){let n=t.role==="secretariat",a=I(ce),[r,s]=v(!1),l=ee(Lr(e),{draft:"booth."+e.id}),d=a.data||{themes:[],regions:[],stakeholder_groups:[],organisation_kinds:[]},m={title:i("booth.edit.title_field"),description:i("field.description"),themes:i("field.themes"),languages:i("booth.edit.languages"),links:i("booth.materials"),time_zone:i("field.time_zone"),hours:i("booth.hours"),kind:i("field.kind"),stakeholder_group:i("field.stakeholder_group"),region:i("field.region")},u=l.submit(async h=>{let p={};for(let g of n?[...Nr,...ll]:Nr)p[g]=typeof h[g]=="string"?h[g].trim():h[g];p.links=h.links.map(g=>({title:g.title.trim(),url:g.url.trim()})),p.hours=h.hours.map(g=>({date:g.date.trim(),opens:g.opens.trim(),closes:g.closes.trim()}));let f=await Ge("/api/booths/"+encodeURIComponent(e.id),p);l.clearDraft(),l.setAll(Lr(f)),o(f),k(i("booth.edit.saved"))},void 0,{keys:{description:"booth.edit.description_invalid"}});return c`<section aria-labelledby="edit-title" class="card booth-edit">
    <div class="section-head">
      <h2 id="edit-title">${i("booth.edit")}</h2>
      <button type="button" aria-expanded=${r?"true":"false"} aria-controls="booth-edit-body" onClick=${()=>s(!r)}>
        ${r?i("booth.edit.hide"):i("booth.edit.show")}
      </button>
    </div>
    <div id="booth-edit-body" hidden=${!r}>
      ${n&&c`<${cl} b=${e} onSaved=${o} />`}
      ${r&&c`<form class="form" onSubmit=${u} novalidate aria-labelledby="edit-title">
        <${ae} form=${l} labels=${m} id="booth-errors" />
        <${M} form=${l} name="title" label=${m.title} maxLength=${120} required />
        <${M} form=${l} name="description" label=${m.description} hint=${i("booth.edit.description_hint")} multiline rows=${10} maxLength=${5e3} />
        ${n&&c`<div class="filters">
          <${z} form=${l} name="kind" label=${m.kind} options=${Z("kind",d.organisation_kinds)} required />
          <${z} form=${l} name="stakeholder_group" label=${m.stakeholder_group} options=${Z("stakeholder",d.stakeholder_groups)} required />
          <${z} form=${l} name="region" label=${m.region} options=${Z("region",d.regions)} required />
        </div>`}
        <${bo} form=${l} name="themes" legend=${m.themes} options=${Z("theme",d.themes)} />
        <${_o} form=${l} name="languages" label=${m.languages} hint=${i("booth.edit.languages_hint")} options=${Nn(l.values.languages)} />
        <${Rr}
          form=${l}
          name="links"
          legend=${m.links}
          hint=${i("booth.edit.links_hint")}
          blank=${{title:"",url:""}}
          columns=${[{key:"title",label:h=>i("booth.edit.link_title",{n:h}),maxLength:120},{key:"url",label:h=>i("booth.edit.link_url",{n:h}),type:"url",placeholder:"https://",maxLength:500,dir:"ltr"}]}
          addLabel=${i("booth.edit.link_add")}
          removeLabel=${h=>i("booth.edit.link_remove",{n:h})}
        />
        <${Ln} form=${l} label=${i("booth.edit.time_zone")} />
        <${Rr}
          form=${l}
          name="hours"
          legend=${m.hours}
          hint=${i("booth.edit.hours_hint")}
          blank=${{date:"",opens:"09:00",closes:"13:00"}}
          columns=${[{key:"date",label:h=>i("booth.edit.hours_date",{n:h}),type:"date",dir:"ltr"},{key:"opens",label:h=>i("booth.edit.hours_opens",{n:h}),placeholder:"09:00",maxLength:5,dir:"ltr"},{key:"closes",label:h=>i("booth.edit.hours_closes",{n:h}),placeholder:"13:00",maxLength:5,dir:"ltr"}]}
          addLabel=${i("booth.edit.hours_add")}
          removeLabel=${h=>i("booth.edit.hours_remove",{n:h})}
        />
        <div class="actions">
          <${le} form=${l} label=${i("booth.edit.save")} busyLabel=${i("profile.saving")} />
        </div>
      </form>`}
    </div>
  </section>`}var dl={weekday:"long",day:"numeric",month:"long"},Mn={year:"numeric",month:"2-digit",day:"2-digit"};function ul(e,t){return e&&(e.role==="secretariat"||e.role==="staff"&&e.organisation_id===t.organisation_id)}function fl(e,t){return e.hours.find(o=>new Date(o.ends_at)>t)||null}function ml(e,t){let o=new Date(e.starts_at),n=new Date(e.ends_at),r=P(e.starts_at,t,Mn)===P(new Date(n-1).toISOString(),t,Mn)?{hour:"numeric",minute:"2-digit"}:{weekday:"short",hour:"numeric",minute:"2-digit"};try{return new Intl.DateTimeFormat(j.value,{...r,timeZone:t||He()}).formatRange(o,n)}catch{return P(e.starts_at,t,r)+" – "+P(e.ends_at,t,r)}}function pl({b:e,zone:t,now:o}){let n=e.hours.filter(l=>new Date(l.ends_at)>o),a=t||He(),r=e.time_zone!==a,s=[];for(let l of n){let d=P(l.starts_at,t,Mn);(s.length===0||s[s.length-1].key!==d)&&s.push({key:d,label:P(l.starts_at,t,dl),hours:[]}),s[s.length-1].hours.push(l)}return c`<section aria-labelledby="hours-title" class="card">
    <h2 id="hours-title">${i("booth.hours")}</h2>
    <p class="muted">${i("booth.hours_zone",{zone:a.replaceAll("_"," ")})}</p>
    ${s.length===0?c`<p>${i("booth.no_opening")}</p>`:c`<ul class="hours">
          ${s.map(l=>c`<li key=${l.key}>
              <span class="hours-day">${l.label}</span>
              <ul>
                ${l.hours.map(d=>{let m=new Date(d.starts_at)<=o;return c`<li key=${d.starts_at} class=${m?"hours-now":void 0}>
                    <span class="hours-range">${ml(d,t)}</span>
                    ${m&&c` <strong class="hours-on">${i("booth.hours_now")}</strong>`}
                    ${r&&c` <span class="muted">${i("booth.hours_there",{time:"⁦"+d.opens+"–"+d.closes+"⁩"})}</span>`}
                  </li>`})}
              </ul>
            </li>`)}
        </ul>`}
  </section>`}function hl({links:e}){let t=e.filter(o=>/^https:\/\//i.test(o.url));return t.length===0?null:c`<section aria-labelledby="materials-title" class="card">
    <h2 id="materials-title">${i("booth.materials")}</h2>
    <ul class="link-list materials">
      ${t.map((o,n)=>c`<li key=${n}>
          <a href=${o.url} target="_blank" rel="noopener noreferrer" dir="auto">${o.title}<span class="visually-hidden"> (${i("common.new_tab")})</span> <${je} name="external" /></a>
          <span class="muted link-host">${gl(o.url)}</span>
        </li>`)}
    </ul>
  </section>`}function gl(e){try{return new URL(e).host}catch{return""}}function bl({b:e,zone:t,now:o}){let n=P(o.toISOString(),e.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"});return c`<aside aria-labelledby="visit-title" class="card booth-visit">
    <h2 id="visit-title">${i("booth.visit")}</h2>
    <p><${Co} b=${e} /></p>
    <p class="opening">${Eo(e,fl(e,o),t)}</p>
    <${Ao} b=${e} />
    <p class="muted">${i("booth.local_time",{time:n,zone:e.time_zone.replaceAll("_"," ")})}</p>
  </aside>`}function Or({id:e}){let t=N.value,o=t?.time_zone,n=I(()=>B("/api/booths/"+encodeURIComponent(e)),[e]),[a]=v(()=>new Date),r=n.data,s=i("booth.title"),l,d=c`<span class="avatar avatar-l avatar-square avatar-empty" aria-hidden="true"></span>`;if(n.error){let m=n.error instanceof G&&n.error.status===404;d=null,l=c`<div class="notice notice-error" role="alert">
      <p>${m?i("booth.not_found"):i(n.error.code?"error."+n.error.code:"error.internal")}</p>
      ${m?c`<p><a href="/village">${i("booth.back")}</a></p>`:c`<button type="button" onClick=${n.reload}>${i("common.retry")}</button>`}
    </div>`}else r?(s=r.title,d=c`<${q} id=${r.organisation_id} name=${r.title} size="l" square />`,l=c`<div class="booth-grid">
        <div class="booth-main">
          <section aria-labelledby="about-title" class="card">
            <h2 id="about-title">${i("booth.about")}</h2>
            ${r.description_html?c`<div class="markdown" dir="auto" dangerouslySetInnerHTML=${{__html:r.description_html}}></div>`:c`<p class="muted">${i("booth.no_description")}</p>`}
            <dl class="facts">
              <dt>${i("person.organisation")}</dt>
              <dd><${ct} id=${r.organisation_id} /></dd>
              <dt>${i("field.kind")}</dt>
              <dd>${E("kind",r.kind)}</dd>
              <dt>${i("field.region")}</dt>
              <dd>${E("region",r.region)}</dd>
              <dt>${i("field.stakeholder_group")}</dt>
              <dd>${E("stakeholder",r.stakeholder_group)}</dd>
              ${r.languages.length>0&&c`<dt>${i("person.languages")}</dt><dd>${r.languages.map(he).join(", ")}</dd>`}
            </dl>
            ${r.themes.length>0&&c`<h3>${i("person.themes")}</h3>
              <ul class="tags">
                ${r.themes.map(m=>c`<li key=${m}>${E("theme",m)}</li>`)}
              </ul>`}
          </section>
          <${pl} b=${r} zone=${o} now=${a} />
          <${hl} links=${r.links} />
          ${ul(t,r)&&c`<${Mr} b=${r} me=${t} onSaved=${m=>n.set(m)} />`}
        </div>
        <div class="booth-side">
          <${bl} b=${r} zone=${o} now=${a} />
        </div>
      </div>
      <p><a href="/village">${i("booth.back")}</a></p>`):l=c`<div class="booth-placeholder"><${U} /></div>`;return c`<${O} title=${s} figure=${d} wide>${l}<//>`}function Io({id:e,label:t,url:o,hint:n}){let a=T(null),[r,s]=v("");x(()=>{s(""),a.current?.focus(),a.current?.select()},[o]);let l=async()=>{try{await navigator.clipboard.writeText(o),s(i("link.copied"))}catch{a.current?.focus(),a.current?.select(),s(i("link.copy_failed"))}};return c`<div class="field linkbox">
    <label for=${e}>${t}</label>
    ${n&&c`<p class="hint" id=${e+"-hint"}>${n}</p>`}
    <div class="linkbox-row">
      <input id=${e} ref=${a} type="text" readonly value=${o} dir="ltr" spellcheck=${!1} aria-describedby=${n?e+"-hint":void 0} />
      <button type="button" onClick=${l}>${i("link.copy")}</button>
    </div>
    <p class="muted linkbox-status" role="status">${r}</p>
  </div>`}var On={name:"",kind:"",stakeholder_group:"",region:"",website:"",logo_url:"",description:""},zn=e=>[...String(e||"").trim()].length,vl=e=>{try{let t=new URL(e);return(t.protocol==="http:"||t.protocol==="https:")&&!!t.host}catch{return!1}};function _l({meta:e,onAdded:t}){let o=ee(On,{draft:"organisation"}),n={name:i("field.name"),kind:i("field.kind"),stakeholder_group:i("field.stakeholder_group"),region:i("field.region"),website:i("field.website"),logo_url:i("field.logo_url"),description:i("field.description")},a=o.submit(async r=>{let s={};for(let d of Object.keys(On))s[d]=r[d].trim();let l=await de("/api/organisations",s);o.setAll(On),o.clearDraft(),t(l)},r=>{let s=pe(r,["name","kind","stakeholder_group","region"]);!s.name&&zn(r.name)>120&&(s.name={key:"field.name.invalid"});for(let l of["website","logo_url"])r[l].trim()&&(!vl(r[l].trim())||zn(r[l])>500)&&(s[l]={key:`field.${l}.invalid`});return zn(r.description)>2e3&&(s.description={key:"field.description.invalid"}),s});return c`<section aria-labelledby="add-title" class="card">
    <h2 id="add-title">${i("organisations.add_title")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${ae} form=${o} labels=${n} id="add-errors" />
      <p class="muted">${i("form.required_note")}</p>
      <${M} form=${o} name="name" label=${n.name} autocomplete="organization" required />
      <div class="filters">
        <${z} form=${o} name="kind" label=${n.kind} options=${Z("kind",e.organisation_kinds)} placeholder=${i("form.choose")} required />
        <${z}
          form=${o}
          name="stakeholder_group"
          label=${n.stakeholder_group}
          options=${Z("stakeholder",e.stakeholder_groups)}
          placeholder=${i("form.choose")}
          required
        />
        <${z} form=${o} name="region" label=${n.region} options=${Z("region",e.regions)} placeholder=${i("form.choose")} required />
      </div>
      <${M} form=${o} name="website" label=${n.website} hint=${i("field.website.hint")} type="url" inputMode="url" autocomplete="url" spellcheck=${!1} dir="ltr" />
      <${M} form=${o} name="logo_url" label=${n.logo_url} hint=${i("field.logo_url.hint")} type="url" inputMode="url" spellcheck=${!1} dir="ltr" />
      <${M} form=${o} name="description" label=${n.description} hint=${i("field.description.hint")} multiline rows=${4} />
      <div class="actions">
        <${le} form=${o} label=${i("organisations.add")} busyLabel=${i("organisations.adding")} />
      </div>
    </form>
  </section>`}function yl({org:e,called:t,onInvite:o,onRemove:n,inviting:a}){let[r,s]=v(!1),[l,d]=v(!1),m=T(null),u=T(null),h=T(!1);x(()=>{r?m.current?.focus():h.current&&u.current?.focus(),h.current=r},[r]);let p=async()=>{if(!l){d(!0);try{await n(e)}catch{d(!1)}}};return c`<tr>
    <th scope="row"><span class="org-cell"><${q} id=${e.id} name=${e.name} photo=${e.logo_url} square />${e.name}</span></th>
    <td data-label=${i("field.kind")}>${E("kind",e.kind)}</td>
    <td data-label=${i("field.stakeholder_group")}>${E("stakeholder",e.stakeholder_group)}</td>
    <td data-label=${i("field.region")}>${E("region",e.region)}</td>
    <td class="url" data-label=${i("field.website")}>${e.website?c`<a href=${e.website} rel="noopener noreferrer" dir="ltr">${e.website.replace(/^https?:\/\//,"")}</a>`:c`<span class="muted">${i("organisations.no_website")}</span>`}</td>
    <td class="cell-actions">
      ${r?c`<div class="confirm" role="group" aria-label=${i("organisations.confirm_label",{name:t})}>
            <p>${i("organisations.confirm",{name:e.name})}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${m} onClick=${p} aria-disabled=${l?"true":void 0}>
                ${l?i("organisations.removing"):i("organisations.confirm_yes",{name:t})}
              </button>
              <button type="button" class="small" onClick=${()=>s(!1)}>${i("common.cancel")}</button>
            </div>
          </div>`:c`<div class="actions row-actions">
            <button type="button" class="small" onClick=${()=>o(e)} aria-disabled=${a?"true":void 0} aria-label=${i("organisations.invite_named",{name:t})}>
              ${i("organisations.invite")}
            </button>
            <button type="button" class="small danger" ref=${u} onClick=${()=>s(!0)} aria-label=${i("organisations.remove_named",{name:t})}>
              ${i("organisations.remove")}
            </button>
          </div>`}
    </td>
  </tr>`}function zr(){let e=I(ce),t=I(()=>B("/api/organisations")),[o,n]=v(null),[a,r]=v(null),s=T(null),l=(g,b)=>xe(g.name,b.name),d=g=>{t.set(b=>({items:[...b?.items||[],g].sort(l)})),k(i("organisations.added",{name:g.name}))},m=async g=>{if(!a){r(g.id);try{let b=await de("/api/invitations",{role:"staff",organisation_id:g.id});n({url:b.url,name:g.name}),k(i("organisations.invited",{name:g.name}))}catch(b){k(i(b.code?"error."+b.code:"error.internal"),{kind:"error"})}finally{r(null)}}},u=async g=>{try{await ye("/api/organisations/"+encodeURIComponent(g.id))}catch(b){if(b.status!==404)throw k(i(b.code?"error."+b.code:"error.internal"),{kind:"error"}),b}t.set(b=>({items:(b?.items||[]).filter(w=>w.id!==g.id)})),k(i("organisations.removed",{name:g.name})),s.current?.focus()},h=t.data?.items||[],p=new Map;for(let g of h)p.set(g.name,(p.get(g.name)||0)+1);let f=g=>p.get(g.name)>1?`${g.name} (${(g.website||g.id).replace(/^https?:\/\//,"")})`:g.name;return c`<${O} title=${i("organisations.title")} intro=${i("organisations.intro")} wide>
    ${e.error&&c`<${W} error=${e.error} retry=${e.reload} />`}
    <${_l} meta=${e.data||{organisation_kinds:[],stakeholder_groups:[],regions:[]}} onAdded=${d} />
    ${o&&c`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${i("organisations.link_title",{name:o.name})}</h2>
      <${Io} id="new-link" label=${i("organisations.link_label",{name:o.name})} hint=${i("link.hint")} url=${o.url} />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${s}>
        ${t.data?i("organisations.list_title_count",{count:h.length}):i("organisations.list_title")}
      </h2>
      ${t.error&&c`<${W} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&c`<${U} />`}
      ${t.data&&h.length===0&&c`<p>${i("organisations.empty")}</p>`}
      ${h.length>0&&c`<div class="table-wrap">
        <table aria-labelledby="list-title">
          <thead>
            <tr>
              <th scope="col">${i("field.name")}</th>
              <th scope="col">${i("field.kind")}</th>
              <th scope="col">${i("field.stakeholder_group")}</th>
              <th scope="col">${i("field.region")}</th>
              <th scope="col">${i("field.website")}</th>
              <th scope="col">${i("organisations.actions")}</th>
            </tr>
          </thead>
          <tbody>
            ${h.map(g=>c`<${yl} key=${g.id} org=${g} called=${f(g)} onInvite=${m} onRemove=${u} inviting=${a===g.id} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}var $l={role:"staff",organisation_id:"",note:"",ttl_days:"14"};function wl(e){return e.used?"used":e.expired?"expired":"open"}function kl(e,t){let o=P(e.redeemed_at,t);return e.redeemed_by?i("invitations.used_by",{name:e.redeemed_by.name,date:o}):i("invitations.used_on",{date:o})}function xl({orgs:e,onCreated:t}){let o=ee($l),n={role:i("field.role"),organisation_id:i("field.organisation_id"),note:i("field.note"),ttl_days:i("field.ttl_days")},a=o.submit(async r=>{let s={role:r.role,note:r.note.trim(),ttl_hours:Number(r.ttl_days)*24};r.role==="staff"&&(s.organisation_id=r.organisation_id);let l;try{l=await de("/api/invitations",s)}catch(d){throw d instanceof G&&d.fields&&d.fields.ttl_hours&&(d.fields={...d.fields,ttl_days:d.fields.ttl_hours},delete d.fields.ttl_hours),d}o.setAll({...r,note:""}),t(l)},r=>{let s=pe(r,r.role==="staff"?["role","organisation_id","ttl_days"]:["role","ttl_days"]);return!s.ttl_days&&!/^\s*\d+\s*$/.test(r.ttl_days)?s.ttl_days={key:"field.ttl_days.invalid"}:!s.ttl_days&&(Number(r.ttl_days)<1||Number(r.ttl_days)>90)&&(s.ttl_days={key:"field.ttl_days.invalid"}),[...r.note.trim()].length>200&&(s.note={key:"field.note.invalid"}),s});return c`<section aria-labelledby="create-title" class="card">
    <h2 id="create-title">${i("invitations.create_title")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${ae} form=${o} labels=${n} id="create-errors" />
      <p class="muted">${i("form.required_note")}</p>
      <div class="filters">
        <${z}
          form=${o}
          name="role"
          label=${n.role}
          hint=${i("field.role.hint")}
          options=${[["staff",E("role","staff")],["secretariat",E("role","secretariat")]]}
          required
        />
        ${o.values.role==="staff"&&c`<${z}
          form=${o}
          name="organisation_id"
          label=${n.organisation_id}
          options=${e.map(r=>[r.id,r.name])}
          placeholder=${i("form.choose")}
          required
        />`}
      </div>
      <${M} form=${o} name="note" label=${n.note} hint=${i("field.note.hint")} />
      <${M} form=${o} name="ttl_days" label=${n.ttl_days} hint=${i("field.ttl_days.hint")} inputMode="numeric" required />
      <div class="actions">
        <${le} form=${o} label=${i("invitations.create")} busyLabel=${i("invitations.creating")} />
      </div>
    </form>
  </section>`}async function Sl(e){try{return await navigator.clipboard.writeText(e),!0}catch{return!1}}function Tl({inv:e,what:t}){let[o,n]=v(!1),a=T(null);return x(()=>{o&&(a.current?.focus(),a.current?.select())},[o]),c`<button type="button" class="small" onClick=${async()=>{if(await Sl(e.url)){k(i("invitations.copied",{what:t}));return}o&&(a.current?.focus(),a.current?.select()),n(!0),k(i("link.copy_failed"),{kind:"error"})}} aria-label=${i("invitations.copy_named",{what:t})}>${i("link.copy")}</button>
    ${o&&c`<input
      type="text"
      class="row-link"
      ref=${a}
      readonly
      value=${e.url}
      dir="ltr"
      spellcheck=${!1}
      aria-label=${i("invitations.link_named",{what:t})}
      onFocus=${s=>s.currentTarget.select()}
    />`}`}function El({inv:e,orgName:t,zone:o,onWithdraw:n}){let[a,r]=v(!1),[s,l]=v(!1),d=T(null),m=T(null),u=T(!1);x(()=>{a?d.current?.focus():u.current&&m.current?.focus(),u.current=a},[a]);let h=wl(e),p=P(e.created_at,o),f=t?i("invitations.what_org",{role:E("role",e.role),organisation:t,created:p}):i("invitations.what",{role:E("role",e.role),created:p}),g=async()=>{if(!s){l(!0);try{await n(e)}catch{l(!1)}}};return c`<tr>
    <th scope="row">${E("role",e.role)}</th>
    <td data-label=${i("field.organisation_id")}>${t||c`<span class="muted">${i("invitations.no_organisation")}</span>`}</td>
    <td dir="auto" data-label=${i("field.note")}>${e.note||""}</td>
    <td data-label=${i("invitations.created_at")}>${p}</td>
    <td data-label=${i("invitations.expires_at")}>${P(e.expires_at,o)}</td>
    <td data-label=${i("invitations.state")}>
      <span class=${"state state-"+h}>${i("invitations.state."+h)}</span>
      ${e.used&&e.redeemed_at&&c`<span class="used-by">${kl(e,o)}</span>`}
    </td>
    <td class="cell-actions">
      ${a?c`<div class="confirm" role="group" aria-label=${i("invitations.confirm_label",{what:f})}>
            <p>${e.used?i("invitations.confirm_used"):i("invitations.confirm")}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${d} onClick=${g} aria-disabled=${s?"true":void 0}>
                ${s?i("invitations.withdrawing"):i("invitations.confirm_yes")}
              </button>
              <button type="button" class="small" onClick=${()=>r(!1)}>${i("common.cancel")}</button>
            </div>
          </div>`:c`<div class="actions row-actions">
            ${h==="open"&&e.url&&c`<${Tl} inv=${e} what=${f} />`}
            <button type="button" class="small danger" ref=${m} onClick=${()=>r(!0)} aria-label=${i("invitations.withdraw_named",{what:f})}>
              ${i("invitations.withdraw")}
            </button>
          </div>`}
    </td>
  </tr>`}function Dr(){let e=N.value?.time_zone,t=I(()=>B("/api/invitations")),o=I(()=>B("/api/organisations")),[n,a]=v(null),r=T(null),s=(o.data?.items||[]).slice().sort((p,f)=>xe(p.name,f.name)),l=new Map(s.map(p=>[p.id,p.name])),d=p=>p.organisation_id?l.get(p.organisation_id)||i("invitations.organisation_removed"):"",m=p=>{t.set(f=>({items:[p,...f?.items||[]]})),a(p),k(i("invitations.created"))},u=async p=>{try{await ye("/api/invitations/"+encodeURIComponent(p.id))}catch(f){if(f.status!==404)throw k(i(Et(f).general?.key||"error.internal"),{kind:"error"}),f}t.set(f=>({items:(f?.items||[]).filter(g=>g.id!==p.id)})),n&&n.id===p.id&&a(null),k(i("invitations.withdrawn")),r.current?.focus()},h=t.data?.items||[];return c`<${O} title=${i("invitations.title")} intro=${i("invitations.intro")} wide>
    ${o.error&&c`<${W} error=${o.error} retry=${o.reload} />`}
    ${o.data?c`<${xl} orgs=${s} onCreated=${m} />`:!o.error&&c`<${U} />`}
    ${n&&c`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${i("invitations.link_title")}</h2>
      <${Io}
        id="new-link"
        label=${d(n)?i("invitations.link_label_org",{role:E("role",n.role),organisation:d(n)}):i("invitations.link_label",{role:E("role",n.role)})}
        hint=${i("link.hint_expires",{expires:P(n.expires_at,e)})}
        url=${n.url}
      />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${r}>
        ${t.data?i("invitations.list_title_count",{count:h.length}):i("invitations.list_title")}
      </h2>
      ${t.error&&c`<${W} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&c`<${U} />`}
      ${t.data&&h.length===0&&c`<p>${i("invitations.empty")}</p>`}
      ${h.length>0&&c`<div class="table-wrap">
        <table aria-labelledby="list-title">
          <thead>
            <tr>
              <th scope="col">${i("field.role")}</th>
              <th scope="col">${i("field.organisation_id")}</th>
              <th scope="col">${i("field.note")}</th>
              <th scope="col">${i("invitations.created_at")}</th>
              <th scope="col">${i("invitations.expires_at")}</th>
              <th scope="col">${i("invitations.state")}</th>
              <th scope="col">${i("invitations.actions")}</th>
            </tr>
          </thead>
          <tbody>
            ${h.map(p=>c`<${El} key=${p.id} inv=${p} orgName=${d(p)} zone=${e} onWithdraw=${u} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}var Cl=200;function Ho(e){let[t,o]=v([]),[n]=v(()=>{let a=ho(e);return a.offMessage=a.onMessage(r=>o(s=>[...s.filter(l=>l.seq!==r.seq),r].slice(-Cl))),a.offEvent=a.onEvent(r=>{if(r.type==="message.deleted"&&r.payload){let s=r.payload.seq;o(l=>l.map(d=>d.seq===s?{...d,text:"",deleted:!0}:d))}}),a});return x(()=>()=>{n.offMessage(),n.offEvent(),n.release()},[]),{view:n,messages:t}}var Ur="village.console.muted",Bt=R(Al()),Pt=R(typeof Notification<"u"&&Notification.permission==="granted");function Al(){try{return localStorage.getItem(Ur)==="1"}catch{return!1}}function Fr(e){Bt.value=e;try{localStorage.setItem(Ur,e?"1":"0")}catch{}}var $e=null,Gr=!1;function qr(){let e=()=>{if(Gr=!0,!$e&&typeof AudioContext<"u")try{$e=new AudioContext}catch{$e=null}$e?.resume?.().catch(()=>{})};return document.addEventListener("pointerdown",e,!0),document.addEventListener("keydown",e,!0),()=>{document.removeEventListener("pointerdown",e,!0),document.removeEventListener("keydown",e,!0)}}function Vr(){if(Bt.peek()||!Gr||!$e||$e.state!=="running")return!1;let e=$e.currentTime+.01;return[660,830].forEach((t,o)=>{let n=$e.createOscillator(),a=$e.createGain();n.type="sine",n.frequency.value=t;let r=e+o*.18;a.gain.setValueAtTime(1e-4,r),a.gain.exponentialRampToValueAtTime(.2,r+.02),a.gain.exponentialRampToValueAtTime(1e-4,r+.3),n.connect(a).connect($e.destination),n.start(r),n.stop(r+.32)}),!0}async function jr(){if(!(typeof Notification>"u"))try{Pt.value=await Notification.requestPermission()==="granted"}catch{Pt.value=!1}}function Wr(e,t){if(!(!Pt.peek()||document.visibilityState!=="hidden"||typeof Notification>"u"))try{let o=new Notification(e,{body:t,tag:"village-knock"});o.onclick=()=>{window.focus(),o.close()}}catch{}}function Il(e){let t=Math.max(0,Math.floor(e)),o=Math.floor(t/3600),n=Math.floor(t%3600/60),a=r=>String(r).padStart(2,"0");return o?`${o}:${a(n)}:${a(t%60)}`:`${n}:${a(t%60)}`}function Hl(e=1e3){let[t,o]=v(Date.now());return x(()=>{let n=setInterval(()=>o(Date.now()),e);return()=>clearInterval(n)},[e]),t}function Zr(e){return e&&e.code==="conflict"?i("console.knock.conflict"):e&&e.code==="not_found"?i("console.knock.gone"):i(e&&e.code?"error."+e.code:"error.internal")}function Pl({booth:e,visitor:t,onDone:o,onError:n}){let[a,r]=v(!1),[s,l]=v(""),[d,m]=v(!1),u=T(null);if(x(()=>a&&u.current?.focus(),[a]),!a)return c`<button type="button" class="small" onClick=${()=>r(!0)}>${i("console.knock.decline")}</button>`;let h="decline-"+t.id;return c`<form class="decline-form" onSubmit=${async f=>{f.preventDefault(),m(!0);try{let g=s.trim();await me("knock.decline",g?{booth:e,visitor:t.id,message:g}:{booth:e,visitor:t.id}),o()}catch(g){n(Zr(g),g)}finally{m(!1)}}}>
    <label for=${h}>${i("console.knock.decline_message",{name:t.name})}</label>
    <input id=${h} ref=${u} maxLength="200" value=${s} onInput=${f=>l(f.currentTarget.value)} />
    <div class="actions">
      <button type="submit" class="small danger" disabled=${d}>${i("console.knock.decline_send")}</button>
      <button type="button" class="small" onClick=${()=>r(!1)}>${i("console.cancel")}</button>
    </div>
  </form>`}function Yr({booth:e,staffRoom:t,mayAnswer:o}){let[n,a]=v(()=>({knocks:[],at:Date.now()})),[r,s]=v(null),[l,d]=v(""),[m,u]=v(!1),h=T(null),p=Hl(),f=_=>{let $=_&&_.knocks||[],C=Date.now(),V=h.current;if(h.current=new Set($.map(te=>te.visitor.id)),a({knocks:$,at:C}),V){let te=$.filter(A=>!V.has(A.visitor.id));if(te.length){let A=te.map(Ee=>Ee.visitor.name).join(", "),D=i("console.knock.new",{count:te.length,names:A});d(D),Vr(),Wr(i("console.knock.notify_title"),D)}}};x(()=>{let _=qr(),$=t.onEvent(C=>C.type==="knock.queue"&&f(C.payload));return()=>{_(),$()}},[t]);let g=t.state.value;x(()=>{g&&f(g)},[g]);let b=n.knocks.length;x(()=>{let _=`${i("console.title")} · ${i("app.name")}`;document.title=b?`(${b}) ${_}`:_},[b]),x(()=>()=>{document.title=document.title.replace(/^\(\d+\) /,"")},[]);let w=async _=>{s(null),u(!0);try{let $=await me("knock.take",_?{booth:e,visitor:_}:{booth:e});_e("/talk/"+encodeURIComponent($.room.replace(/^talk:/,"")))}catch($){s(Zr($)),y($)}finally{u(!1)}},y=_=>{_&&(_.code==="conflict"||_.code==="not_found")&&B(`/api/booths/${encodeURIComponent(e)}/knocks`).then(f,()=>{})};return c`<section class="card console-queue" aria-labelledby="queue-title">
    <div class="section-head">
      <h2 id="queue-title" tabindex="-1">${i("console.queue")} <span class="count" data-count=${b}>${b}</span></h2>
      <div class="queue-tools">
        <button type="button" class="small" aria-pressed=${Bt.value?"true":"false"} onClick=${()=>Fr(!Bt.value)}>
          ${i("console.mute_sound")}
        </button>
        ${typeof Notification<"u"&&!Pt.value&&Notification.permission==="default"&&c`<button type="button" class="small" onClick=${jr}>${i("console.notify_ask")}</button>`}
      </div>
    </div>
    <p class="visually-hidden" role="status" aria-live="polite">${l}</p>
    <p class="queue-problem" role="alert">${r||""}</p>
    ${o&&c`<p><button type="button" class="primary" disabled=${m||b===0} onClick=${()=>w(null)}>${i("console.knock.take_next")}</button></p>`}
    ${b===0?c`<p class="muted queue-empty">${i("console.queue_empty")}</p>`:c`<ol class="knocks">
          ${n.knocks.map(_=>{let $=_.visitor,C=(_.waiting_seconds||0)+(p-n.at)/1e3;return c`<li class="knock" key=${$.id} data-person-id=${$.id}>
              <${q} id=${$.id} name=${$.name} photo=${$.photo_url} size="m" />
              <div class="knock-body">
                <p class="knock-name"><a href=${"/people/"+encodeURIComponent($.id)}>${$.name}</a></p>
                ${$.organisation_id&&c`<p class="muted knock-org"><${ct} id=${$.organisation_id} /></p>`}
                <p class="knock-wait">${i("console.knock.waiting",{time:Il(C)})}</p>
                ${_.text&&c`<p class="knock-text" dir="auto">${_.text}</p>`}
                ${o&&c`<div class="actions">
                  <button type="button" class="small primary" disabled=${m} onClick=${()=>w($.id)}>
                    ${i("console.knock.take")}<span class="visually-hidden"> ${$.name}</span>
                  </button>
                  <${Pl}
                    booth=${e}
                    visitor=${$}
                    onDone=${()=>{s(null),document.getElementById("queue-title")?.focus()}}
                    onError=${(V,te)=>{s(V),y(te)}}
                  />
                </div>`}
              </div>
            </li>`})}
        </ol>`}
  </section>`}function Xr({boothRoom:e,organisationId:t}){let o=e.members.value,n=r=>r.role==="staff"&&r.organisation_id===t,a=o.filter(r=>!n(r));return c`<section class="card console-visitors" aria-labelledby="visitors-title">
    <h2 id="visitors-title" tabindex="-1">${i("console.visitors")}</h2>
    <p class="count-line" aria-live="polite">${i("booth.visitors_now",{count:a.length})}</p>
    <ul class="people-list visitors-list">
      ${o.map(r=>c`<li key=${r.id} data-person-id=${r.id}>
          <${q} id=${r.id} name=${r.name} photo=${r.photo_url} />
          <a href=${"/people/"+encodeURIComponent(r.id)}>${r.name}</a>
          ${n(r)&&c` <span class="role role-staff">${i("role.staff")}</span>`}
        </li>`)}
    </ul>
  </section>`}var Bl=[5,15,60,240,1440];function Dn(e){return i(e&&e.code?"error."+e.code:"error.internal")}function Nl({m:e,boothId:t,boothRoom:o,mayMute:n,onMuted:a}){let[r,s]=v(null),[l,d]=v(""),[m,u]=v("15"),[h,p]=v(""),[f,g]=v(!1),b="mod-"+e.seq;return r?c`<form class="mod-form" onSubmit=${async y=>{y.preventDefault();let _=l.trim();if(!_){p(i("console.chat.reason_required")),document.getElementById(b+"-reason")?.focus();return}g(!0),p("");try{if(r==="remove")await o.request("delete",{seq:e.seq,reason:_}),k(i("console.chat.removed"));else{let $=await de(`/api/booths/${encodeURIComponent(t)}/mutes`,{person_id:e.from.id,minutes:Number(m),reason:_});k(i("console.chat.muted",{name:e.from.name})),a($,e.from)}s(null),d(""),document.getElementById("chat-title")?.focus()}catch($){p($&&$.code==="conflict"?i("console.chat.already_muted"):Dn($))}finally{g(!1)}}} noValidate>
    ${r==="mute"&&c`<div class="field">
      <label for=${b+"-minutes"}>${i("console.chat.mute_for")}</label>
      <select id=${b+"-minutes"} value=${m} onChange=${y=>u(y.currentTarget.value)}>
        ${Bl.map(y=>c`<option value=${String(y)}>${i("console.chat.minutes",{count:y})}</option>`)}
      </select>
    </div>`}
    <div class=${"field"+(h?" has-error":"")}>
      <label for=${b+"-reason"}>${i("console.chat.reason")}</label>
      <input id=${b+"-reason"} maxLength="500" value=${l} aria-invalid=${h?"true":void 0} aria-describedby=${h?b+"-error":void 0} onInput=${y=>d(y.currentTarget.value)} />
      ${h&&c`<p class="field-error" id=${b+"-error"}>${h}</p>`}
    </div>
    <div class="actions">
      <button type="submit" class="small danger" disabled=${f}>${r==="remove"?i("console.chat.remove_confirm"):i("console.chat.mute_confirm")}</button>
      <button type="button" class="small" onClick=${()=>s(null)}>${i("console.cancel")}</button>
    </div>
  </form>`:c`<div class="actions">
      <button type="button" class="small" onClick=${()=>s("remove")}>${i("console.chat.remove")}<span class="visually-hidden"> ${i("console.chat.message_of",{name:e.from.name})}</span></button>
      ${n&&c`<button type="button" class="small" onClick=${()=>s("mute")}>${i("console.chat.mute")}<span class="visually-hidden"> ${e.from.name}</span></button>`}
    </div>`}function Ll({booth:e,pinned:t}){let[o,n]=v(e.announcement||""),[a,r]=v(!1);return x(()=>{t!==null&&document.activeElement?.id!=="announcement"&&n(t)},[t]),c`<form class="announcement-form" onSubmit=${async l=>{l.preventDefault(),r(!0);try{await Ge(`/api/booths/${encodeURIComponent(e.id)}`,{announcement:o.trim()}),k(i("console.announcement.saved"))}catch(d){k(Dn(d),{kind:"error"})}finally{r(!1)}}}>
    <div class="field">
      <label for="announcement">${i("console.announcement")}</label>
      <p class="hint" id="announcement-hint">${i("console.announcement.hint")}</p>
      <input id="announcement" maxLength="280" dir="auto" aria-describedby="announcement-hint" value=${o} onInput=${l=>n(l.currentTarget.value)} />
    </div>
    <button type="submit" disabled=${a}>${i("console.announcement.save")}</button>
  </form>`}function Jr({booth:e,boothRoom:t,messages:o}){let n=N.value,[a,r]=v(null),[s,l]=v({}),[d,m]=v(null);x(()=>t.onEvent(b=>b.type==="booth.announcement"&&m(b.payload?.announcement??"")),[t]);let u=`/api/booths/${encodeURIComponent(e.id)}/mutes`,h=()=>B(u).then(b=>r(b.items||[]),()=>r([]));x(()=>{h()},[e.id]);let p={...s};for(let b of o)p[b.from.id]=b.from.name;let f=async b=>{try{await ye(`${u}/${encodeURIComponent(b.person_id)}`),k(i("console.mutes.lifted",{name:p[b.person_id]||b.person_id})),h()}catch(w){k(Dn(w),{kind:"error"})}},g=o.slice(-50).reverse();return c`<section class="card console-chat" aria-labelledby="chat-title">
    <h2 id="chat-title" tabindex="-1">${i("console.chat")}</h2>
    <${Ll} booth=${e} pinned=${d} />
    <h3>${i("console.chat.recent")}</h3>
    ${g.length===0?c`<p class="muted">${i("console.chat.empty")}</p>`:c`<ol class="chat-list mod-list">
          ${g.map(b=>c`<li key=${b.seq} data-seq=${b.seq} class=${b.deleted?"deleted":void 0}>
              <${q} id=${b.from.id} name=${b.from.name} photo=${b.from.photo_url} />
              <div class="chat-body">
                <p class="chat-meta"><strong>${b.from.name}</strong> <time datetime=${b.at}>${P(b.at,n?.time_zone,{timeStyle:"short"})}</time></p>
                ${b.deleted?c`<p class="muted chat-text">${i("console.chat.was_removed")}</p>`:c`<p class="chat-text" dir="auto">${b.text}</p>`}
                ${!b.deleted&&b.from.id!==n?.id&&c`<${Nl}
                  m=${b}
                  boothId=${e.id}
                  boothRoom=${t}
                  mayMute=${b.from.role!=="secretariat"&&!(b.from.role==="staff"&&b.from.organisation_id===e.organisation_id)}
                  onMuted=${(w,y)=>{l(_=>({..._,[y.id]:y.name})),r(_=>[..._||[],w])}}
                />`}
              </div>
            </li>`)}
        </ol>`}
    <h3>${i("console.mutes")}</h3>
    ${a===null?c`<p class="muted">${i("common.loading")}</p>`:a.length===0?c`<p class="muted">${i("console.mutes.none")}</p>`:c`<ul class="mutes">
            ${a.map(b=>c`<li key=${b.person_id} data-person-id=${b.person_id}>
                <span>${i("console.mutes.until",{name:p[b.person_id]||b.person_id,time:P(b.until,n?.time_zone,{dateStyle:"short",timeStyle:"short"})})}</span>
                <button type="button" class="small" onClick=${()=>f(b)}>${i("console.mutes.lift")}<span class="visually-hidden"> ${p[b.person_id]||b.person_id}</span></button>
              </li>`)}
          </ul>`}
  </section>`}var Qr=6,Rl=[10,15,20,30,45,60,90,120];function Kr(e,t){let o=Object.fromEntries(new Intl.DateTimeFormat("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(new Date(e)).map(a=>[a.type,a.value]));return Date.UTC(+o.year,+o.month-1,+o.day,+o.hour%24,+o.minute,+o.second)-Math.floor(e/1e3)*1e3}function Ml(e,t,o){let[n,a,r]=e.split("-").map(Number),[s,l]=t.split(":").map(Number),d=Date.UTC(n,a-1,r,s,l),m=d-Kr(d,o);return m=d-Kr(m,o),new Date(m).toISOString().replace(".000Z","Z")}function Ol({slot:e,onDone:t}){let[o,n]=v(!1),[a,r]=v(!1);if(!o)return c`<button type="button" class="small danger" onClick=${()=>n(!0)}>${i("console.slots.withdraw")}</button>`;let s=async()=>{r(!0);try{await ye("/api/slots/"+encodeURIComponent(e.id)),k(i("console.slots.withdrawn")),t(),document.getElementById("slots-title")?.focus()}catch(l){k(i(l&&l.code?"error."+l.code:"error.internal"),{kind:"error"}),r(!1)}};return c`<div class="confirm" role="group" aria-label=${i("console.slots.withdraw")}>
    <p>${e.booked?i("console.slots.withdraw_booked",{name:e.booked_by?.name||""}):i("console.slots.withdraw_free")}</p>
    <div class="actions">
      <button type="button" class="small danger primary" disabled=${a} onClick=${s}>${i("console.slots.withdraw_confirm")}</button>
      <button type="button" class="small" onClick=${()=>n(!1)}>${i("console.slots.keep")}</button>
    </div>
  </div>`}function zl({booth:e,me:t,zone:o,staff:n,onDone:a}){let r=new Date(Date.now()+864e5),[s,l]=v(new Intl.DateTimeFormat("en-CA",{timeZone:o,year:"numeric",month:"2-digit",day:"2-digit"}).format(r)),[d,m]=v("14:00"),[u,h]=v("30"),[p,f]=v((e.languages||[])[0]||"en"),g=t.role==="staff"&&t.organisation_id===e.organisation_id,[b,w]=v(g?t.id:n[0]?.id||""),[y,_]=v(""),[$,C]=v(!1),V=async A=>{if(A.preventDefault(),_(""),!/^\d{4}-\d{2}-\d{2}$/.test(s)||!/^\d{2}:\d{2}/.test(d)){_(i("console.slots.when_invalid"));return}if(Number(d.slice(3,5))%5!==0){_(i("console.slots.grid"));return}if(!b){_(i("console.slots.staff_required"));return}C(!0);try{let D={starts_at:Ml(s,d.slice(0,5),o),minutes:Number(u),language:p};g&&b===t.id||(D.staff_id=b),await de(`/api/booths/${encodeURIComponent(e.id)}/slots`,D),k(i("console.slots.published")),a()}catch(D){let Ee=D&&D.code==="overlaps"?"console.slots.overlaps":D&&D.code==="validation_failed"?"console.slots.when_invalid":D&&D.code?"error."+D.code:"error.internal";_(i(Ee))}finally{C(!1)}},te=g?[{id:t.id,name:t.display_name},...n.filter(A=>A.id!==t.id)]:n;return c`<form class="slot-form" onSubmit=${V} noValidate>
    <h3>${i("console.slots.publish")}</h3>
    <p class="hint">${i("console.slots.zone",{zone:o.replaceAll("_"," ")})}</p>
    <div class="slot-fields">
      <div class="field"><label for="slot-date">${i("console.slots.date")}</label>
        <input id="slot-date" type="date" required value=${s} onInput=${A=>l(A.currentTarget.value)} /></div>
      <div class="field"><label for="slot-time">${i("console.slots.time")}</label>
        <input id="slot-time" type="time" step="300" required value=${d} onInput=${A=>m(A.currentTarget.value)} /></div>
      <div class="field"><label for="slot-minutes">${i("console.slots.length")}</label>
        <select id="slot-minutes" value=${u} onChange=${A=>h(A.currentTarget.value)}>
          ${Rl.map(A=>c`<option value=${String(A)}>${i("console.chat.minutes",{count:A})}</option>`)}
        </select></div>
      <div class="field"><label for="slot-language">${i("console.slots.language")}</label>
        <select id="slot-language" value=${p} onChange=${A=>f(A.currentTarget.value)}>
          ${[...new Set([...e.languages||[],"en"])].map(A=>c`<option value=${A} lang=${A}>${ke(A)}</option>`)}
        </select></div>
      <div class="field"><label for="slot-staff">${i("console.slots.staff")}</label>
        <select id="slot-staff" value=${b} onChange=${A=>w(A.currentTarget.value)}>
          ${te.length===0&&c`<option value="">${i("console.slots.no_staff")}</option>`}
          ${te.map(A=>c`<option value=${A.id}>${A.name}</option>`)}
        </select></div>
    </div>
    <p class="field-error" role="alert" id="slot-error">${y}</p>
    <button type="submit" class="primary" disabled=${$}>${i("console.slots.publish_button")}</button>
  </form>`}function ea({booth:e,me:t,staffNow:o=[]}){let[n,a]=v(!1),r=t.time_zone||He(),s=I(()=>B(`/api/booths/${encodeURIComponent(e.id)}/slots?limit=100`),[e.id]),l=s.data?.items||[],d=[...new Map([...o,...l.map(u=>u.staff)].filter(u=>u&&u.id).map(u=>[u.id,u])).values()],m={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"};return c`<section class="card console-slots" aria-labelledby="slots-title">
    <h2 id="slots-title" tabindex="-1">${i("console.slots")}</h2>
    ${s.error?c`<${W} error=${s.error} retry=${s.reload} />`:s.data?l.length===0?c`<p class="muted">${i("console.slots.none")}</p>`:c`<ul class="slots">
              ${(n?l:l.slice(0,Qr)).map(u=>c`<li key=${u.id} data-slot-id=${u.id}>
                  <div class="slot-body">
                    <p><strong>${P(u.starts_at,r,m)}</strong> · ${i("console.chat.minutes",{count:u.minutes})} · <span lang=${u.language}>${ke(u.language)}</span></p>
                    <p class="muted">${i("console.slots.with",{name:u.staff?.name||""})} · ${u.booked?i("console.slots.booked_by",{name:u.booked_by?.name||""}):i("console.slots.free")}</p>
                  </div>
                  <${Ol} slot=${u} onDone=${s.reload} />
                </li>`)}
            </ul>
            ${l.length>Qr&&c`<p><button type="button" class="link-button" aria-expanded=${n?"true":"false"} onClick=${()=>a(!n)}>
              ${n?i("console.slots.fewer"):i("console.slots.all",{count:l.length})}
            </button></p>`}`:c`<${U} />`}
    <${zl} booth=${e} me=${t} zone=${r} staff=${d} onDone=${s.reload} />
  </section>`}var ut=20;function ta({booth:e}){let[t,o]=v(0),[n,a]=v(!1),r=`/api/booths/${encodeURIComponent(e.id)}`,s=I(()=>B(r+"/leads"+Qe({offset:t,limit:ut})),[e.id,t]),l=N.value?.time_zone,d=async()=>{a(!0);try{let{blob:u,filename:h}=await mn(r+"/leads.csv"),p=URL.createObjectURL(u),f=document.createElement("a");f.href=p,f.download=h,document.body.append(f),f.click(),f.remove(),setTimeout(()=>URL.revokeObjectURL(p),1e4)}catch(u){k(i(u&&u.code?"error."+u.code:"error.internal"),{kind:"error"})}finally{a(!1)}},m=s.data;return c`<section class="card console-leads" aria-labelledby="leads-title">
    <div class="section-head">
      <h2 id="leads-title" tabindex="-1">${i("console.leads")}</h2>
      <button type="button" onClick=${d} disabled=${n}>${i("console.leads.csv")}</button>
    </div>
    ${s.error?c`<${W} error=${s.error} retry=${s.reload} />`:m?m.items.length===0?c`<p class="muted">${i("console.leads.none")}</p>`:c`<p class="muted">${i("console.leads.count",{count:m.total})}</p>
              <div class="table-wrap">
                <table class="leads">
                  <thead>
                    <tr>
                      <th scope="col">${i("console.leads.name")}</th>
                      <th scope="col">${i("console.leads.email")}</th>
                      <th scope="col">${i("console.leads.from")}</th>
                      <th scope="col">${i("console.leads.note")}</th>
                      <th scope="col">${i("console.leads.at")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${m.items.map(u=>{let h=u.contact||{},p=[h.organisation,h.country&&Pe(h.country),(h.languages||[]).map(ke).join(", ")].filter(Boolean).join(" · ");return c`<tr key=${u.person_id} data-person-id=${u.person_id}>
                        <td data-label=${i("console.leads.name")}><a href=${"/people/"+encodeURIComponent(u.person_id)}>${h.name}</a></td>
                        <td data-label=${i("console.leads.email")}><a href=${"mailto:"+h.email}>${h.email}</a></td>
                        <td data-label=${i("console.leads.from")}>${p}</td>
                        <td data-label=${i("console.leads.note")} dir="auto">${u.note||""}</td>
                        <td data-label=${i("console.leads.at")}>${P(u.consented_at,l,{dateStyle:"medium",timeStyle:"short"})}</td>
                      </tr>`})}
                  </tbody>
                </table>
              </div>
              ${m.total>ut&&c`<div class="pager">
                <button type="button" disabled=${t===0} onClick=${()=>o(Math.max(0,t-ut))}>${i("console.leads.previous")}</button>
                <span>${i("console.leads.page",{from:t+1,to:Math.min(t+ut,m.total),total:m.total})}</span>
                <button type="button" disabled=${t+ut>=m.total} onClick=${()=>o(t+ut)}>${i("console.leads.next")}</button>
              </div>`}`:c`<${U} />`}
  </section>`}function Dl(e){return"booth-"+String(e||"").replace(/^org-/,"")}function Ul(e){let t=e.target.closest('a[href^="#"]'),o=t&&document.getElementById(t.getAttribute("href").slice(1));o&&(e.preventDefault(),o.focus())}function Fl({booth:e,me:t}){let o=lt("staff:"+e.organisation_id),{view:n,messages:a}=Ho("booth:"+e.id),r=t.role==="staff"&&t.organisation_id===e.organisation_id,s=n.members.value.some(l=>l.id===t.id);return c`<div class="console">
    <p class=${"notice staffed"+(s?" notice-ok":"")} role="status">
      ${s?r?i("console.staffed"):i("console.watching"):i("console.joining")}
    </p>
    <nav class="console-nav" aria-label=${i("console.sections")} onClick=${Ul}>
      <ul>
        <li><a href="#queue-title">${i("console.queue")}</a></li>
        <li><a href="#visitors-title">${i("console.visitors")}</a></li>
        <li><a href="#chat-title">${i("console.chat")}</a></li>
        <li><a href="#slots-title">${i("console.slots")}</a></li>
        <li><a href="#leads-title">${i("console.leads")}</a></li>
      </ul>
    </nav>
    <div class="console-grid">
      <div class="console-main">
        <${Yr} booth=${e.id} staffRoom=${o} mayAnswer=${r} />
        <${Jr} booth=${e} boothRoom=${n} messages=${a} />
      </div>
      <div class="console-side">
        <${Xr} boothRoom=${n} organisationId=${e.organisation_id} />
      </div>
    </div>
    <${ea} booth=${e} me=${t} staffNow=${n.members.value.filter(l=>l.role==="staff"&&l.organisation_id===e.organisation_id)} />
    <${ta} booth=${e} />
  </div>`}function Gl({booths:e,value:t}){return c`<div class="field console-picker">
    <label for="console-booth">${i("console.pick")}</label>
    <select id="console-booth" value=${t||""} aria-busy=${e?void 0:"true"} onChange=${o=>Ne({booth:o.currentTarget.value||null})}>
      <option value="">${i("console.pick_none")}</option>
      ${(e||[]).map(o=>c`<option key=${o.id} value=${o.id}>${o.title}</option>`)}
    </select>
  </div>`}function oa(){let e=N.value,t=e.role==="secretariat",o=t?new URLSearchParams(ne.value).get("booth"):e.organisation_id?Dl(e.organisation_id):null,n=I(()=>t?B("/api/booths?limit=100"):Promise.resolve(null),[t]),a=I(()=>o?B("/api/booths/"+encodeURIComponent(o)):Promise.resolve(null),[o]),r;return!t&&!o?r=c`<p class="notice">${i("console.no_booth")}</p>`:a.error?r=a.error.code==="not_found"?c`<p class="notice">${i("console.no_booth")}</p>`:c`<${W} error=${a.error} retry=${a.reload} />`:a.loading&&!a.data?r=o?c`<${U} />`:null:a.data&&a.data.id===o?r=c`<h2 class="console-booth"><a href=${"/booths/"+encodeURIComponent(a.data.id)}>${a.data.title}</a></h2>
      <${Fl} key=${a.data.id} booth=${a.data} me=${e} />`:o||(r=c`<p class="muted">${i("console.pick_hint")}</p>`),c`<${O} title=${i("console.title")} wide>
    ${t&&c`<${Gl} booths=${n.data?.items} value=${o} />`}
    ${r}
  <//>`}var ql=0;function na({id:e}){let t=N.value,{view:o,messages:n}=Ho("talk:"+e),[a,r]=v(""),[s,l]=v(""),d=T(null);x(()=>{let p=d.current;p&&(p.scrollTop=p.scrollHeight)},[n.length]);let m=o.refused.value,u=async p=>{p.preventDefault();let f=a.trim();if(f){l("");try{await o.send(f,`talk-${Date.now().toString(36)}-${++ql}`),r("")}catch(g){l(i(g&&g.code?"error."+g.code:"error.internal"))}}};if(m)return c`<${O} title=${i("talk.title")}><p class="notice">${i("talk.refused")}</p><//>`;let h=o.members.value;return c`<${O} title=${i("talk.title")} wide>
    <div class="talk-grid">
      <section class="card" aria-labelledby="talk-people">
        <h2 id="talk-people">${i("talk.here")}</h2>
        <ul class="people-list talk-members">
          ${h.map(p=>c`<li key=${p.id} data-person-id=${p.id}>
              <${q} id=${p.id} name=${p.name} photo=${p.photo_url} />
              <a href=${"/people/"+encodeURIComponent(p.id)}>${p.name}</a>
            </li>`)}
        </ul>
      </section>
      <section class="card talk-chat" aria-labelledby="talk-chat-title">
        <h2 id="talk-chat-title">${i("talk.chat")}</h2>
        <ol class="chat-list talk-messages" ref=${d} tabindex="0" aria-label=${i("talk.chat")}>
          ${n.map(p=>c`<li key=${p.seq} data-seq=${p.seq}>
              <p class="chat-meta"><strong>${p.from.name}</strong> <time datetime=${p.at}>${P(p.at,t?.time_zone,{timeStyle:"short"})}</time></p>
              <p class="chat-text" dir="auto">${p.deleted?i("console.chat.was_removed"):p.text}</p>
            </li>`)}
        </ol>
        <form class="send-form" onSubmit=${u}>
          <label for="talk-text" class="visually-hidden">${i("talk.message")}</label>
          <input id="talk-text" dir="auto" maxLength="2000" value=${a} placeholder=${i("talk.message")} onInput=${p=>r(p.currentTarget.value)} aria-describedby=${s?"talk-error":void 0} />
          <button type="submit" class="primary">${i("talk.send")}</button>
        </form>
        <p id="talk-error" class="field-error" role="alert">${s}</p>
      </section>
    </div>
  <//>`}var Vl=[{path:"/",page:fr,who:"in"},{path:"/signin",page:ur,who:"out"},{path:"/register",page:br,who:"out"},{path:"/invite/:id",page:_r,who:"any"},{path:"/me",page:kr,who:"in"},{path:"/people",page:Er,who:"in"},{path:"/people/:id",page:Cr,who:"in"},{path:"/village",page:Br,who:"in"},{path:"/booths/:id",page:Or,who:"in"},{path:"/organisations",page:zr,who:"in",role:"secretariat"},{path:"/invitations",page:Dr,who:"in",role:"secretariat"},{path:"/console",page:oa,who:"in",role:["staff","secretariat"]},{path:"/talk/:id",page:na,who:"in"}];function jl(e){for(let t of Vl){let o=ar(t.path,e);if(o)return{route:t,params:o}}return{route:{page:An,who:"any"},params:{}}}function Cn(){let e=new URLSearchParams(ne.value).get("next");return e&&e.startsWith("/")&&!e.startsWith("//")?e:"/"}function ia(){let e=Te.value,t=K.value,o=N.value,{route:n,params:a}=jl(e),r=T(!0),s=T(!1);t==="in"&&(s.current=!0);let l=null;t==="out"&&n.who==="in"?l="/signin"+(e==="/"||s.current?"":"?next="+encodeURIComponent(e+ne.value)):t==="in"&&n.who==="out"&&(l=Cn()),x(()=>{l&&_e(l,{replace:!0})},[l]),x(()=>{if(r.current){r.current=!1;return}requestAnimationFrame(()=>document.querySelector("main h1")?.focus())},[e]);let d;return t==="loading"||l?d=c`<${U} />`:n.role&&o&&![n.role].flat().includes(o.role)?d=c`<${An} />`:d=c`<${n.page} ...${a} />`,c`<${cr} />
    <main id="main" tabindex="-1">${d}</main>
    <footer class="site-footer"><div class="frame"><p>${i("footer.text")}</p></div></footer>
    <${dr} />`}async function Wl(){await Promise.allSettled([Je(no()),Yi()]);let e=N.peek();if(e&&!to()){oo(e.languages||[]);let o=no(e.languages||[]);o!==j.peek()&&await Je(o).catch(()=>{})}ue(()=>{let o=N.value;o&&!to()?(oo(o.languages||[]),Je(no(o.languages||[]))):!o&&Ke.peek()==="user"&&oo([])}),ue(()=>{let o=Ke.value;o==="expired"||o==="gone"?Ie(()=>k(i("error.unauthenticated"),{kind:"error",timeout:0})):o==="unreachable"&&Ie(()=>k(i("error.session_unreachable"),{kind:"error",timeout:0}))}),rr(o=>{let n=o?.from?.name||"",a="toast.direct."+o.kind,r=i(a,{name:n});k(r===a?i("toast.direct",{name:n}):r)});let t=document.getElementById("app");t.textContent="",Uo(c`<${ia} />`,t)}Wl();
