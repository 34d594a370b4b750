var U,ei,Oo,Pe,zo,Ot,ti,zt,oi,Uo,Do,Da,pt=Symbol.for("pv"),Ut={},Ft=[],Oa=/^m(i|n|o|s|text|space)$/,Fo=Array.isArray,qo=Ft.slice,Ge=Object.assign;function qe(e){e&&e.parentNode&&e.remove()}function gt(e,t,o){var n,a,r,s={},c=arguments.length;for(r in t)r=="key"?n=t[r]:r=="ref"&&typeof e!="function"?a=t[r]:s[r]=t[r];return c>2&&(s.children=c>3?qo.call(arguments,2):o),ht(e,s,n,a,null)}function ht(e,t,o,n,a){var r={type:e,props:t,key:o,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:pt,__v:a||++ei,__i:-1,__u:0};return!a&&U.vnode&&U.vnode(r),r}function Ve(e){return e.children}function je(e,t){this.props=e,this.context=t,this.__g=0}function Be(e,t){if(t==null)return e.__&&Be(e.__,e.__i+1);for(var o;t<e.__k.length;t++)if((o=e.__k[t])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:Be(e)}function Ua(e){var t,o=e.__v,n=o.__e,a=[],r=[],s=e.__P;s&&((t=Ge({constructor:pt},o)).__v=o.__v+1,U.vnode&&U.vnode(t),Go(s,t,o,e.__n,s.namespaceURI,32&o.__u?[n]:null,a,n||Be(o),32&o.__u,r),t.__v=o.__v,t.__.__k[t.__i]=t,li(a,t,r),o.__=o.__e=null,t.__e!=n&&ni(t))}function ni(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),ni(e)}function Kn(e){(8&e.__g||(e.__g|=8,Pe.push(e),Ot++))&&zo==U.debounceRendering||((zo=U.debounceRendering)||queueMicrotask)(ii)}function ii(){try{for(var e,t=1;Pe.length;)Pe.length>t&&Pe.sort(ti),e=Pe.shift(),t=Pe.length,8&e.__g&&Ua(e)}finally{(Ot=Pe.length)&&(zo||queueMicrotask)(ii)}}function ri(e,t,o,n,a,r,s,c,d,m,u){var p,h,f,g,b,k,v=n.__k||Ft,$=t.length;for(d=Fa(o,t,v,d,$),p=0;p<$;p++)(f=o.__k[p])!=null&&(h=~f.__i&&v[f.__i]||Ut,f.__i=p,k=Go(e,f,h,a,r,s,c,d,m,u),g=f.__e,(h.ref!=f.ref||8&h.__u)&&(h.ref&&jo(h.ref,null,f,h),f.ref&&u.push(f.ref,f.__c||g,f)),b=b||g,4&f.__u?(d=ai(f,d,e,!h.__v),h.__e&&(h.__e=null)):typeof f.type=="function"&&k!==void 0?d=k:g&&(d=g.nextSibling),f.__u&=-21);return o.__e=b,d}function Fa(e,t,o,n,a){var r,s,c,d,m,u,p,h,f,g=o.length,b=g,k=0,v=0,$=e.__k=Array(a);for(r=0;r<a;r++)(s=t[r])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=$[r]=ht(null,s):Fo(s)?s=$[r]=ht(Ve,{children:s}):s.constructor===pt&&s.__b?s=$[r]=ht(s.type,s.props,s.key,s.ref,s.__v):$[r]=s,d=r+k,s.__=e,s.__b=e.__b+1,c=null,~(m=s.__i=qa(s,o,d,b))&&(b--,(c=o[m])&&(c.__u|=2)),c&&c.__v?(s.__u|=16,m==d-1?k--:m==d+1?k++:m!=d&&(m>d?k--:k++,v=1)):(~m||(a>g?k--:a<g&&k++),typeof s.type!="function"&&(s.__u|=4))):$[r]=null;if(v){for(u=[],p=[],r=0;r<a;r++)if((s=$[r])&&16&s.__u){for(k=0,h=u.length;k<h;)u[f=k+h>>1]<s.__i?k=f+1:h=f;u[k]=s.__i,p[r]=k+1}for(k=u.length;r--;)p[r]&&(p[r]==k?k--:$[r].__u|=4)}if(b)for(r=0;r<g;r++)!(c=o[r])||2&c.__u||(c.__e==n&&(n=Be(c)),Vo(c,c));return n}function ai(e,t,o,n){var a,r,s,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(a=e.__k)for(r=0;r<a.length;r++)a[r]&&(a[r].__=e,t=ai(a[r],t,o,!1));return t}for(t&&!t.parentNode&&(t=Be(e))&&!t.parentNode&&(t=null),s=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(s!=c&&(!n&&o.moveBefore&&s.parentNode?o.moveBefore(s,t):o.insertBefore(s,t||null)),t=s;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function qa(e,t,o,n){var a,r=e.key,s=e.type,c=t[o],d=c&&!(2&c.__u);if(c===null&&r==null||d&&r==c.key&&s==c.type)return o;if(n>(d?1:0)){for(a=o-1;a>=0;a--)if((c=t[a])&&!(2&c.__u)&&r==c.key&&s==c.type)return a;for(a=o+1;a<t.length;a++)if((c=t[a])&&!(2&c.__u)&&r==c.key&&s==c.type)return a}return-1}function Qn(e,t,o){o==null&&(o=""),t[0]=="-"?e.setProperty(t,o):e[t]=o}function Rt(e,t,o,n,a){var r,s;if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)o&&t in o||Qn(e.style,t);if(o)for(t in o)n&&o[t]==n[t]||Qn(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")typeof o!="function"&&(o=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=o,o&&n||(s=Do[t]||(Do[t]=Ga(t)),(e.__a||(e.__a={}))[t]=Uo,r=t!=(t=t.replace(oi,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),o?e.addEventListener(t,s,r):e.removeEventListener(t,s,r));else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o)}}function Ga(e){return function(t){var o=this.__e;if(o){if(o=o[e],t[zt]==null)t[zt]=Uo++;else if(t[zt]<this.__a[e])return;return o(U.event?U.event(t):t)}}}function Go(e,t,o,n,a,r,s,c,d,m){var u,p,h,f,g,b,k,v,$,_,C,w,j,B,O,se,T,le,ce=t.type;if(t.constructor!==pt)return null;128&o.__u&&(d=32&o.__u,u=o.__c.__z)&&(t.__u|=d,p=r=[],u.nodeType==8?c=Dt(u,r):r.push(u),c=r[0]||c),(u=U.__b)&&u(t);e:if(typeof ce=="function"){h=s.length;try{if(v=t.props,$=(u=ce.prototype)&&u.render,_=(u=ce.contextType)&&n[u.__c],C=u?_?_.props.value:u.__:n,(f=o.__c)?(t.__c=f,2&f.__g&&(f.__g|=1)):($?t.__c=f=new ce(v,C):(t.__c=f=new je(v,C),f.constructor=ce,f.render=Va),_&&_.sub(f),f.state||(f.state={}),f.__n=n,f.__g|=8,f.__h=[],f.__k=[]),$&&(f.__s||(f.__s=f.state),ce.getDerivedStateFromProps&&(f.__s==f.state&&(f.__s=Ge({},f.__s)),Ge(f.__s,ce.getDerivedStateFromProps(v,f.__s)))),g=f.props,b=f.state,f.__v=t,o.__c){if(v!==g&&$&&!ce.getDerivedStateFromProps&&f.componentWillReceiveProps&&f.componentWillReceiveProps(v,C),t.__v==o.__v&&!(8&f.__g)||!(4&f.__g)&&f.shouldComponentUpdate&&f.shouldComponentUpdate(v,f.__s,C)===!1){t.__v!=o.__v&&(f.props=v,f.state=f.__s,f.__g&=-9),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(ue){ue&&(ue.__=t)}),Ft.push.apply(f.__h,f.__k),f.__k=[],f.__h.length&&s.push(f),c=Be(o);break e}f.componentWillUpdate&&f.componentWillUpdate(v,f.__s,C),$&&f.componentDidUpdate&&f.__h.push(function(){f.componentDidUpdate(g,b,k)})}else $&&!ce.getDerivedStateFromProps&&f.componentWillMount&&f.componentWillMount(),$&&f.componentDidMount&&f.__h.push(f.componentDidMount);f.context=C,f.props=v,f.__P=e,f.__g&=-5,w=U.__r,j=$?25:0;do f.__g&=-9,w&&w(t),u=f.render(f.props,f.state=f.__s,f.context);while(8&f.__g&&++j<25);$&&(Ft.push.apply(f.__h,f.__k),f.__k=[]),f.state=f.__s,f.getChildContext&&(n=Ge({},n,f.getChildContext())),$&&o.__c&&f.getSnapshotBeforeUpdate&&(k=f.getSnapshotBeforeUpdate(g,b)),B=u&&u.type===Ve&&u.key==null?u.props.children:u,v.__P&&(u=c,a=(e=v.__P).namespaceURI,d=r=null,o.props&&o.props.__P!=e&&(o.__k.some(function(ue){ue&&Vo(ue,ue)}),o.__k=null),c=o.__k?Be(o,0):null),c=ri(e,Fo(B)?B:[B],t,o,n,a,r,s,c,d,m),v.__P&&(t.__e=null,c=u),t.__u&=-161,p&&p.some(qe),f.__h.length&&s.push(f),1&f.__g&&(f.__g&=-4)}catch(ue){if(s.length=h,t.__v=null,d||r)if(ue&&ue.then){if(t.__u|=128|d,r){for(~(T=r.indexOf(c||void 0))||(T=r.length);(le=r[T-1])&&le.nodeType==8;)T--;for(;T<r.length;T++)if(le=r[T])if(r[T]=null,O){if(le==se)break}else{if(le.nodeType!=8)break;le.data.startsWith("$s")&&(se=Dt(O=le))}}if(!O){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;O=c}(u=Dt(O=t.__c.__z||(t.__c.__z=O)))?(t.__e=O,c=u):t.__e=c,c=c&&c.nextSibling}else r&&r.some(qe);else t.__e=o.__e;t.__k||(t.__k=o.__k||[]),ue&&ue.then||si(t),U.__e(ue,t,o)}}else c=t.__e=ja(o.__e,t,o,n,a,r,s,d,m,e);return(u=U.diffed)&&u(t),c}function Dt(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}t&&t.push(e)}}function si(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(si))}function li(e,t,o){for(var n=0;n<o.length;)jo(o[n++],o[n++],o[n++]);U.__c&&U.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(r){r.call(a)})}catch(r){U.__e(r,a.__v)}})}function ja(e,t,o,n,a,r,s,c,d,m){var u,p,h,f,g,b,k,v,$=o.props||Ut,_=t.props,C=t.type;if(C=="svg"?a="http://www.w3.org/2000/svg":C=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),r){for(u=0;u<r.length;u++)if((g=r[u])&&(C?g.localName==C:g.nodeType==3)){e=g,r[u]=null;break}}if(!e){if(v=m.ownerDocument||document,!C)return v.createTextNode(_);e=v.createElementNS(a,C,_.is?_:m),c&&(U.__m&&U.__m(t,r),c=!1),r=null}if(C){if(m=C=="template"&&e.content||e,r=C=="textarea"&&_.defaultValue!=null?null:r&&qo.call(m.childNodes),!c&&r)for($={},u=0;u<e.attributes.length;u++)$[(g=e.attributes[u]).name]=g.value;for(u in $)g=$[u],u=="dangerouslySetInnerHTML"?h=g:u=="children"||u in _||u=="value"&&"defaultValue"in _||u=="checked"&&"defaultChecked"in _||Rt(e,u,null,g,a);for(u in _)g=_[u],u=="children"?f=g:u=="dangerouslySetInnerHTML"?p=g:u=="value"?b=g:u=="checked"?k=g:c&&typeof g!="function"||$[u]===g||Rt(e,u,g,$[u],a);p?(c||h&&(p.__html==h.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),t.__k=[]):(h&&(e.textContent=""),(C=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Oa.test(C))&&(a="http://www.w3.org/1999/xhtml"),ri(m,Fo(f)?f:[f],t,o,n,a,r,s,r?r[0]:o.__k&&Be(o,0),c,d),r&&r.some(qe)),c&&C!="textarea"||(u="value",C=="progress"&&b==null?e.removeAttribute(u):b==null||b===e[u]&&(C!="progress"||b)||Rt(e,u,b,$[u],a),u="checked",k!=null&&k!=e[u]&&Rt(e,u,k,$[u],a))}else $===_||c&&e.data==_||(e.data=_);return e}function jo(e,t,o,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(a){U.__e(a,o)}}function Vo(e,t,o){var n,a,r,s;if(U.unmount&&U.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||jo(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(c){U.__e(c,t)}n.__P=n.__n=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&Vo(n[s],t,typeof e.type!="function"||o&&!e.props.__P);!o&&(n=e.__c)&&(n=n.__z)&&(a=Dt(n,r=[]))&&(n==e.__e&&r.some(qe),qe(a),qe(n)),o||qe(e.__e),e.__e=e.__c=e.__=null}function Va(e,t,o){return this.constructor(e,o)}function Wo(e,t){var o,n,a,r;U.__&&U.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(o=e&&32&e.__u)?null:t.__k,t.__k=ht(Ve,{children:[e]}),a=[],r=[],Go(t,t.__k,n||Ut,Ut,t.namespaceURI,n?null:t.firstChild?qo.call(t.childNodes):null,a,n?n.__e:t.firstChild,o,r),li(a,t.__k,r),t.__k.props.children=null}U={__e:function(e,t,o,n){for(var a,r,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(r=a.constructor)&&r.getDerivedStateFromError)&&a.setState(r.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,n||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(c){e=c}}throw Ot=0,e}},ei=0,Oo=function(e){return e!=null&&e.constructor===pt},je.prototype.setState=function(e,t){var o=this.__s;o&&o!=this.state||(o=this.__s=Ge({},this.state)),typeof e=="function"&&(e=e(Ge({},o),this.props)),e&&(Ge(o,e),this.__v&&(t&&this.__k.push(t),Kn(this)))},je.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Kn(this))},je.prototype.render=Ve,Pe=[],Ot=0,ti=function(e,t){return e.__v.__b-t.__v.__b},zt=Symbol(),oi=/(PointerCapture)$|Capture$/i,Uo=0,Do={},Da=0;var di=function(e,t,o,n){var a;t[0]=0;for(var r=1;r<t.length;r++){var s=t[r++],c=t[r]?(t[0]|=s?1:2,o[t[r++]]):t[++r];s===3?n[0]=c:s===4?n[1]=Object.assign(n[1]||{},c):s===5?(n[1]=n[1]||{})[t[++r]]=c:s===6?n[1][t[++r]]+=c+"":s?(a=e.apply(c,di(e,c,o,["",null])),n.push(a),c[0]?t[0]|=2:(t[r-2]=0,t[r]=a)):n.push(c)}return n},ci=new Map;function ui(e){var t=ci.get(this);return t||(t=new Map,ci.set(this,t)),(t=di(this,t.get(e)||(t.set(e,t=(function(o){for(var n,a,r=1,s="",c="",d=[0],m=function(h){r===1&&(h||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,h,s):r===3&&(h||s)?(d.push(3,h,s),r=2):r===2&&s==="..."&&h?d.push(4,h,0):r===2&&s&&!h?d.push(5,0,!0,s):r>=5&&((s||!h&&r===5)&&(d.push(r,0,s,a),r=6),h&&(d.push(r,h,0,a),r=6)),s=""},u=0;u<o.length;u++){u&&(r===1&&m(),m(u));for(var p=0;p<o[u].length;p++)n=o[u][p],r===1?n==="<"?(m(),d=[d],r=3):s+=n:r===4?s==="--"&&n===">"?(r=1,s=""):s=n+s[0]:c?n===c?c="":s+=n:n==='"'||n==="'"?c=n:n===">"?(m(),r=1):r&&(n==="="?(r=5,a=s,s=""):n==="/"&&(r<5||o[u][p+1]===">")?(m(),r===3&&(d=d[0]),r=d,(d=d[0]).push(2,0,r),r=0):n===" "||n==="	"||n===`
`||n==="\r"?(m(),r=2):s+=n),r===3&&s==="!--"&&(r=4,d=d[0])}return m(),d})(e)),t),arguments,[])).length>1?t:t[0]}var l=ui.bind(gt);var Xe,J,Yo,mi,Zo=Object.is,qt=0,_i=[],Xo=[],Z=U,fi=Z.__b,hi=Z.__r,pi=Z.diffed,gi=Z.__c,bi=Z.unmount,yi=Z.__;function Gt(e,t){Z.__h&&Z.__h(J,e,qt||t),qt=0;var o=J.__H||(J.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function y(e){return qt=1,Wa(wi,e)}function Wa(e,t,o){var n=Gt(Xe++,2);if(n.t=e,!n.__c&&(n.__=[o?o(t):wi(void 0,t),function(r){var s=(n.__N||n.__)[0],c=n.t(s,r);Zo(s,c)||(n.__N=[c,n.__[1]],n.__c.setState({}))}],n.__c=J,!J.__f)){J.__f=!0;var a=J.shouldComponentUpdate;J.shouldComponentUpdate=function(r,s,c){var d=this.__H;if(!d)return!0;var m=!1,u=this.props!=r;if(d.__.some(function(h){h.__N&&(m=!0,Zo(h.__[0],h.__N[0])||(u=!0))}),a){var p=a.call(this,r,s,c);return m?p||u:p}return!m||u}}return n.__}function S(e,t){var o=Gt(Xe++,3);!Z.__s&&Ko(o.__H,t)&&(o.__P=!0,o.__=e,o.u=t,J.__H.__h.push(o))}function ki(e,t){var o=Gt(Xe++,4);!Z.__s&&Ko(o.__H,t)&&(o.__P=!1,o.__=e,o.u=t,J.__h.push(o))}function H(e){return qt=5,jt(function(){return{current:e}},[])}function jt(e,t){var o=Gt(Xe++,7);return Ko(o.__H,t)&&(o.__=e(),o.__H=t),o.__}function Ya(){var e;do{for(;e=Xo.shift();)try{bt(e)}catch(o){Z.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=_i.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(bt),t.__h.some(Jo),t.__h=[]}catch(o){t.__h=[],Z.__e(o,e.__v)}}}while(Xo.length)}Z.__b=function(e){J=null,fi&&fi(e)},Z.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),yi&&yi(e,t)},Z.__r=function(e){hi&&hi(e),Xe=0;var t=(J=e.__c).__H;t&&(Yo==J?J.__h=[]:(t.__h.some(bt),t.__h.some(Jo),Xe=0),t.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),Yo=J},Z.diffed=function(e){pi&&pi(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&vi(_i.push(t)),t.__H.__.some(function(o){o.u&&(o.__H=o.u)})),Yo=J=null},Z.__c=function(e,t){t.some(function(o){try{o.__h.some(bt),o.__h=o.__h.filter(function(n){return!n.__||Jo(n)})}catch(n){o.__h=[function(){throw n}]}}),gi&&gi(e,t)},Z.unmount=function(e){bi&&bi(e);var t,o,n=e.__c;n&&n.__H&&(n.__H.__.some(function(a){try{if(a.__P&&a.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}a.__P=o,vi(Xo.push(a))}else bt(a)}catch(r){t=r}}),n.__H=void 0,t&&Z.__e(t,n.__v))};var $i=typeof requestAnimationFrame=="function";function Za(e){var t,o=function(){clearTimeout(n),$i&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(o,35);$i&&(t=requestAnimationFrame(o))}function vi(e){e!=1&&mi==Z.requestAnimationFrame||((mi=Z.requestAnimationFrame)||Za)(Ya)}function bt(e){var t=J,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),J=t}function Jo(e){var t=J;e.__c=e.__(),J=t}function Ko(e,t){return!e||e.length!=t.length||t.some(function(o,n){return!Zo(o,e[n])})}function wi(e,t){return typeof t=="function"?t(e):t}var Xa=Symbol.for("preact-signals");function Zt(){if(Ce>1)Ce--;else{var e,t=!1;for((function(){var a=Wt;for(Wt=void 0;a!==void 0;){var r=a.S;if(r.v===a.v)for(var s=r.t;s!==void 0;s=s.x)s.i===a.i&&(s.i=r.i);a=a.o}})();$t!==void 0;){var o=$t;for($t=void 0,Vt++;o!==void 0;){var n=o.u;if(o.u=void 0,o.f&=-3,!(8&o.f)&&Si(o))try{o.c()}catch(a){t||(e=a,t=!0)}o=n}}if(Vt=0,Ce--,t)throw e}}function en(e){if(Ce>0)return e();Qo=++Ja,Ce++;try{return e()}finally{Zt()}}var yt,Y=void 0;function ke(e){var t=Y,o=yt;Y=void 0,yt=void 0;try{return e()}finally{Y=t,yt=o}}var $t=void 0,Ce=0,Vt=0,Ja=0,Qo=0,Wt=void 0,Yt=0;function xi(e){if(Y!==void 0){var t=e.n;if(t===void 0||t.t!==Y)return t={i:0,S:e,p:Y.s,n:void 0,t:Y,e:void 0,x:void 0,r:t},Y.s!==void 0&&(Y.s.n=t),Y.s=t,e.n=t,32&Y.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=Y.s,t.n=void 0,Y.s.n=t,Y.s=t),t}}function K(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}K.prototype.brand=Xa;K.prototype.h=function(){return!0};K.prototype.S=function(e){var t=this,o=this.t;o!==e&&e.e===void 0&&(e.x=o,this.t=e,o!==void 0?o.e=e:ke(function(){var n;(n=t.W)==null||n.call(t)}))};K.prototype.U=function(e){var t=this;if(this.t!==void 0){var o=e.e,n=e.x;o!==void 0&&(o.x=n,e.e=void 0),n!==void 0&&(n.e=o,e.x=void 0),e===this.t&&(this.t=n,n===void 0&&ke(function(){var a;(a=t.Z)==null||a.call(t)}))}};K.prototype.subscribe=function(e){var t=this;return me(function(){var o=t.value;ke(function(){return e(o)})},{name:"sub"})};K.prototype.valueOf=function(){return this.value};K.prototype.toString=function(){return this.value+""};K.prototype.toJSON=function(){return this.value};K.prototype.peek=function(){var e=this;return ke(function(){return e.value})};Object.defineProperty(K.prototype,"value",{get:function(){var e=xi(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Vt>100)throw new Error("Cycle detected");(function(o){Ce!==0&&Vt===0&&o.l!==Qo&&(o.l=Qo,Wt={S:o,v:o.v,i:o.i,o:Wt})})(this),this.v=e,this.i++,Yt++,Ce++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Zt()}}}});function z(e,t){return new K(e,t)}function Si(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Ti(e){for(var t=e.s;t!==void 0;t=t.n){var o=t.S.n;if(o!==void 0&&(t.r=o),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Ei(e){for(var t=e.s,o=void 0;t!==void 0;){var n=t.p;t.i===-1?(t.S.U(t),n!==void 0&&(n.n=t.n),t.n!==void 0&&(t.n.p=n)):o=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=n}e.s=o}function We(e,t){K.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Yt-1,this.f=4}We.prototype=new K;We.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Yt))return!0;if(this.g=Yt,this.f|=1,this.i>0&&!Si(this))return this.f&=-2,!0;var e=Y;try{Ti(this),Y=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(o){this.v=o,this.f|=16,this.i++}return Y=e,Ei(this),this.f&=-2,!0};We.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}K.prototype.S.call(this,e)};We.prototype.U=function(e){if(this.t!==void 0&&(K.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};We.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(We.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=xi(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function Je(e,t){return new We(e,t)}function Ci(e){var t=e.j;if(e.j=void 0,typeof t=="function"){Ce++;var o=Y;Y=void 0;try{t()}catch(n){throw e.f&=-2,e.f|=8,tn(e),n}finally{Y=o,Zt()}}}function tn(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,Ci(e)}function Ka(e){if(Y!==this)throw new Error("Out-of-order effect");Ei(this),Y=e,this.f&=-2;try{8&this.f&&tn(this)}finally{Zt()}}function Ke(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,yt&&yt.push(this)}Ke.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};Ke.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,Ci(this),Ti(this),Ce++;var e=Y;return Y=this,Ka.bind(this,e)};Ke.prototype.N=function(){2&this.f||(this.f|=2,this.u=$t,$t=this)};Ke.prototype.d=function(){this.f|=8,1&this.f||tn(this)};Ke.prototype.dispose=function(){this.d()};function me(e,t){var o=new Ke(e,t);try{o.c()}catch(a){throw o.d(),a}var n=o.d.bind(o);return n[Symbol.dispose]=n,n}var Ii,Jt,Xt,Qa=typeof window<"u"&&!!window.__PREACT_SIGNALS_DEVTOOLS__;var Ai=[];me(function(){Ii=this.N})();function Qe(e,t){U[e]=t.bind(null,U[e]||function(){})}function vt(e){if(Xt){var t=Xt;Xt=void 0,t()}Xt=e&&e.S()}function Hi(e){var t=this,o=e.data,n=ts(o);n.name="ReactiveDom",n.value=o;var a=jt(function(){for(var c=t,d=t.__v;d=d.__;)if(d.__c){d.__c.__$f|=4;break}var m=Je(function(){var f=n.value.value;return f===0?0:f===!0?"":f||""}),u=Je(function(){return!Array.isArray(m.value)&&!Oo(m.value)}),p=me(function(){if(this.N=Pi,u.value){var f=m.value;c.__v&&c.__v.__e&&c.__v.__e.nodeType===3&&(c.__v.__e.data=f)}}),h=t.__$u.d;return t.__$u.d=function(){p(),h.call(this)},[u,m]},[]),r=a[0],s=a[1];return r.value?s.peek():s.value}Hi.displayName="ReactiveTextNode";Object.defineProperties(K.prototype,{constructor:{configurable:!0,value:gt(Ve,null).constructor},type:{configurable:!0,value:Hi},props:{configurable:!0,get:function(){var e=this;return{data:{get value(){return e.value}}}}},__b:{configurable:!0,value:1}});Qe("__b",function(e,t){if(vt(),Jt=void 0,typeof t.type=="string"){var o,n=t.props;for(var a in n)if(a!=="children"){var r=n[a];r instanceof K&&(o||(t.__np=o={}),o[a]=r,n[a]=r.peek())}}e(t)});Qe("__r",function(e,t){if(e(t),t.type!==Ve){vt();var o,n=t.__c;n&&(n.__$f&=-2,(o=n.__$u)===void 0&&(n.__$u=o=(function(a,r){var s;return me(function(){s=this},{name:r}),s.c=a,s})((function(a){return function(){var r;Qa&&((r=this.y)==null||r.call(this)),a.__$f|=1,a.setState({})}})(n),typeof t.type=="function"?t.type.displayName||t.type.name:""))),Jt=n,vt(o)}});Qe("__e",function(e,t,o,n){vt(),Jt=void 0,e(t,o,n)});Qe("diffed",function(e,t){vt(),Jt=void 0;var o;if(typeof t.type=="string"&&(o=t.__e)){var n=t.__np,a=t.props,r=o.U;if(r)for(var s in r){var c=r[s];c===void 0||n&&s in n||(c.d(),r[s]=void 0)}if(n){r||(r={},o.U=r);for(var d in n){var m=r[d],u=n[d];m===void 0?(m=es(o,d,u,a),r[d]=m):m.o(u,a)}}}e(t)});function es(e,t,o,n){var a=t in e&&e.ownerSVGElement===void 0,r=z(o);return{o:function(s,c){r.value=s,n=c},d:me(function(){this.N=Pi;var s=r.value.value;n[t]!==s&&(n[t]=s,a?e[t]=s:s!=null&&(s!==!1||t[4]==="-")?e.setAttribute(t,s):e.removeAttribute(t))})}}Qe("unmount",function(e,t){if(typeof t.type=="string"){var o=t.__e;if(o){var n=o.U;if(n){o.U=void 0;for(var a in n){var r=n[a];r&&r.d()}}}var s=t.__np;if(s){var c=t.props;for(var d in s)c[d]=s[d]}t.__np=void 0}else{var m=t.__c;if(m){m.__$f|=8;var u=m.__$u;u&&(m.__$u=void 0,u.d())}}e(t)});Qe("__h",function(e,t,o,n){n<3&&(t.__$f|=2),e(t,o,n)});je.prototype.shouldComponentUpdate=function(e,t){if(this.__R)return!0;var o=this.__$u,n=o&&o.s!==void 0;for(var a in t)return!0;if(this.__f||typeof this.u=="boolean"&&this.u===!0){var r=2&this.__$f;if(!(n||r||4&this.__$f)||1&this.__$f)return!0}else if(!(n||4&this.__$f)||3&this.__$f)return!0;for(var s in e)if(s!=="__source"&&e[s]!==this.props[s])return!0;for(var c in this.props)if(!(c in e))return!0;return!1};function ts(e,t){return jt(function(){return z(e,t)},[])}var os=function(e){queueMicrotask(function(){queueMicrotask(e)})};function ns(){en(function(){for(var e;e=Ai.shift();)Ii.call(e)})}function Pi(){Ai.push(this)===1&&(U.requestAnimationFrame||os)(ns)}function Kt(e,t){let o=t&&t.cache?t.cache:ds,n=t&&t.serializer?t.serializer:ls;return(t&&t.strategy?t.strategy:rs)(e,{cache:o,serializer:n})}function is(e){return e==null||typeof e=="number"||typeof e=="boolean"}function Bi(e,t,o,n){let a=is(n)?n:o(n),r=t.get(a);return typeof r>"u"&&(r=e.call(this,n),t.set(a,r)),r}function Li(e,t,o){let n=Array.prototype.slice.call(arguments,3),a=o(n),r=t.get(a);return typeof r>"u"&&(r=e.apply(this,n),t.set(a,r)),r}function on(e,t,o,n,a){return o.bind(t,e,n,a)}function rs(e,t){let o=e.length===1?Bi:Li;return on(e,this,o,t.cache.create(),t.serializer)}function as(e,t){return on(e,this,Li,t.cache.create(),t.serializer)}function ss(e,t){return on(e,this,Bi,t.cache.create(),t.serializer)}var ls=function(){return JSON.stringify(arguments)},cs=class{constructor(){this.cache=Object.create(null)}get(e){return this.cache[e]}set(e,t){this.cache[e]=t}},ds={create:function(){return new cs}},Qt={variadic:as,monadic:ss};var us=/(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;function zi(e){let t={};return e.replace(us,o=>{let n=o.length;switch(o[0]){case"G":t.era=n===4?"long":n===5?"narrow":"short";break;case"y":t.year=n===2?"2-digit":"numeric";break;case"Y":case"u":case"U":case"r":throw new RangeError("`Y/u/U/r` (year) patterns are not supported, use `y` instead");case"q":case"Q":throw new RangeError("`q/Q` (quarter) patterns are not supported");case"M":case"L":t.month=["numeric","2-digit","short","long","narrow"][n-1];break;case"w":case"W":throw new RangeError("`w/W` (week) patterns are not supported");case"d":t.day=["numeric","2-digit"][n-1];break;case"D":case"F":case"g":throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");case"E":t.weekday=n===4?"long":n===5?"narrow":"short";break;case"e":if(n<4)throw new RangeError("`e..eee` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][n-3];break;case"c":if(n<4)throw new RangeError("`c..ccc` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][n-3];break;case"a":t.hour12=!0;break;case"b":case"B":throw new RangeError("`b/B` (period) patterns are not supported, use `a` instead");case"h":t.hourCycle="h12",t.hour=["numeric","2-digit"][n-1];break;case"H":t.hourCycle="h23",t.hour=["numeric","2-digit"][n-1];break;case"K":t.hourCycle="h11",t.hour=["numeric","2-digit"][n-1];break;case"k":t.hourCycle="h24",t.hour=["numeric","2-digit"][n-1];break;case"j":case"J":case"C":throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");case"m":t.minute=["numeric","2-digit"][n-1];break;case"s":t.second=["numeric","2-digit"][n-1];break;case"S":case"A":throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");case"z":t.timeZoneName=n<4?"short":"long";break;case"Z":case"O":case"v":case"V":case"X":case"x":throw new RangeError("`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead")}return""}),t}var ms=/[\t-\r \x85\u200E\u200F\u2028\u2029]/i;function Di(e){if(e.length===0)throw new Error("Number skeleton cannot be empty");let t=e.split(ms).filter(n=>n.length>0),o=[];for(let n of t){let a=n.split("/");if(a.length===0)throw new Error("Invalid number skeleton");let[r,...s]=a;for(let c of s)if(c.length===0)throw new Error("Invalid number skeleton");o.push({stem:r,options:s})}return o}function fs(e){return e.replace(/^(.*?)-/,"")}var Ni=/^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g,Oi=/^(@+)?(\+|#+)?[rs]?$/g,hs=/(\*)(0+)|(#+)(0+)|(0+)/g,Ui=/^(0+)$/;function Mi(e){let t={};return e[e.length-1]==="r"?t.roundingPriority="morePrecision":e[e.length-1]==="s"&&(t.roundingPriority="lessPrecision"),e.replace(Oi,function(o,n,a){return typeof a!="string"?(t.minimumSignificantDigits=n.length,t.maximumSignificantDigits=n.length):a==="+"?t.minimumSignificantDigits=n.length:n[0]==="#"?t.maximumSignificantDigits=n.length:(t.minimumSignificantDigits=n.length,t.maximumSignificantDigits=n.length+(typeof a=="string"?a.length:0)),""}),t}function Fi(e){switch(e){case"sign-auto":return{signDisplay:"auto"};case"sign-accounting":case"()":return{currencySign:"accounting"};case"sign-always":case"+!":return{signDisplay:"always"};case"sign-accounting-always":case"()!":return{signDisplay:"always",currencySign:"accounting"};case"sign-except-zero":case"+?":return{signDisplay:"exceptZero"};case"sign-accounting-except-zero":case"()?":return{signDisplay:"exceptZero",currencySign:"accounting"};case"sign-never":case"+_":return{signDisplay:"never"}}}function ps(e){let t;if(e[0]==="E"&&e[1]==="E"?(t={notation:"engineering"},e=e.slice(2)):e[0]==="E"&&(t={notation:"scientific"},e=e.slice(1)),t){let o=e.slice(0,2);if(o==="+!"?(t.signDisplay="always",e=e.slice(2)):o==="+?"&&(t.signDisplay="exceptZero",e=e.slice(2)),!Ui.test(e))throw new Error("Malformed concise eng/scientific notation");t.minimumIntegerDigits=e.length}return t}function Ri(e){let t={},o=Fi(e);return o||t}function qi(e){let t={};for(let o of e){switch(o.stem){case"percent":case"%":t.style="percent";continue;case"%x100":t.style="percent",t.scale=100;continue;case"currency":t.style="currency",t.currency=o.options[0];continue;case"group-off":case",_":t.useGrouping=!1;continue;case"precision-integer":case".":t.maximumFractionDigits=0;continue;case"measure-unit":t.style="unit",t.unit=fs(o.options[0]);continue;case"unit":t.style="unit",t.unit=o.options[0];continue;case"compact-short":case"K":t.notation="compact",t.compactDisplay="short";continue;case"compact-long":case"KK":t.notation="compact",t.compactDisplay="long";continue;case"scientific":t={...t,notation:"scientific",...o.options.reduce((r,s)=>({...r,...Ri(s)}),{})};continue;case"engineering":t={...t,notation:"engineering",...o.options.reduce((r,s)=>({...r,...Ri(s)}),{})};continue;case"notation-simple":t.notation="standard";continue;case"unit-width-narrow":t.currencyDisplay="narrowSymbol",t.unitDisplay="narrow";continue;case"unit-width-short":t.currencyDisplay="code",t.unitDisplay="short";continue;case"unit-width-full-name":t.currencyDisplay="name",t.unitDisplay="long";continue;case"unit-width-iso-code":t.currencyDisplay="symbol";continue;case"scale":t.scale=parseFloat(o.options[0]);continue;case"rounding-mode-floor":t.roundingMode="floor";continue;case"rounding-mode-ceiling":t.roundingMode="ceil";continue;case"rounding-mode-down":t.roundingMode="trunc";continue;case"rounding-mode-up":t.roundingMode="expand";continue;case"rounding-mode-half-even":t.roundingMode="halfEven";continue;case"rounding-mode-half-down":t.roundingMode="halfTrunc";continue;case"rounding-mode-half-up":t.roundingMode="halfExpand";continue;case"integer-width":if(o.options.length>1)throw new RangeError("integer-width stems only accept a single optional option");o.options[0].replace(hs,function(r,s,c,d,m,u){if(s)t.minimumIntegerDigits=c.length;else{if(d&&m)throw new Error("We currently do not support maximum integer digits");if(u)throw new Error("We currently do not support exact integer digits")}return""});continue}if(Ui.test(o.stem)){t.minimumIntegerDigits=o.stem.length;continue}if(Ni.test(o.stem)){if(o.options.length>1)throw new RangeError("Fraction-precision stems only accept a single optional option");o.stem.replace(Ni,function(s,c,d,m,u,p){return d==="*"?t.minimumFractionDigits=c.length:m&&m[0]==="#"?t.maximumFractionDigits=m.length:u&&p?(t.minimumFractionDigits=u.length,t.maximumFractionDigits=u.length+p.length):(t.minimumFractionDigits=c.length,t.maximumFractionDigits=c.length),""});let r=o.options[0];r==="w"?t={...t,trailingZeroDisplay:"stripIfInteger"}:r&&(t={...t,...Mi(r)});continue}if(Oi.test(o.stem)){t={...t,...Mi(o.stem)};continue}let n=Fi(o.stem);n&&(t={...t,...n});let a=ps(o.stem);a&&(t={...t,...a})}return t}var gs=(function(e){return e[e.EXPECT_ARGUMENT_CLOSING_BRACE=1]="EXPECT_ARGUMENT_CLOSING_BRACE",e[e.EMPTY_ARGUMENT=2]="EMPTY_ARGUMENT",e[e.MALFORMED_ARGUMENT=3]="MALFORMED_ARGUMENT",e[e.EXPECT_ARGUMENT_TYPE=4]="EXPECT_ARGUMENT_TYPE",e[e.INVALID_ARGUMENT_TYPE=5]="INVALID_ARGUMENT_TYPE",e[e.EXPECT_ARGUMENT_STYLE=6]="EXPECT_ARGUMENT_STYLE",e[e.INVALID_NUMBER_SKELETON=7]="INVALID_NUMBER_SKELETON",e[e.INVALID_DATE_TIME_SKELETON=8]="INVALID_DATE_TIME_SKELETON",e[e.EXPECT_NUMBER_SKELETON=9]="EXPECT_NUMBER_SKELETON",e[e.EXPECT_DATE_TIME_SKELETON=10]="EXPECT_DATE_TIME_SKELETON",e[e.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE=11]="UNCLOSED_QUOTE_IN_ARGUMENT_STYLE",e[e.EXPECT_SELECT_ARGUMENT_OPTIONS=12]="EXPECT_SELECT_ARGUMENT_OPTIONS",e[e.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE=13]="EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE=14]="INVALID_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR=15]="EXPECT_SELECT_ARGUMENT_SELECTOR",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR=16]="EXPECT_PLURAL_ARGUMENT_SELECTOR",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT=17]="EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT=18]="EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT",e[e.INVALID_PLURAL_ARGUMENT_SELECTOR=19]="INVALID_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_PLURAL_ARGUMENT_SELECTOR=20]="DUPLICATE_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_SELECT_ARGUMENT_SELECTOR=21]="DUPLICATE_SELECT_ARGUMENT_SELECTOR",e[e.MISSING_OTHER_CLAUSE=22]="MISSING_OTHER_CLAUSE",e[e.INVALID_TAG=23]="INVALID_TAG",e[e.INVALID_TAG_NAME=25]="INVALID_TAG_NAME",e[e.UNMATCHED_CLOSING_TAG=26]="UNMATCHED_CLOSING_TAG",e[e.UNCLOSED_TAG=27]="UNCLOSED_TAG",e})({});function an(e){return e.type===0}function Vi(e){return e.type===1}function sn(e){return e.type===2}function ln(e){return e.type===3}function cn(e){return e.type===4}function dn(e){return e.type===5}function un(e){return e.type===6}function Wi(e){return e.type===7}function mn(e){return e.type===8}function fn(e){return!!(e&&typeof e=="object"&&e.type===0)}function eo(e){return!!(e&&typeof e=="object"&&e.type===1)}var Yi=/[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/,bs=/([^\t-\r -\/:-@\[-\^`\{-~\x85\xA0-\xA7\xA9\xAB\xAC\xAE\xB0\xB1\xB6\xBB\xBF\xD7\xF7\u1680\u2000-\u200A\u2010-\u2029\u202F-\u203E\u2041-\u2053\u2055-\u205F\u2190-\u245F\u2500-\u2775\u2794-\u2BFF\u2E00-\u2E7F\u3000-\u3003\u3008-\u3020\u3030\uFD3E\uFD3F\uFE45\uFE46]*)/g,_t={"001":["H","h"],419:["h","H","hB","hb"],AC:["H","h","hb","hB"],AD:["H","hB"],AE:["h","hB","hb","H"],AF:["H","hb","hB","h"],AG:["h","hb","H","hB"],AI:["H","h","hb","hB"],AL:["h","H","hB"],AM:["H","hB"],AO:["H","hB"],AR:["H","h","hB","hb"],AS:["h","H"],AT:["H","hB"],AU:["h","hb","H","hB"],AW:["H","hB"],AX:["H"],AZ:["H","hB","h"],BA:["H","hB","h"],BB:["h","hb","H","hB"],BD:["h","hB","H"],BE:["H","hB"],BF:["H","hB"],BG:["H","hB","h"],BH:["h","hB","hb","H"],BI:["H","h"],BJ:["H","hB"],BL:["H","hB"],BM:["h","hb","H","hB"],BN:["hb","hB","h","H"],BO:["h","H","hB","hb"],BQ:["H"],BR:["H","hB"],BS:["h","hb","H","hB"],BT:["h","H"],BW:["H","h","hb","hB"],BY:["H","h"],BZ:["H","h","hb","hB"],CA:["h","hb","H","hB"],CC:["H","h","hb","hB"],CD:["hB","H"],CF:["H","h","hB"],CG:["H","hB"],CH:["H","hB","h"],CI:["H","hB"],CK:["H","h","hb","hB"],CL:["H","h","hB","hb"],CM:["H","h","hB"],CN:["H","hB","hb","h"],CO:["h","H","hB","hb"],CP:["H"],CR:["h","H","hB","hb"],CU:["h","H","hB","hb"],CV:["H","hB"],CW:["H","hB"],CX:["H","h","hb","hB"],CY:["h","H","hb","hB"],CZ:["H"],DE:["H","hB"],DG:["H","h","hb","hB"],DJ:["h","H"],DK:["H"],DM:["h","hb","H","hB"],DO:["h","H","hB","hb"],DZ:["h","hB","hb","H"],EA:["H","h","hB","hb"],EC:["h","H","hB","hb"],EE:["H","hB"],EG:["h","hB","hb","H"],EH:["h","hB","hb","H"],ER:["h","H"],ES:["H","hB","h","hb"],ET:["hB","hb","h","H"],FI:["H"],FJ:["h","hb","H","hB"],FK:["H","h","hb","hB"],FM:["h","hb","H","hB"],FO:["H","h"],FR:["H","hB"],GA:["H","hB"],GB:["H","h","hb","hB"],GD:["h","hb","H","hB"],GE:["H","hB","h"],GF:["H","hB"],GG:["H","h","hb","hB"],GH:["h","H"],GI:["H","h","hb","hB"],GL:["H","h"],GM:["h","hb","H","hB"],GN:["H","hB"],GP:["H","hB"],GQ:["H","hB","h","hb"],GR:["h","H","hb","hB"],GS:["H","h","hb","hB"],GT:["h","H","hB","hb"],GU:["h","hb","H","hB"],GW:["H","hB"],GY:["h","hb","H","hB"],HK:["h","hB","hb","H"],HN:["h","H","hB","hb"],HR:["H","hB"],HT:["H","hB"],HU:["H","h"],IC:["H","h","hB","hb"],ID:["H"],IE:["H","h","hb","hB"],IL:["H","hB"],IM:["H","h","hb","hB"],IN:["h","H"],IO:["H","h","hb","hB"],IQ:["h","hB","hb","H"],IR:["hB","H"],IS:["H"],IT:["H","hB"],JE:["H","h","hb","hB"],JM:["h","hb","H","hB"],JO:["h","hB","hb","H"],JP:["H","K","h"],KE:["hB","hb","H","h"],KG:["H","h","hB","hb"],KH:["hB","h","H","hb"],KI:["h","hb","H","hB"],KM:["H","h","hB","hb"],KN:["h","hb","H","hB"],KP:["h","H","hB","hb"],KR:["h","H","hB","hb"],KW:["h","hB","hb","H"],KY:["h","hb","H","hB"],KZ:["H","hB"],LA:["H","hb","hB","h"],LB:["h","hB","hb","H"],LC:["h","hb","H","hB"],LI:["H","hB","h"],LK:["H","h","hB","hb"],LR:["h","hb","H","hB"],LS:["h","H"],LT:["H","h","hb","hB"],LU:["H","h","hB"],LV:["H","hB","hb","h"],LY:["h","hB","hb","H"],MA:["H","h","hB","hb"],MC:["H","hB"],MD:["H","hB"],ME:["H","hB","h"],MF:["H","hB"],MG:["H","h"],MH:["h","hb","H","hB"],MK:["H","h","hb","hB"],ML:["H"],MM:["hB","hb","H","h"],MN:["H","h","hb","hB"],MO:["h","hB","hb","H"],MP:["h","hb","H","hB"],MQ:["H","hB"],MR:["h","hB","hb","H"],MS:["H","h","hb","hB"],MT:["H","h"],MU:["H","h"],MV:["H","h"],MW:["h","hb","H","hB"],MX:["h","H","hB","hb"],MY:["hb","hB","h","H"],MZ:["H","hB"],NA:["h","H","hB","hb"],NC:["H","hB"],NE:["H"],NF:["H","h","hb","hB"],NG:["H","h","hb","hB"],NI:["h","H","hB","hb"],NL:["H","hB"],NO:["H","h"],NP:["H","h","hB"],NR:["H","h","hb","hB"],NU:["H","h","hb","hB"],NZ:["h","hb","H","hB"],OM:["h","hB","hb","H"],PA:["h","H","hB","hb"],PE:["h","H","hB","hb"],PF:["H","h","hB"],PG:["h","H"],PH:["h","hB","hb","H"],PK:["h","hB","H"],PL:["H","h"],PM:["H","hB"],PN:["H","h","hb","hB"],PR:["h","H","hB","hb"],PS:["h","hB","hb","H"],PT:["H","hB"],PW:["h","H"],PY:["H","h","hB","hb"],QA:["h","hB","hb","H"],RE:["H","hB"],RO:["H","hB"],RS:["H","hB","h"],RU:["H"],RW:["hB","hb","H","h"],SA:["h","hB","hb","H"],SB:["h","hb","H","hB"],SC:["H","h","hB"],SD:["h","hB","hb","H"],SE:["H"],SG:["h","hb","H","hB"],SH:["H","h","hb","hB"],SI:["H","hB"],SJ:["H"],SK:["H"],SL:["h","hb","H","hB"],SM:["H","h","hB"],SN:["H","h","hB"],SO:["h","H"],SR:["H","hB"],SS:["h","hb","H","hB"],ST:["H","hB"],SV:["h","H","hB","hb"],SX:["H","h","hb","hB"],SY:["h","hB","hb","H"],SZ:["h","hb","H","hB"],TA:["H","h","hb","hB"],TC:["h","hb","H","hB"],TD:["h","H","hB"],TF:["H","h","hB"],TG:["H","hB"],TH:["H","h"],TJ:["H","h"],TL:["H","hB","hb","h"],TM:["H","h"],TN:["h","hB","hb","H"],TO:["h","H"],TR:["H","hB"],TT:["h","hb","H","hB"],TW:["hB","hb","h","H"],TZ:["hB","hb","H","h"],UA:["H","hB","h"],UG:["hB","hb","H","h"],UM:["h","hb","H","hB"],US:["h","hb","H","hB"],UY:["H","h","hB","hb"],UZ:["H","hB","h"],VA:["H","h","hB"],VC:["h","hb","H","hB"],VE:["h","H","hB","hb"],VG:["h","hb","H","hB"],VI:["h","hb","H","hB"],VN:["H","h"],VU:["h","H"],WF:["H","hB"],WS:["h","H"],XK:["H","hB","h"],YE:["h","hB","hb","H"],YT:["H","hB"],ZA:["H","h","hb","hB"],ZM:["H","hB"],ZW:["H","h"],"af-ZA":["H","h","hB","hb"],"ar-001":["h","hB","hb","H"],"ca-ES":["H","h","hB"],"en-001":["h","hb","H","hB"],"en-HK":["h","hb","H","hB"],"en-IL":["H","h","hb","hB"],"en-MY":["h","hb","H","hB"],"es-BR":["H","h","hB","hb"],"es-ES":["H","h","hB","hb"],"es-GQ":["H","h","hB","hb"],"fr-CA":["H","h","hB"],"gl-ES":["H","h","hB"],"gu-IN":["hB","hb","h","H"],"hi-IN":["hB","h","H"],"it-CH":["H","h","hB"],"it-IT":["H","h","hB"],"kn-IN":["hB","h","H"],"ku-SY":["H","hB"],"ml-IN":["hB","h","H"],"mr-IN":["hB","hb","h","H"],"pa-IN":["hB","hb","h","H"],"ta-IN":["hB","h","hb","H"],"te-IN":["hB","h","H"],"zu-ZA":["H","hB","hb","h"]};function ys(e,t){let o="";for(let n=0;n<e.length;n++){let a=e.charAt(n);if(a==="j"){let r=0;for(;n+1<e.length&&e.charAt(n+1)===a;)r++,n++;let s=1+(r&1),c=r<2?1:3+(r>>1),d="a",m=$s(t);for((m=="H"||m=="k")&&(c=0);c-- >0;)o+=d;for(;s-- >0;)o=m+o}else a==="J"?o+="H":o+=a}return o}function $s(e){let t=e.hourCycle;if(t===void 0){let a=e;t=a.getHourCycles?.()[0]??a.hourCycles?.[0]}if(t)switch(t){case"h24":return"k";case"h23":return"H";case"h12":return"h";case"h11":return"K";default:throw new Error("Invalid hourCycle")}let o=e.language,n;return o!=="root"&&(n=e.maximize().region),(_t[`${o}-${n}`]||_t[n||""]||_t[o||""]||_t[`${o}-001`]||_t["001"])[0].charAt(0)}var vs=new RegExp(`^${Yi.source}*`),_s=new RegExp(`${Yi.source}*$`);function M(e,t){return{start:e,end:t}}var ks=!!Object.fromEntries,ws=!!String.prototype.trimStart,xs=!!String.prototype.trimEnd,Gi=ks?Object.fromEntries:function(t){let o={};for(let[n,a]of t)o[n]=a;return o},Ss=ws?function(t){return t.trimStart()}:function(t){return t.replace(vs,"")},Ts=xs?function(t){return t.trimEnd()}:function(t){return t.replace(_s,"")},ji=Es();function Es(){try{let e=new RegExp("([^\\p{White_Space}\\p{Pattern_Syntax}]*)","yu");if(e.exec("a ")?.[1]==="a")return e}catch{}return bs}function Cs(e,t){return ji.lastIndex=t,ji.exec(e)[1]??""}function Is(e){if(e.length===0)return null;let t=1,o=1;for(let n=0;n<e.length;){let a=e.charCodeAt(n);switch(a){case 35:case 39:case 60:case 123:case 125:return null}if(a===10)t++,o=1,n++;else if(o++,a>=55296&&a<=56319&&n+1<e.length){let r=e.charCodeAt(n+1);n+=r>=56320&&r<=57343?2:1}else n++}return{offset:e.length,line:t,column:o}}var As=class{constructor(e,t={}){this.message=e,this.position={offset:0,line:1,column:1},this.ignoreTag=!!t.ignoreTag,this.locale=t.locale,this.requiresOtherClause=!!t.requiresOtherClause,this.shouldParseSkeletons=!!t.shouldParseSkeletons,this.captureEscapes=!!t.captureEscapes}parse(){if(this.offset()!==0)throw Error("parser can only be used once");if(this.message.length>0){let e=this.message.charCodeAt(0);if(e!==35&&e!==39&&e!==60&&e!==123&&e!==125){let t=Is(this.message);if(t){let o=this.clonePosition();return this.position=t,{val:[{type:0,value:this.message,...this.captureEscapes&&{rawValue:this.message},location:M(o,this.clonePosition())}],err:null}}}}return this.parseMessage(0,"",!1)}parseMessage(e,t,o){let n=[];for(;!this.isEOF();){let a=this.char();if(a===123){let r=this.parseArgument(e,o);if(r.err)return r;n.push(r.val)}else{if(a===125&&e>0)break;if(a===35&&(t==="plural"||t==="selectordinal")){let r=this.clonePosition();this.bump(),n.push({type:7,location:M(r,this.clonePosition())})}else if(a===60&&!this.ignoreTag&&this.peek()===47){if(o)break;return this.error(26,M(this.clonePosition(),this.clonePosition()))}else if(a===60&&!this.ignoreTag&&nn(this.peek()||0)){let r=this.parseTag(e,t);if(r.err)return r;n.push(r.val)}else{let r=this.parseLiteral(e,t);if(r.err)return r;n.push(r.val)}}}return{val:n,err:null}}parseTag(e,t){let o=this.clonePosition();this.bump();let n=this.parseTagName();if(this.bumpSpace(),this.bumpIf("/>"))return{val:{type:0,value:`<${n}/>`,location:M(o,this.clonePosition())},err:null};if(this.bumpIf(">")){let a=this.parseMessage(e+1,t,!0);if(a.err)return a;let r=a.val,s=this.clonePosition();if(this.bumpIf("</")){if(this.isEOF()||!nn(this.char()))return this.error(23,M(s,this.clonePosition()));let c=this.clonePosition();return n!==this.parseTagName()?this.error(26,M(c,this.clonePosition())):(this.bumpSpace(),this.bumpIf(">")?{val:{type:8,value:n,children:r,location:M(o,this.clonePosition())},err:null}:this.error(23,M(s,this.clonePosition())))}else return this.error(27,M(o,this.clonePosition()))}else return this.error(23,M(o,this.clonePosition()))}parseTagName(){let e=this.offset();for(this.bump();!this.isEOF()&&Ps(this.char());)this.bump();return this.message.slice(e,this.offset())}parseLiteral(e,t){let o=this.clonePosition(),n="";for(;;){let r=this.tryParseQuote(t);if(r){n+=r;continue}let s=this.tryParseUnquoted(e,t);if(s){n+=s;continue}let c=this.tryParseLeftAngleBracket();if(c){n+=c;continue}break}let a=M(o,this.clonePosition());return{val:{type:0,value:n,location:a,...this.captureEscapes&&{rawValue:this.message.slice(o.offset,this.offset())}},err:null}}tryParseLeftAngleBracket(){return!this.isEOF()&&this.char()===60&&(this.ignoreTag||!Hs(this.peek()||0))?(this.bump(),"<"):null}tryParseQuote(e){if(this.isEOF()||this.char()!==39)return null;switch(this.peek()){case 39:return this.bump(),this.bump(),"'";case 123:case 60:case 62:case 125:break;case 35:if(e==="plural"||e==="selectordinal")break;return null;default:return null}this.bump();let t=[this.char()];for(this.bump();!this.isEOF();){let o=this.char();if(o===39)if(this.peek()===39)t.push(39),this.bump();else{this.bump();break}else t.push(o);this.bump()}return String.fromCodePoint(...t)}tryParseUnquoted(e,t){if(this.isEOF())return null;let o=this.char();return o===60||o===123||o===35&&(t==="plural"||t==="selectordinal")||o===125&&e>0?null:(this.bump(),String.fromCodePoint(o))}parseArgument(e,t){let o=this.clonePosition();if(this.bump(),this.bumpSpace(),this.isEOF())return this.error(1,M(o,this.clonePosition()));if(this.char()===125)return this.bump(),this.error(2,M(o,this.clonePosition()));let n=this.parseIdentifierIfPossible().value;if(!n)return this.error(3,M(o,this.clonePosition()));if(this.bumpSpace(),this.isEOF())return this.error(1,M(o,this.clonePosition()));switch(this.char()){case 125:return this.bump(),{val:{type:1,value:n,location:M(o,this.clonePosition())},err:null};case 44:return this.bump(),this.bumpSpace(),this.isEOF()?this.error(1,M(o,this.clonePosition())):this.parseArgumentOptions(e,t,n,o);default:return this.error(3,M(o,this.clonePosition()))}}parseIdentifierIfPossible(){let e=this.clonePosition(),t=this.offset(),o=Cs(this.message,t),n=t+o.length;return this.bumpTo(n),{value:o,location:M(e,this.clonePosition())}}parseArgumentOptions(e,t,o,n){let a=this.clonePosition(),r=this.parseIdentifierIfPossible().value,s=this.clonePosition();switch(r){case"":return this.error(4,M(a,s));case"number":case"date":case"time":{this.bumpSpace();let c=null;if(this.bumpIf(",")){this.bumpSpace();let u=this.clonePosition(),p=this.parseSimpleArgStyleIfPossible();if(p.err)return p;let h=Ts(p.val);if(h.length===0)return this.error(6,M(this.clonePosition(),this.clonePosition()));c={style:h,styleLocation:M(u,this.clonePosition())}}let d=this.tryParseArgumentClose(n);if(d.err)return d;let m=M(n,this.clonePosition());if(c&&c.style.startsWith("::")){let u=Ss(c.style.slice(2));if(r==="number"){let p=this.parseNumberSkeletonFromString(u,c.styleLocation);return p.err?p:{val:{type:2,value:o,location:m,style:p.val},err:null}}else{if(u.length===0)return this.error(10,m);let p=u;this.locale&&(p=ys(u,this.locale));let h={type:1,pattern:p,location:c.styleLocation,parsedOptions:this.shouldParseSkeletons?zi(p):{}};return{val:{type:r==="date"?3:4,value:o,location:m,style:h},err:null}}}return{val:{type:r==="number"?2:r==="date"?3:4,value:o,location:m,style:c?.style??null},err:null}}case"plural":case"selectordinal":case"select":{let c=this.clonePosition();if(this.bumpSpace(),!this.bumpIf(","))return this.error(12,M(c,{...c}));this.bumpSpace();let d=this.parseIdentifierIfPossible(),m=0;if(r!=="select"&&d.value==="offset"){if(!this.bumpIf(":"))return this.error(13,M(this.clonePosition(),this.clonePosition()));this.bumpSpace();let f=this.tryParseDecimalInteger(13,14);if(f.err)return f;this.bumpSpace(),d=this.parseIdentifierIfPossible(),m=f.val}let u=this.tryParsePluralOrSelectOptions(e,r,t,d);if(u.err)return u;let p=this.tryParseArgumentClose(n);if(p.err)return p;let h=M(n,this.clonePosition());return r==="select"?{val:{type:5,value:o,options:Gi(u.val),location:h},err:null}:{val:{type:6,value:o,options:Gi(u.val),offset:m,pluralType:r==="plural"?"cardinal":"ordinal",location:h},err:null}}default:return this.error(5,M(a,s))}}tryParseArgumentClose(e){return this.isEOF()||this.char()!==125?this.error(1,M(e,this.clonePosition())):(this.bump(),{val:!0,err:null})}parseSimpleArgStyleIfPossible(){let e=0,t=this.clonePosition();for(;!this.isEOF();)switch(this.char()){case 39:{this.bump();let o=this.clonePosition();if(!this.bumpUntil("'"))return this.error(11,M(o,this.clonePosition()));this.bump();break}case 123:e+=1,this.bump();break;case 125:if(e>0)e-=1;else return{val:this.message.slice(t.offset,this.offset()),err:null};break;default:this.bump()}return{val:this.message.slice(t.offset,this.offset()),err:null}}parseNumberSkeletonFromString(e,t){let o=[];try{o=Di(e)}catch{return this.error(7,t)}return{val:{type:0,tokens:o,location:t,parsedOptions:this.shouldParseSkeletons?qi(o):{}},err:null}}tryParsePluralOrSelectOptions(e,t,o,n){let a=!1,r=[],s=new Set,{value:c,location:d}=n;for(;;){if(c.length===0){let h=this.clonePosition();if(t!=="select"&&this.bumpIf("=")){let f=this.tryParseDecimalInteger(16,19);if(f.err)return f;d=M(h,this.clonePosition()),c=this.message.slice(h.offset,this.offset())}else break}if(s.has(c))return this.error(t==="select"?21:20,d);c==="other"&&(a=!0),this.bumpSpace();let m=this.clonePosition();if(!this.bumpIf("{"))return this.error(t==="select"?17:18,M(this.clonePosition(),this.clonePosition()));let u=this.parseMessage(e+1,t,o);if(u.err)return u;let p=this.tryParseArgumentClose(m);if(p.err)return p;r.push([c,{value:u.val,location:M(m,this.clonePosition())}]),s.add(c),this.bumpSpace(),{value:c,location:d}=this.parseIdentifierIfPossible()}return r.length===0?this.error(t==="select"?15:16,M(this.clonePosition(),this.clonePosition())):this.requiresOtherClause&&!a?this.error(22,M(this.clonePosition(),this.clonePosition())):{val:r,err:null}}tryParseDecimalInteger(e,t){let o=1,n=this.clonePosition();this.bumpIf("+")||this.bumpIf("-")&&(o=-1);let a=!1,r=0;for(;!this.isEOF();){let c=this.char();if(c>=48&&c<=57)a=!0,r=r*10+(c-48),this.bump();else break}let s=M(n,this.clonePosition());return a?(r*=o,Number.isSafeInteger(r)?{val:r,err:null}:this.error(t,s)):this.error(e,s)}offset(){return this.position.offset}isEOF(){return this.offset()===this.message.length}clonePosition(){return{offset:this.position.offset,line:this.position.line,column:this.position.column}}char(){let e=this.position.offset;if(e>=this.message.length)throw Error("out of bound");let t=this.message.codePointAt(e);if(t===void 0)throw Error(`Offset ${e} is at invalid UTF-16 code unit boundary`);return t}error(e,t){return{val:null,err:{kind:e,message:this.message,location:t}}}bump(){if(this.isEOF())return;let e=this.char();e===10?(this.position.line+=1,this.position.column=1,this.position.offset+=1):(this.position.column+=1,this.position.offset+=e<65536?1:2)}bumpIf(e){let t=this.offset();if(this.message.slice(t,t+e.length)===e){for(let o=0;o<e.length;o++)this.bump();return!0}return!1}bumpUntil(e){let t=this.offset(),o=this.message.indexOf(e,t);return o>=0?(this.bumpTo(o),!0):(this.bumpTo(this.message.length),!1)}bumpTo(e){if(this.offset()>e)throw Error(`targetOffset ${e} must be greater than or equal to the current offset ${this.offset()}`);for(e=Math.min(e,this.message.length);;){let t=this.offset();if(t===e)break;if(t>e)throw Error(`targetOffset ${e} is at invalid UTF-16 code unit boundary`);if(this.bump(),this.isEOF())break}}bumpSpace(){for(;!this.isEOF()&&Bs(this.char());)this.bump()}peek(){if(this.isEOF())return null;let e=this.char(),t=this.offset();return this.message.charCodeAt(t+(e>=65536?2:1))??null}};function nn(e){return e>=97&&e<=122||e>=65&&e<=90}function Hs(e){return nn(e)||e===47}function Ps(e){return e===45||e===46||e>=48&&e<=57||e===95||e>=97&&e<=122||e>=65&&e<=90||e==183||e>=192&&e<=214||e>=216&&e<=246||e>=248&&e<=893||e>=895&&e<=8191||e>=8204&&e<=8205||e>=8255&&e<=8256||e>=8304&&e<=8591||e>=11264&&e<=12271||e>=12289&&e<=55295||e>=63744&&e<=64975||e>=65008&&e<=65533||e>=65536&&e<=983039}function Bs(e){return e>=9&&e<=13||e===32||e===133||e>=8206&&e<=8207||e===8232||e===8233}function rn(e){e.forEach(t=>{if(delete t.location,dn(t)||un(t))for(let o in t.options)delete t.options[o].location,rn(t.options[o].value);else sn(t)&&fn(t.style)||(ln(t)||cn(t))&&eo(t.style)?delete t.style.location:mn(t)&&rn(t.children)})}function Zi(e,t={}){t={shouldParseSkeletons:!0,requiresOtherClause:!0,...t};let o=new As(e,t).parse();if(o.err){let n=SyntaxError(gs[o.err.kind]);throw n.location=o.err.location,n.originalMessage=o.err.message,n}return t?.captureLocation||rn(o.val),o.val}var oo=class extends Error{constructor(e,t,o){super(e),this.code=t,this.originalMessage=o}toString(){return`[formatjs Error: ${this.code}] ${this.message}`}},Xi=class extends oo{constructor(e,t,o,n){super(`Invalid values for "${e}": "${t}". Options are "${Object.keys(o).join('", "')}"`,"INVALID_VALUE",n)}},Ls=class extends oo{constructor(e,t,o){super(`Value for "${e}" must be of type ${t}`,"INVALID_VALUE",o)}},Ns=class extends oo{constructor(e,t){super(`The intl string context variable "${e}" was not provided to the string "${t}"`,"MISSING_VALUE",t)}};function Ms(e){return e.length<2?e:e.reduce((t,o)=>{let n=t[t.length-1];return!n||n.type!==0||o.type!==0?t.push(o):n.value+=o.value,t},[])}function Rs(e){return typeof e=="function"}function to(e,t,o,n,a,r,s){if(e.length===1&&an(e[0]))return[{type:0,value:e[0].value}];let c=[];for(let d of e){if(an(d)){c.push({type:0,value:d.value});continue}if(Wi(d)){typeof r=="number"&&c.push({type:0,value:o.getNumberFormat(t).format(r)});continue}let{value:m}=d;if(!(a&&m in a))throw new Ns(m,s);let u=a[m];if(Vi(d)){(!u||typeof u=="string"||typeof u=="number"||typeof u=="bigint")&&(u=typeof u=="string"||typeof u=="number"||typeof u=="bigint"?String(u):""),c.push({type:typeof u=="string"?0:1,value:u});continue}if(ln(d)){let p=typeof d.style=="string"?n.date[d.style]:eo(d.style)?d.style.parsedOptions:void 0;c.push({type:0,value:o.getDateTimeFormat(t,p).format(u)});continue}if(cn(d)){let p=typeof d.style=="string"?n.time[d.style]:eo(d.style)?d.style.parsedOptions:n.time.medium;c.push({type:0,value:o.getDateTimeFormat(t,p).format(u)});continue}if(sn(d)){let p=typeof d.style=="string"?n.number[d.style]:fn(d.style)?d.style.parsedOptions:void 0;if(p&&p.scale){let h=p.scale||1;if(typeof u=="bigint"){if(!Number.isInteger(h))throw new TypeError(`Cannot apply fractional scale ${h} to bigint value. Scale must be an integer when formatting bigint.`);u=u*BigInt(h)}else u=u*h}c.push({type:0,value:o.getNumberFormat(t,p).format(u)});continue}if(mn(d)){let{children:p,value:h}=d,f=a[h];if(!Rs(f))throw new Ls(h,"function",s);let g=f(to(p,t,o,n,a,r).map(b=>b.value));Array.isArray(g)||(g=[g]),c.push(...g.map(b=>({type:typeof b=="string"?0:1,value:b})))}if(dn(d)){let p=u,h=(Object.prototype.hasOwnProperty.call(d.options,p)?d.options[p]:void 0)||d.options.other;if(!h)throw new Xi(d.value,u,Object.keys(d.options),s);c.push(...to(h.value,t,o,n,a));continue}if(un(d)){let p=`=${u}`,h=Object.prototype.hasOwnProperty.call(d.options,p)?d.options[p]:void 0;if(!h){if(!Intl.PluralRules)throw new oo(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`,"MISSING_INTL_API",s);let g=typeof u=="bigint"?Number(u):u,b=o.getPluralRules(t,{type:d.pluralType}).select(g-(d.offset||0));h=(Object.prototype.hasOwnProperty.call(d.options,b)?d.options[b]:void 0)||d.options.other}if(!h)throw new Xi(d.value,u,Object.keys(d.options),s);let f=typeof u=="bigint"?Number(u):u;c.push(...to(h.value,t,o,n,a,f-(d.offset||0)));continue}}return Ms(c)}function zs(e,t){return t?{...e,...t,...Object.keys(e).reduce((o,n)=>(o[n]={...e[n],...t[n]},o),{})}:e}function Ds(e,t){return t?Object.keys(e).reduce((o,n)=>(o[n]=zs(e[n],t[n]),o),{...e}):e}function hn(e){return{create(){return{get(t){return e[t]},set(t,o){e[t]=o}}}}}function Os(e={number:{},dateTime:{},pluralRules:{}}){return{getNumberFormat:Kt((...t)=>new Intl.NumberFormat(...t),{cache:hn(e.number),strategy:Qt.variadic}),getDateTimeFormat:Kt((...t)=>new Intl.DateTimeFormat(...t),{cache:hn(e.dateTime),strategy:Qt.variadic}),getPluralRules:Kt((...t)=>new Intl.PluralRules(...t),{cache:hn(e.pluralRules),strategy:Qt.variadic})}}var ne,Ji=(ne=class{constructor(t,o=ne.defaultLocale,n,a){if(this.formatterCache={number:{},dateTime:{},pluralRules:{}},this.format=(r=>{let s=this.formatToParts(r);if(s.length===1)return s[0].value;let c=s.reduce((d,m)=>(!d.length||m.type!==0||typeof d[d.length-1]!="string"?d.push(m.value):d[d.length-1]+=m.value,d),[]);return c.length<=1?c[0]||"":c}),this.formatToParts=(r=>to(this.ast,this.locales,this.formatters,this.formats,r,void 0,this.message)),this.resolvedOptions=()=>({locale:this.resolvedLocale?.toString()||Intl.NumberFormat.supportedLocalesOf(this.locales)[0]}),this.getAst=()=>this.ast,this.locales=o,this.resolvedLocale=ne.resolveLocale(o),typeof t=="string"){if(this.message=t,!ne.__parse)throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");let{...r}=a||{};this.ast=ne.__parse(t,{...r,locale:this.resolvedLocale})}else this.ast=t;if(!Array.isArray(this.ast))throw new TypeError("A message must be provided as a String or AST.");this.formats=Ds(ne.formats,n),this.formatters=a&&a.formatters||Os(this.formatterCache)}static get defaultLocale(){return ne.memoizedDefaultLocale||(ne.memoizedDefaultLocale=new Intl.NumberFormat().resolvedOptions().locale),ne.memoizedDefaultLocale}},ne.memoizedDefaultLocale=null,ne.resolveLocale=t=>{if(typeof Intl.Locale>"u")return;let o=Intl.NumberFormat.supportedLocalesOf(t);return o.length>0?new Intl.Locale(o[0]):new Intl.Locale(typeof t=="string"?t:t[0])},ne.__parse=Zi,ne.formats={number:{integer:{maximumFractionDigits:0},currency:{style:"currency"},percent:{style:"percent"}},date:{short:{month:"numeric",day:"numeric",year:"2-digit"},medium:{month:"short",day:"numeric",year:"numeric"},long:{month:"long",day:"numeric",year:"numeric"},full:{weekday:"long",month:"long",day:"numeric",year:"numeric"}},time:{short:{hour:"numeric",minute:"numeric"},medium:{hour:"numeric",minute:"numeric",second:"numeric"},long:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"},full:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"}}},ne);var kt={"app.name":"Village","footer.text":"Village is the networking space of the Internet Governance Forum.","header.skip":"Skip to the content","header.nav":"Main","header.language":"Language","header.menu":"Menu","header.sign_out":"Sign out","nav.home":"Home","nav.people":"People","nav.organisations":"Organisations","nav.invitations":"Invitations","nav.profile":"My profile","role.participant":"Participant","role.staff":"Staff","role.secretariat":"Secretariat","connection.connecting":"Connecting…","connection.connected":"Connected","connection.reconnecting":"Reconnecting…","connection.offline":"Offline","connection.problem.tabs":"Too many tabs are open: close some.","connection.problem.ended":"Your session has ended.","connection.problem.error":"Reload the page to reconnect.","toast.region":"Notifications","toast.dismiss":"Dismiss","toast.direct":"{name} sent you a message.","toast.direct.wave":"{name} waves at you 👋","common.loading":"Loading…","common.retry":"Try again","form.problem_title":"There is a problem","form.error_prefix":"Error:","form.working":"Working…","error.invalid":"This is not valid.","error.network":"Village could not be reached. Check your connection and try again: what you typed is kept.","error.internal":"Something went wrong on our side. Try again in a moment: what you typed is kept.","error.unavailable":"Village is not available right now. Try again in a moment.","error.rate_limited":"Too many attempts. Wait a minute, then try again.","error.unauthenticated":"Your session has ended. Sign in again.","error.session_unreachable":"We could not reach Village to sign you back in. Check your connection; we will keep trying, or reload the page.","error.forbidden":"Your role may not do this.","error.not_found":"This was not found. It may have been removed.","error.conflict":"This is already taken.","error.gone":"This has expired.","error.bad_request":"The request was not understood. Reload the page and try again.","error.payload_too_large":"This is too long.","error.validation_failed":"Some fields are not valid.","error.wrong_credentials":"The e-mail or the password is not right.","field.email":"Email","field.password":"Password","field.email.required":"Enter your e-mail address.","field.email.invalid":"Enter an e-mail address such as name@example.org.","field.email.taken":"An account with this e-mail address already exists. Sign in instead.","field.password.required":"Enter your password.","field.password.invalid":"Use 10 to 128 characters.","signin.title":"Sign in","signin.intro":"Meet the people of the Internet Governance Forum: booths, coffee breaks and one-to-one meetings.","signin.submit":"Sign in","signin.busy":"Signing in…","signin.no_account":"New here?","signin.register":"Create an account","signin.demo_title":"Trying the demo?","signin.demo_text":"Sign in as {email} with the password {password}.","home.title":"Welcome, {name}","home.intro":"The village is open. Say hello to the people who are here now.","home.online_title":"Online now","home.online_count":"{count, plural, =0 {Nobody is online yet.} one {# person is online.} other {# people are online.}}","home.online_waiting":"Waiting for the connection…","home.online_truncated":"Showing {shown} of {count}.","home.you":"(you)","home.wave":"Wave at {name}","home.wave_short":"Wave","home.next_photo":"Add a photo, so that people you meet recognise you","home.waved":"You waved at {name}.","home.wave_failed":"Your wave did not reach {name}. Try again.","home.next_title":"What next","home.next_people":"Find people by theme, language or region","home.next_profile":"Complete your profile so that others find you","notfound.title":"Page not found","notfound.text":"There is no page at this address. Check it, or start again from the home page.","notfound.home":"Go to the home page","common.cancel":"Cancel","form.choose":"Choose…","form.required_note":"Fields marked * are required.","stakeholder.government":"Government","stakeholder.intergovernmental":"Intergovernmental organization","stakeholder.civil_society":"Civil society","stakeholder.technical_community":"Technical community","stakeholder.private_sector":"Private sector","stakeholder.press_media":"Press and media","region.african":"African Group","region.asia_pacific":"Asia-Pacific Group","region.eastern_european":"Eastern European Group","region.grulac":"Latin American and Caribbean Group (GRULAC)","region.weog":"Western European and Others Group (WEOG)","region.igo":"Intergovernmental organizations","theme.data":"Data","theme.environment":"Environment","theme.inclusion":"Inclusion","theme.trust":"Trust","theme.digital_cooperation":"Digital cooperation","kind.best_practice_forum":"Best Practice Forum","kind.dynamic_coalition":"Dynamic Coalition","kind.nri":"National, Regional or Youth IGF initiative (NRI)","kind.mag":"Multistakeholder Advisory Group (MAG)","kind.secretariat":"Secretariat","kind.un_agency":"UN agency","kind.government":"Government","kind.intergovernmental":"Intergovernmental organization","kind.civil_society":"Civil society","kind.academia":"Academia","kind.technical_community":"Technical community","kind.private_sector":"Private sector","kind.media":"Media","field.email.hint":"We never show it to other people.","field.password.hint":"10 to 128 characters. A few words you remember make a good one.","field.display_name":"Name shown to others","field.display_name.hint":"Your name as you want other participants to see it.","field.display_name.required":"Enter the name you want others to see.","field.display_name.invalid":"Use 1 to 80 characters, without control characters.","field.stakeholder_group":"Stakeholder group","field.stakeholder_group.required":"Choose your stakeholder group.","field.stakeholder_group.invalid":"Choose one of the stakeholder groups in the list.","field.parliamentarian":"I am a member of parliament","field.parliamentarian.hint":"Members of parliament register under the Government stakeholder group.","field.parliamentarian.invalid":"Only people in the Government stakeholder group can be marked as members of parliament.","field.region":"Region","field.region.hint":"The UN regional group of your country. Staff of intergovernmental organizations choose “Intergovernmental organizations”.","field.region.required":"Choose your region.","field.region.invalid":"Choose one of the regions in the list.","field.country":"Country","field.country.required":"Choose your country.","field.country.invalid":"Choose a country from the list.","field.youth":"I am a young person (youth participant)","field.youth.hint":"Youth participants can find each other in the directory.","field.youth.invalid":"Choose yes or no.","field.languages":"Languages you speak","field.languages.hint":"Choose 1 to 10. Each language is named in itself. The first one you choose also sets the language of Village, unless you pick one at the top of the page.","multiselect.search":"Type to search, or press Down to see the list","multiselect.chosen":"{field}: {count, plural, one {# chosen} other {# chosen}}","multiselect.remove":"Remove {name}","multiselect.none":"Nothing matches","field.languages.required":"Choose at least one language you speak.","field.languages.invalid":"Choose 1 to 10 languages.","field.time_zone":"Time zone","field.time_zone.hint":"Times in Village are shown in this zone. It is {time} there now.","field.time_zone.hint_none":"Times in Village are shown in this zone.","field.time_zone.utc":"Coordinated Universal Time","field.time_zone.region.other":"UTC and others","field.time_zone.region.africa":"Africa","field.time_zone.region.america":"Americas","field.time_zone.region.antarctica":"Antarctica","field.time_zone.region.arctic":"Arctic","field.time_zone.region.asia":"Asia","field.time_zone.region.atlantic":"Atlantic Ocean","field.time_zone.region.australia":"Australia","field.time_zone.region.europe":"Europe","field.time_zone.region.indian":"Indian Ocean","field.time_zone.region.pacific":"Pacific","field.time_zone.required":"Choose your time zone.","field.time_zone.invalid":"Choose a time zone from the list.","field.themes":"Themes that interest you","field.themes.hint":"The thematic tracks of the forum. Choose any.","field.themes.invalid":"Choose themes from the list.","field.tags":"Interests","field.tags.hint":"Up to 10, separated by commas, such as: community networks, spectrum, child online safety.","field.tags.invalid":"Enter up to 10 interests of 1 to 40 characters each, separated by commas.","field.expertise":"Expertise","field.expertise.hint":"What you know about and can help others with. At most 500 characters.","field.expertise.invalid":"Use at most 500 characters.","field.directory_opt_in":"List me in the people directory","field.directory_opt_in.hint":"Other signed-in participants can then find you and see your public profile: your name, role, groups, country, languages, time zone, themes, interests and expertise. Never your e-mail address. You can change this at any time.","field.invitation.invalid":"This invitation link does not work: it does not exist, was already used, has expired, or its organisation has left the village. You can register without it.","field.current_password":"Current password","field.current_password.hint":"Needed to change your e-mail address or your password.","field.current_password.required":"Enter your current password to change your e-mail address or password.","field.current_password.invalid":"Your current password is not right.","field.confirm_delete":"I understand that my account is deleted for good and cannot be brought back","field.confirm_delete.required":"Tick the box to confirm that you want to delete your account.","field.name":"Name","field.name.required":"Enter the organisation's name.","field.name.invalid":"Use 1 to 120 characters, without control characters.","field.kind":"Kind","field.kind.required":"Choose what kind of organisation it is.","field.kind.invalid":"Choose a kind from the list.","field.website":"Website","field.website.hint":"An address starting with https://, or leave it empty.","field.website.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.logo_url":"Logo address","field.logo_url.hint":"The address of an image of the logo, starting with https://, or leave it empty.","field.logo_url.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.description":"Description","field.description.hint":"What the organisation does, for visitors of its booth. At most 2,000 characters.","field.description.invalid":"Use at most 2,000 characters.","field.role":"Role","field.role.hint":"Staff run the booth of one organisation; the Secretariat runs the village.","field.role.required":"Choose the role the invitation grants.","field.role.invalid":"Choose Staff or Secretariat.","field.organisation_id":"Organisation","field.organisation_id.required":"Choose the organisation whose staff this invitation is for.","field.organisation_id.invalid":"Choose an organisation from the list: a staff invitation needs one.","field.note":"Note","field.note.hint":"Shown on the invite page, such as who the link is for. At most 200 characters.","field.note.invalid":"Use at most 200 characters, without control characters.","field.ttl_days":"Valid for (days)","field.ttl_days.hint":"From 1 to 90 days.","field.ttl_days.required":"Enter for how many days the link works.","field.ttl_days.invalid":"Enter a whole number of days from 1 to 90.","field.q":"Name or expertise","field.q.hint":"Part of a name, or a word of someone's expertise.","field.q.invalid":"Use at most 80 characters.","field.theme":"Theme","field.theme.invalid":"Choose a theme from the list.","field.interest":"Interest","field.interest.hint":"One interest, written in full, such as: spectrum.","field.interest.invalid":"Use at most 40 characters.","field.language":"Speaks","field.language.invalid":"Choose a language from the list.","field.offset.invalid":"This page of results does not exist. Search again.","field.limit.invalid":"This page of results does not exist. Search again.","register.title":"Create your account","register.intro":"Join the village of the Internet Governance Forum: tell others who you are, which languages you speak and what interests you.","register.section.account":"Your account","register.invitation_title":"Invitation","register.invitation":"You are registering with an invitation.","register.invitation_role":"You are registering with an invitation: your account will have the {role} role.","register.without_invitation":"Register without the invitation","register.submit":"Create my account","register.busy":"Creating your account…","register.have_account":"Already registered?","register.sign_in":"Sign in","register.welcome":"Welcome to the village, {name}!","register.welcome_role":"Welcome to the village, {name}! Your role is {role}.","register.welcome_invitation_lost":"Welcome to the village, {name}! Someone else used the invitation just before you, so your account is a participant's: ask for a new link.","profile.title":"My profile","profile.intro":"What other participants see of you, and how you sign in.","profile.summary":"Your role: {role}. Registered on {created}.","profile.see_public":"See your public profile","profile.section.profile":"Profile","profile.section.about":"About you","profile.section.languages":"Languages and time","profile.section.interests":"Interests","profile.section.directory":"The directory","profile.section.photo":"Your photo","photo.hint":"A photo of your face helps the people you meet recognise you. JPEG, PNG or GIF; it is cropped to a square and made smaller, and its hidden details (such as where it was taken) are removed.","photo.choose":"Choose a photo","photo.change":"Change the photo","photo.remove":"Remove the photo","photo.uploading":"Sending the photo…","photo.saved":"Your photo is saved.","photo.removed":"Your photo is removed.","photo.too_large":"This picture is too large. Choose one under 5 MB.","photo.wrong_type":"Choose a JPEG, PNG or GIF picture.","photo.unreadable":"This file could not be read as a picture, or its picture is too large (at most 8000 pixels a side). Try another one.","profile.save":"Save my profile","profile.saving":"Saving…","profile.saved":"Profile saved.","profile.no_changes":"Nothing has changed, so there was nothing to save.","profile.section.signin":"E-mail address and password","profile.section.email":"E-mail address","profile.no_password":"You sign in through the event's registration site, so your account has no password here.","profile.new_password":"New password","profile.new_password_hint":"Leave it empty to keep your password. 10 to 128 characters.","profile.signin_save":"Save my e-mail and password","profile.email_changed":"Your e-mail address is changed.","profile.password_changed":"Your password is changed.","profile.both_changed":"Your e-mail address and password are changed.","profile.section.delete":"Delete my account","profile.delete_what":"Deleting your account removes, for good:","profile.delete_item.profile":"your profile, and your entry in the people directory;","profile.delete_item.sessions":"your sign-ins on every device;","profile.delete_item.role":"your role ({role}).","profile.delete_stays":"Invitations you accepted stay used. To take part again later, you would register anew.","profile.delete":"Delete my account","profile.deleting":"Deleting…","profile.deleted":"Your account is deleted. Thank you for visiting the village.","invite.title":"Invitation","invite.intro":"Someone from the IGF Secretariat sent you this link to give you a role in the village.","invite.role":"Role","invite.role_explained.staff":"Staff run their organisation's booth: they see who visits, talk with visitors and edit the booth.","invite.role_explained.secretariat":"The Secretariat runs the village: it adds organisations, invites their staff and hosts the tour.","invite.organisation":"Organisation","invite.organisation_signed_out":"Sign in to see it.","invite.organisation_unknown":"This organisation has left the village.","invite.note":"Note","invite.expires_at":"Works until","invite.expired_at":"Worked until","invite.state":"State","invite.state.open":"Can be accepted","invite.state.used":"Already used","invite.state.expired":"Expired","invite.not_found":"This invitation link does not exist. Check that you copied all of it, or ask the person who sent it for a new one. It may also have been withdrawn.","invite.used":"This invitation has already been used: each link works once. Ask the person who sent it for a new one.","invite.expired":"This invitation has expired. Ask the person who sent it for a new one.","invite.organisation_gone":"The organisation of this invitation has left the village, so the link no longer works.","invite.secretariat_staff":"A Secretariat account cannot take a staff invitation. Register a separate account for the booth, or ask for a Secretariat link.","invite.signed_in_as":"You are signed in as {name} ({role}).","invite.accept":"Accept: become {role}","invite.accepting":"Accepting…","invite.accepted":"Done: your role is now {role}.","invite.accepted_toast":"Invitation accepted: you are now {role}.","invite.go_home":"Go to the village","invite.signed_out":"To accept it, sign in, or create an account: the invitation is accepted as you register.","invite.sign_in":"Sign in to accept","invite.register":"Create an account with this invitation","directory.title":"People","directory.intro":"Find participants by name, expertise, theme, interest, group, region or language. Only people who chose to be listed appear here.","directory.filters":"Search","directory.filters_count":"{count, plural, =0 {Filters: none set} one {Filters: # set} other {Filters: # set}}","directory.any":"Any","directory.youth":"Youth","directory.youth_only":"Youth participants only","directory.youth_not":"Not youth participants","directory.search":"Search","directory.clear":"Clear the filters","directory.results":"Results","directory.searching":"Searching…","directory.none":"Nobody matches. Try fewer filters.","directory.count":"{count, plural, one {# person found.} other {# people found.}}","directory.showing":"Showing {from, number}–{to, number} of {total, number}.","directory.past_end":"{count, plural, one {# person matches, but not on this page.} other {# people match, but not on this page.}}","directory.first_page":"Go to the first page","directory.pages":"Pages of results","directory.page":"Page of results","directory.previous":"Previous page","directory.next":"Next page","directory.speaks":"Speaks {languages}","directory.themes":"Themes","person.title":"Profile","person.not_found":"There is no such profile, or this person chose not to be listed in the directory.","person.unlisted":"{name} is not listed in the directory, so you see only their name and role. You can still wave.","person.back":"Back to the people","person.is_you":"This is your profile as others see it.","person.edit":"Edit my profile","person.online":"Online now","person.offline":"Not in the village right now.","person.about":"About","person.role":"Role","person.organisation":"Organisation","person.organisation_unknown":"Not available","person.parliamentarian":"Member of parliament","person.youth":"Youth participant","person.yes":"Yes","person.languages":"Languages","person.time_zone":"{zone} (it is {time} there now)","person.registered":"Registered on","person.interests":"Interests and expertise","person.no_interests":"No interests given yet.","person.themes":"Themes","link.copy":"Copy link","link.copied":"Copied.","link.copy_failed":"Copying did not work: the link is selected, copy it yourself.","link.hint":"Send it only to the person it is for: it works once.","link.hint_expires":"Send it only to the person it is for: it works once, until {expires}.","organisations.title":"Organisations","organisations.intro":"The exhibitors of the village: add one, invite its staff, or remove it.","organisations.add_title":"Add an organisation","organisations.add":"Add the organisation","organisations.adding":"Adding…","organisations.added":"{name} is added.","organisations.list_title":"All organisations","organisations.list_title_count":"{count, plural, =0 {No organisations} one {# organisation} other {# organisations}}","organisations.empty":"There are no organisations yet.","organisations.actions":"Actions","organisations.no_website":"None","organisations.invite":"Invite staff","organisations.invite_named":"Invite staff to {name}","organisations.invited":"An invitation link for the staff of {name} is ready.","organisations.link_title":"Invitation link for the staff of {name}","organisations.link_label":"Link for the staff of {name}","organisations.remove":"Remove","organisations.remove_named":"Remove {name}","organisations.confirm_label":"Confirm the removal of {name}","organisations.confirm":"Remove {name}? Its booth closes and its staff become participants.","organisations.confirm_yes":"Yes, remove {name}","organisations.removing":"Removing…","organisations.removed":"{name} is removed.","invitations.title":"Invitations","invitations.intro":"Single-use links that give someone the Staff role of an organisation, or the Secretariat's.","invitations.create_title":"Create an invitation","invitations.create":"Create the link","invitations.creating":"Creating…","invitations.created":"The invitation link is ready.","invitations.link_title":"New invitation link","invitations.link_label":"Link for the {role} role","invitations.link_label_org":"Link for the {role} role at {organisation}","invitations.list_title":"All invitations","invitations.list_title_count":"{count, plural, =0 {No invitations} one {# invitation} other {# invitations}}","invitations.empty":"There are no invitations yet.","invitations.created_at":"Created","invitations.expires_at":"Expires","invitations.state":"State","invitations.state.open":"Open","invitations.state.used":"Used","invitations.state.expired":"Expired","invitations.used_by":"Used by {name} on {date}","invitations.used_on":"Used on {date}, by an account that has since been deleted","invitations.copy_named":"Copy link for {what}","invitations.copied":"Link copied: {what}.","invitations.link_named":"Link for {what}","invitations.actions":"Actions","invitations.no_organisation":"None","invitations.organisation_removed":"(removed organisation)","invitations.what":"the {role} invitation created {created}","invitations.what_org":"the {role} invitation for {organisation} created {created}","invitations.withdraw":"Withdraw","invitations.withdraw_named":"Withdraw {what}","invitations.confirm_label":"Confirm withdrawing {what}","invitations.confirm":"Withdraw this link? It stops working at once.","invitations.confirm_used":"Withdraw this link? It was used: the role it gave stays.","invitations.confirm_yes":"Yes, withdraw","invitations.withdrawing":"Withdrawing…","invitations.withdrawn":"The invitation is withdrawn.","profile.email_save":"Save my e-mail address","nav.village":"Village","home.next_village":"Visit the booths of the village","common.new_tab":"opens in a new tab","village.title":"The village","village.intro":"The booths of the organisations taking part: find who works on what, and visit them when they are open.","village.q_hint":"Words in a booth's name or description.","village.open_now":"Open now","village.open_now_only":"Open now","village.open_now_not":"Not open now","village.view":"Show the booths as","village.view.list":"List","village.view.overview":"Overview by kind","village.languages":"Languages: {languages}","village.district_count":"{count, plural, one {# booth} other {# booths}}, {open} open now","booth.title":"Booth","booth.not_found":"This booth is not in the village.","booth.back":"Back to the village","booth.about":"About","booth.no_description":"This booth has no description yet.","booth.hours":"Opening hours","booth.hours_zone":"Times in your time zone ({zone}).","booth.hours_now":"Now","booth.hours_there":"({time} at the booth)","booth.no_opening":"No opening ahead.","booth.materials":"Materials and links","booth.visit":"Visit","booth.local_time":"At the booth it is {time} ({zone}).","booth.closed_note":"Not open in the village.","booth.open_until":"Open until {time}","booth.opens_at":"Opens {when}","booth.state.open":"Open now","booth.state.between":"Closed now","booth.state.closed":"Closed","booth.visitors_now":"{count, plural, =0 {No visitors now} one {# visitor now} other {# visitors now}}","booth.staff_online":"{count, plural, =0 {No staff online} one {# staff member online} other {# staff members online}}","booth.edit":"Edit booth","booth.edit.show":"Edit","booth.edit.hide":"Hide the form","booth.edit.title_field":"Title","booth.edit.description_hint":"Markdown: **bold**, *italic*, [a link](https://example.org), lists and headings. HTML is not shown.","booth.edit.languages":"Languages spoken at the booth","booth.edit.languages_hint":"Type to search; pick as many as you need.","booth.edit.links_hint":"Up to 20, each a title and an https address.","booth.edit.link_title":"Title of link {n}","booth.edit.link_url":"Address of link {n}","booth.edit.link_add":"Add a link","booth.edit.link_remove":"Remove link {n}","booth.edit.time_zone":"The booth's time zone","booth.edit.hours_hint":"A day and local times in the booth's time zone, as HH:MM (24:00 for midnight). A night across midnight is two openings.","booth.edit.hours_date":"Day of opening {n}","booth.edit.hours_opens":"Opening {n} starts at","booth.edit.hours_closes":"Opening {n} ends at","booth.edit.hours_add":"Add an opening","booth.edit.hours_remove":"Remove opening {n}","booth.edit.save":"Save the booth","booth.edit.saved":"The booth is saved.","booth.edit.is_open":"The booth is open: visitors find it in the village during its hours.","booth.edit.is_closed":"The booth is closed: visitors see it as closed.","booth.edit.open":"Open the booth","booth.edit.close":"Close the booth","booth.edit.opened":"The booth is open.","booth.edit.closed":"The booth is closed.","field.title.invalid":"Give a title of 1 to 120 characters.","field.links.invalid":"Each link needs a title of up to 120 characters and an https address of up to 500, without a user name or password; at most 20 links.","field.hours.invalid":"Check the openings: a date (YYYY-MM-DD), times as HH:MM, each ending after it starts on the same day, none overlapping another; at most 60.","field.open_now.invalid":"Choose open now or not open now.","village.q":"Name or description","village.language":"Language","village.count":"{count, plural, one {# booth found.} other {# booths found.}}","booth.edit.description_invalid":"Use at most 5,000 characters, without control characters other than line breaks and tabs.","nav.schedule":"My schedule","boothroom.here":"Here now","boothroom.announcement":"Announcement:","boothroom.refused":"You cannot enter this booth's room now.","chat.title":"Booth chat","chat.label":"Your message","chat.send":"Send","chat.sending":"sending…","chat.none":"No messages yet. Say hello!","chat.earlier":"Load earlier messages","chat.removed":"Removed by a moderator","chat.empty":"Write a message first.","chat.too_long":"Use at most {max} characters.","chat.failed":"The message could not be sent. Try again.","knock.title":"Talk now","knock.text":"What about? (optional, one line)","knock.ask":"Ask to talk now","knock.position":"{position, selectordinal, one {You are #st in line} two {You are #nd in line} few {You are #rd in line} other {You are #th in line}}","knock.withdraw":"Give up","knock.declined":"The staff could not take your request.","knock.failed":"Your request could not be sent. Try again.","knock.see_slots":"Book a meeting slot instead.","knock.taken":"{name} is ready to talk with you.","talk.title":"Talk","talk.here":"In the room","talk.away":"Not in the room now","talk.waiting":"Waiting for the other person…","talk.refused":"This conversation is not open to you, or it has ended.","meet.title":"Meeting","slots.title":"Meeting slots","slots.intro":"Book a one-to-one meeting with the booth's staff. Times are in your time zone.","slots.none":"No open slots at the moment.","slots.minutes":"{minutes} min","slots.book":"Book","slots.book_named":"Book the slot of {when}","slots.booked":"Booked: {when}. It is on your schedule.","slots.error.taken":"Someone booked this slot just before you. Pick another.","slots.error.overlaps":"You already have a meeting at that time.","slots.error.gone":"This slot has already begun.","slots.error.not_found":"This slot was withdrawn.","slots.error.forbidden":"You cannot book this slot.","schedule.title":"My schedule","schedule.none":"No meetings booked yet. Find a booth in the village.","schedule.with":"With {name}","schedule.join":"Join the meeting","schedule.ics":"Add to calendar (.ics)","schedule.cancel":"Cancel","schedule.cancelled":"The booking is cancelled.","schedule.feed":"Calendar feed","schedule.feed_url":"Your calendar feed address","schedule.feed_hint":"Subscribe to it in your calendar program to see your meetings there. Anyone with the address can read it.","schedule.rotate":"Make a new address","schedule.rotate_confirm":"Make a new address? The old one stops working, and calendars subscribed to it stop updating.","schedule.rotated":"Your feed has a new address.","lead.title":"Leave my contact details","lead.intro":"The booth's staff can get back to you. You see exactly what is shared before anything is sent, and you can withdraw it later.","lead.preview":"See what would be shared","lead.exactly":"Exactly this goes to {booth}:","lead.name":"Name","lead.note":"A note for the booth (optional)","lead.consent":"I agree to share these details with {booth}.","lead.agree_first":"Tick the box to agree first.","lead.send":"Share my details","lead.not_now":"Not now","lead.left":"Your details were left at this booth.","lead.changed":"Your profile changed since: here is what would be shared now. Agree again to send it.","lead.already":"You have left your details at this booth already.","lead.own":"Staff of this booth do not leave their details here.","lead.you_left":"You left your details here ({when}):","lead.withdraw":"Withdraw","lead.withdraw_named":"Withdraw my details from {booth}","lead.withdrawn":"Your details were withdrawn.","lead.mine":"Contact details I left","lead.none":"You have not left your details at any booth.","nav.console":"Console","console.title":"Staff console","console.no_booth":"Your organisation has no booth in the village.","console.pick":"Booth","console.pick_none":"Choose a booth","console.pick_hint":"Choose a booth to see its queue, visitors, chat, slots and leads.","console.staffed":"You are at the booth: visitors can ask to talk.","console.watching":"You are in the booth's room, as the Secretariat.","console.joining":"Entering the booth's room…","console.sections":"Console sections","console.cancel":"Cancel","console.queue":"Waiting to talk","console.queue_empty":"Nobody is waiting. A new knock will chime and show here.","console.mute_sound":"Mute the chime","console.notify_ask":"Notify me in the background","console.knock.new":"{count, plural, one {New knock: {names}} other {# new knocks: {names}}}","console.knock.notify_title":"A visitor is knocking","console.knock.take_next":"Take next","console.knock.take":"Take","console.knock.decline":"Decline","console.knock.decline_message":"Message to {name} (optional)","console.knock.decline_send":"Decline the knock","console.knock.waiting":"Waiting for {time}","console.knock.conflict":"A colleague has already answered this knock. The queue is up to date.","console.knock.gone":"This visitor is no longer waiting.","console.visitors":"Visitors now","console.chat":"Booth chat","console.chat.recent":"Recent messages","console.chat.empty":"No messages yet.","console.chat.remove":"Remove","console.chat.message_of":"the message of {name}","console.chat.mute":"Mute for…","console.chat.mute_for":"Mute for","console.chat.minutes":"{count, plural, one {# minute} other {# minutes}}","console.chat.reason":"Reason (for the moderation log)","console.chat.reason_required":"Give a reason.","console.chat.remove_confirm":"Remove the message","console.chat.mute_confirm":"Mute","console.chat.removed":"The message is removed.","console.chat.muted":"{name} is muted in the booth's chat.","console.chat.already_muted":"This person is muted already.","console.chat.was_removed":"Message removed by a moderator.","console.mutes":"Muted now","console.mutes.none":"Nobody is muted.","console.mutes.until":"{name}, until {time}","console.mutes.lift":"Lift","console.mutes.lifted":"{name} may write again.","console.announcement":"Pinned announcement","console.announcement.hint":"One line that every visitor of the booth sees. Leave it empty for none.","console.announcement.save":"Save the announcement","console.announcement.saved":"The announcement is saved.","console.slots":"1:1 slots","console.slots.none":"No slots ahead.","console.slots.with":"With {name}","console.slots.booked_by":"Booked by {name}","console.slots.free":"Free","console.slots.withdraw":"Withdraw","console.slots.withdraw_free":"Withdraw this slot?","console.slots.withdraw_booked":"Withdraw this slot? The booking by {name} will be cancelled.","console.slots.withdraw_confirm":"Withdraw the slot","console.slots.keep":"Keep it","console.slots.withdrawn":"The slot is withdrawn.","console.slots.publish":"Publish a slot","console.slots.zone":"Times in your time zone ({zone}).","console.slots.date":"Day","console.slots.time":"Start","console.slots.length":"Length","console.slots.language":"Language","console.slots.staff":"Who meets","console.slots.no_staff":"No staff member known","console.slots.publish_button":"Publish the slot","console.slots.published":"The slot is published.","console.slots.grid":"Start on a multiple of 5 minutes (14:00, 14:05…).","console.slots.when_invalid":"Choose a day and a start in the future.","console.slots.staff_required":"Choose who meets.","console.slots.overlaps":"This overlaps another slot or meeting of that person.","console.leads":"Leads","console.leads.csv":"Download CSV","console.leads.none":"No visitor has left their details yet.","console.leads.count":"{count, plural, one {# lead} other {# leads}}","console.leads.name":"Name","console.leads.email":"E-mail","console.leads.from":"Organisation, country, languages","console.leads.note":"Note","console.leads.at":"Left on","console.leads.previous":"Previous","console.leads.next":"Next","console.leads.page":"{from}–{to} of {total}","talk.chat":"Messages","talk.message":"Write a message","talk.send":"Send","console.slots.all":"Show all {count} slots","console.slots.fewer":"Show fewer","nav.contacts":"People I met","home.next_contacts":"See the people you met","contacts.title":"People I met","contacts.intro":"Everyone you met in the village, most recent first, with where and when.","contacts.count":"{count, plural, one {You met # person.} other {You met # people.}}","contacts.times":"{count, plural, one {Met once, on {when}} other {Met # times, last on {when}}}","contacts.where":"Where you met {name}","contacts.at_knock":"Talked at the {place} booth","contacts.at_slot":"1:1 meeting at the {place} booth","contacts.kind_knock":"Talked at a booth","contacts.kind_slot":"1:1 meeting at a booth","contacts.kind_table":"At a coffee-break table","contacts.kind_meeting":"In a meeting","contacts.more":"{count, plural, one {# more occasion} other {# more occasions}}","contacts.none":"You have not met anyone yet","contacts.how":"The people you meet in the village are listed here, so that you can find them again. Ways to meet people:","contacts.how_knock":"Visit a booth and ask its staff to talk now","contacts.how_slot":"Book a 1:1 meeting slot at a booth","contacts.how_break":"Join a coffee break, where you sit at a table with people who speak your language","contacts.how_people":"Find people to meet in the directory","figures.title":"Contacts made","figures.pairs":"{count, plural, one {new contact made in the village} other {new contacts made in the village}}","figures.people":"{count, plural, one {# person met someone} other {# people met someone}}","figures.contacts":"{count, plural, one {# occasion in all} other {# occasions in all}}","figures.by_kind":"Where pairs first met","figures.kind_knock":"Talks at booths","figures.kind_slot":"1:1 meetings at booths","figures.kind_table":"Coffee-break tables","figures.kind_meeting":"Meetings","figures.by_day":"New contacts by day (UTC)","figures.day":"Day","figures.new":"New contacts","figures.col_knock":"Booth talks","figures.col_slot":"1:1 slots","figures.col_table":"Tables","figures.col_meeting":"Meetings","figures.no_days":"No contacts yet: they appear here as people meet at booths, in 1:1 slots, at coffee-break tables and in meetings.","contacts.occasion":"{what}, {when}"};var no=["ar","zh","en","fr","ru","es","pt","de","hi","bn","sw","ja","ko","id","tr","fa","ur","it","nl","pl","uk","vi","th","am","ha","yo","ig","zu","so","ms","fil","ta","te","mr","pa","my","ne","si","ro","el","cs","hu","sv","he","kk","uz"],pn={ar:"العربية",zh:"中文",en:"English",fr:"Français",ru:"Русский",es:"Español",pt:"Português",de:"Deutsch",hi:"हिन्दी",bn:"বাংলা",sw:"Kiswahili",ja:"日本語",ko:"한국어",id:"Bahasa Indonesia",tr:"Türkçe",fa:"فارسی",ur:"اردو",it:"Italiano",nl:"Nederlands",pl:"Polski",uk:"Українська",vi:"Tiếng Việt",th:"ไทย",am:"አማርኛ",ha:"Hausa",yo:"Èdè Yorùbá",ig:"Asụsụ Igbo",zu:"isiZulu",so:"Soomaali",ms:"Bahasa Melayu",fil:"Filipino",ta:"தமிழ்",te:"తెలుగు",mr:"मराठी",pa:"ਪੰਜਾਬੀ",my:"မြန်မာ",ne:"नेपाली",si:"සිංහල",ro:"Română",el:"Ελληνικά",cs:"Čeština",hu:"Magyar",sv:"Svenska",he:"עברית",kk:"Қазақ тілі",uz:"Oʻzbekcha"};var bn=["ar","zh","en","fr","ru","es"],Qi=new Set(["ar"]),er="village.language",Fs={ar:()=>import("/assets/ar-22HP2T5O.js"),zh:()=>import("/assets/zh-WRBOQDUB.js"),fr:()=>import("/assets/fr-TMDPFBI5.js"),ru:()=>import("/assets/ru-5OSWX526.js"),es:()=>import("/assets/es-SITV6E63.js")},W=z("en"),yn=z(kt),Md=Je(()=>Qi.has(W.value)?"rtl":"ltr"),Ki=new Map;function i(e,t){let o=yn.value,n=W.value,a=o[e]??kt[e];if(a===void 0)return e;let r=n+"\0"+e,s=Ki.get(r);if(!s){try{s=new Ji(a,n)}catch{s={format:()=>a}}Ki.set(r,s)}return s.format(t)}function io(e){return e in yn.value||e in kt}function et(e){if(!e)return null;let t=String(e).toLowerCase().split(/[-_]/)[0];return bn.includes(t)?t:null}function ro(){try{return et(localStorage.getItem(er))}catch{return null}}var gn="village.language.profile";function ao(e){let t=e.map(et).find(Boolean);try{t?localStorage.setItem(gn,t):localStorage.removeItem(gn)}catch{}}function qs(){try{return et(localStorage.getItem(gn))}catch{return null}}function so(e){let t=e?e.map(et).find(Boolean):qs(),o=(navigator.languages||[navigator.language]).map(et).find(Boolean);return ro()||t||o||"en"}async function tt(e,{remember:t=!1}={}){if(e=et(e)||"en",t)try{localStorage.setItem(er,e)}catch{}let o=kt;if(e!=="en")try{o=(await Fs[e]()).default}catch{e="en"}yn.value=o,W.value=e,document.documentElement.lang=e,document.documentElement.dir=Qi.has(e)?"rtl":"ltr"}function we(){try{return Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}catch{return"UTC"}}function I(e,t,o={dateStyle:"medium",timeStyle:"short"}){let n=new Date(e);if(Number.isNaN(n.getTime()))return"";try{return new Intl.DateTimeFormat(W.value,{...o,timeZone:t||we()}).format(n)}catch{return new Intl.DateTimeFormat(W.value,o).format(n)}}function Ie(e){if(pn[e])return pn[e];try{let t=new Intl.DisplayNames([e],{type:"language"}).of(e);return t?t.charAt(0).toLocaleUpperCase(e)+t.slice(1):e}catch{return e}}function ie(e){try{return new Intl.DisplayNames([W.value],{type:"language"}).of(e)||e}catch{return e}}function xe(e){try{return new Intl.DisplayNames([W.value],{type:"region"}).of(e)||e}catch{return e}}function Ae(e,t){return e.localeCompare(t,W.value)}var V=class extends Error{constructor(t,o,n,a={}){super(n),this.status=t,this.code=o,this.fields=a}},wt={token:()=>null,refresh:async()=>!1};function tr(e){wt=e}async function $e(e,t,{body:o,raw:n,headers:a={},retry:r=!0}={}){let s={Accept:"application/json",...a};o!==void 0?s["Content-Type"]="application/json":n!==void 0&&(s["Content-Type"]=n.type||"application/octet-stream");let c=wt.token();c&&(s.Authorization="Bearer "+c);let d;try{d=await fetch(t,{method:e,headers:s,body:o===void 0?n:JSON.stringify(o),credentials:"same-origin"})}catch{throw new V(0,"network","the server could not be reached")}if(d.status===401&&c&&r&&await wt.refresh())return $e(e,t,{body:o,raw:n,headers:a,retry:!1});if(d.status===204)return null;let m=null;try{m=await d.json()}catch{}if(!d.ok){let u=m&&m.error||{};throw new V(d.status,u.code||(d.status>=500?"internal":"bad_request"),u.message||d.statusText,u.fields||{})}return m}var A=e=>$e("GET",e),Q=(e,t)=>$e("POST",e,{body:t}),Ye=(e,t)=>$e("PATCH",e,{body:t}),fe=e=>$e("DELETE",e);function ot(e){let t=new URLSearchParams;for(let[n,a]of Object.entries(e))a!=null&&a!==""&&t.set(n,String(a));let o=t.toString();return o?"?"+o:""}async function $n(e,{retry:t=!0}={}){let o=wt.token(),n;try{n=await fetch(e,{headers:o?{Authorization:"Bearer "+o}:{},credentials:"same-origin"})}catch{throw new V(0,"network","the server could not be reached")}if(n.status===401&&o&&t&&await wt.refresh())return $n(e,{retry:!1});if(!n.ok){let c={};try{c=(await n.json()).error||{}}catch{}throw new V(n.status,c.code||(n.status>=500?"internal":"bad_request"),c.message||n.statusText)}let a=n.headers.get("Content-Disposition")||"",r=/filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(a),s=r?decodeURIComponent(r[1]||r[2]):"download";return{blob:await n.blob(),filename:s}}var L=z(null),te=z("loading"),co=z(0),nt=z(null),Gs=15e3,js=[500,1500,3e3,6e3],_n={"Village-Session":"cookie"},vn="village.session";function nr(e){try{e?localStorage.setItem(vn,"1"):localStorage.removeItem(vn)}catch{}}function Vs(){try{return localStorage.getItem(vn)!==null}catch{return!0}}var kn=null,St=0,He=null,uo=typeof BroadcastChannel=="function"?new BroadcastChannel("village-session"):null;function Le(){return kn}function ir(){return St}function Ws(e){try{let t=e.access_token.split(".")[1].replace(/-/g,"+").replace(/_/g,"/"),o=JSON.parse(atob(t));if(o.exp>o.iat)return(o.exp-o.iat)*1e3}catch{}return Math.max(6e4,Date.parse(e.expires_at)-Date.now())||6e4}function rr(e){kn=e.access_token,St=Date.now()+Ws(e)-5e3,nt.value=null,L.value=e.account,te.value="in",co.value++,nr(!0),Ys()}function mo(e){(te.value==="in"||te.value==="loading"&&e==="expired")&&(nt.value=e),kn=null,St=0,clearTimeout(He),L.value=null,te.value="out",nr(!1),co.value++}function Ys(){clearTimeout(He);let e=Math.min(6e4,(St-Date.now())/4),t=Math.max(5e3,St-Date.now()-e);He=setTimeout(()=>ve(),t)}var xt=!1;async function or(){xt=!1;let e;try{e=await fetch("/api/auth/refresh",{method:"POST",headers:_n,credentials:"same-origin",signal:typeof AbortSignal.timeout=="function"?AbortSignal.timeout(Gs):void 0})}catch{return te.value==="in"&&(clearTimeout(He),He=setTimeout(()=>ve(),1e4)),xt=!0,!1}return e.ok?(rr(await e.json()),!0):(await e.text().catch(()=>""),e.status===401?(mo("expired"),!1):(te.value==="in"&&(clearTimeout(He),He=setTimeout(()=>ve(),15e3)),xt=!0,!1))}var lo=null;function ve(){return lo||(lo=(navigator.locks?navigator.locks.request("village-refresh",or):or()).finally(()=>{lo=null})),lo}tr({token:Le,refresh:ve});async function ar({pauses:e=js}={}){if(Vs()){await ve();for(let t of e){if(!xt||te.value!=="loading")break;await new Promise(o=>setTimeout(o,t)),await ve()}xt&&te.value==="loading"&&(nt.value="unreachable",clearTimeout(He),He=setTimeout(()=>ve(),3e4))}te.value==="loading"&&(te.value="out")}async function sr(e,t){let o=await $e("POST",e,{body:t,headers:_n,retry:!1});return rr(o),uo?.postMessage("in"),o.account}var lr=(e,t)=>sr("/api/auth/login",{email:e,password:t}),cr=e=>sr("/api/auth/register",e);async function dr(){try{await $e("POST","/api/auth/logout",{headers:_n,retry:!1})}catch(e){if(!(e instanceof V)||e.status!==401)throw e}mo("user"),uo?.postMessage("out")}function fo(e="gone"){mo(e),uo?.postMessage("out")}function Ne(e){L.value=e}uo?.addEventListener("message",e=>{e.data==="out"&&te.value==="in"?mo("user"):e.data==="in"&&te.value!=="in"&&ve()});function ho(){let e=new Uint8Array(12);return crypto.getRandomValues(e),"c-"+[...e].map(t=>t.toString(16).padStart(2,"0")).join("")}var Zs=e=>new Promise(t=>setTimeout(t,e));async function ur(e,{tries:t=8,ready:o=async()=>{},sleep:n=Zs,random:a=Math.random}={}){for(let r=1;;r++)try{return await e()}catch(s){if(r>=t)throw s;if(s?.code==="rate_limited")await n(Math.max(s.retry_after_ms||100,1)*(1+a()/2));else if(s?.code==="unavailable"||s?.code==="internal")await n(250*(1+a())),await o();else throw s}}var he=z("offline"),Ze=z(null),Xs=25e3,Js=1e4,Ks=3e4,Qs=3e4,el=1,ee=null,_e=!1,tl=1,rt=new Map,at=100,go=null,po=null,xn=null,Sn=!1,bo=!1,yo=null,Tn=!1,Me=new Map,En=new Set,Tt=new Map,ol=200,nl=1500,il=300,rl=3,al=10;function sl(e){return e*(.8+Math.random()*.4)}function re(e,t,o){if(!ee||ee.readyState!==WebSocket.OPEN)return Promise.reject({code:"unavailable",message:"not connected"});let n="r"+tl++,a={type:e,id:n};return o&&(a.room=o),t!==void 0&&(a.payload=t),new Promise((r,s)=>{rt.set(n,{resolve:r,reject:s}),ee.send(JSON.stringify(a))})}function ll(){for(let e of rt.values())e.reject({code:"unavailable",message:"the connection closed"});rt.clear()}function cl(){_e||(_e=!0,Ze.value=null,at=100,Hn())}function In(){_e=!1,clearTimeout(go);let e=ee;e&&(mr(e),An(e),e.close(1e3)),he.value="offline",Sn=!1;for(let t of Me.values())t.members.value=[],t.count.value=0}function it(e=0){if(!_e)return;clearTimeout(go);let t=sl(Math.max(at,e));at=Math.min(Math.max(at,e)*2,1e4),he.value=navigator.onLine===!1?"offline":"reconnecting",go=setTimeout(Hn,t)}function wn(e){Tn=!0,In(),Ze.value=e}function mr(e){e.onopen=e.onmessage=e.onclose=e.onerror=null}function An(e){ee===e&&(ee=null,bo=!1,yo=null,clearInterval(po),clearTimeout(xn),ll())}function $o(e){if(ee===e){mr(e),An(e);try{e.close()}catch{}it()}}async function Hn(){if(!_e||ee)return;if(navigator.onLine===!1){he.value="offline";return}if(he.value=Sn?"reconnecting":"connecting",!Le()||ir()-Date.now()<3e4){if(await ve(),!_e||ee)return;if(!Le()){te.value==="out"?In():it();return}}let e=location.protocol==="https:"?"wss://":"ws://",t=new WebSocket(e+location.host+"/ws");ee=t,bo=!1;let o=null,n=setTimeout(()=>$o(t),Ks);t.onopen=async()=>{let a=Le(),r;try{r=await re("auth",{token:a})}catch{return}if(ee!==t)return;if(r.protocol!==el){wn("error");return}bo=!0,yo=a;let s=new Set;for(let c;c=[...Me.values()].find(d=>!s.has(d));){s.add(c);try{await $r(c)}catch(d){if(ee!==t)return;if(d.code==="forbidden"||d.code==="not_found"){c.refused.value=d.code;continue}$o(t);return}}ee===t&&(clearTimeout(n),Sn=!0,he.value="connected",Ze.value=null,clearTimeout(xn),xn=setTimeout(()=>at=100,Qs),dl(t),fr())},t.onmessage=a=>{for(let r of String(a.data).split(`
`))if(r){let s;try{s=JSON.parse(r)}catch{continue}s.type==="error"&&s.error&&(o=s.error.code),ul(s)}},t.onclose=async a=>{if(clearTimeout(n),ee===t&&(An(t),!!_e))switch(a.code){case 4403:wn("ended"),fo("gone");return;case 4400:wn("error");return;case 4001:case 4002:if((a.code===4002||o==="unauthenticated")&&(await ve(),te.value==="out"))return;it();return;case 4009:Ze.value="tabs",it(5e3);return;case 4029:it(5e3);return;default:it()}}}function fr(){let e=Le();ee&&bo&&e&&e!==yo&&(yo=e,re("auth",{token:e}).catch(()=>{}))}function dl(e){clearInterval(po),po=setInterval(()=>{if(ee!==e){clearInterval(po);return}let t=setTimeout(()=>$o(e),Js);re("ping").then(()=>clearTimeout(t),()=>clearTimeout(t))},Xs)}function ul(e){if((e.type==="reply"||e.type==="error")&&e.id&&rt.has(e.id)){let o=rt.get(e.id);rt.delete(e.id),e.type==="reply"?o.resolve(e.payload):o.reject(e.error||{code:"internal"});return}let t=e.room&&Me.get(e.room);switch(e.type){case"presence.delta":case"presence":case"message":t&&(t.joining?t.early.push(e):Cn(t,e));return;case"direct":for(let o of En)o(e.payload);return}if(t){t.joining?t.early.push(e):Cn(t,e);return}for(let o of Tt.get(e.type)||[])o(e.payload)}function hr(e,t){return e.name<t.name?-1:e.name>t.name?1:e.id<t.id?-1:1}function Cn(e,t){if(t.type==="presence")yr(e,t.payload);else if(t.type==="presence.delta"){let o=t.payload||{};for(let n of o.joined||[])e.map.set(n.id,n);for(let n of o.left||[])e.map.delete(n);e.members.value=[...e.map.values()].sort(hr),e.count.value=o.count??e.map.size}else if(t.type==="message")vo(e,t.payload),e.last<e.head&&gr(e);else if(t.type==="message.deleted"){let o=t.payload?.seq;e.log.peek().some(n=>n.seq===o)&&(e.log.value=e.log.peek().map(n=>n.seq===o?{...n,text:"",deleted:!0}:n))}else t.payload&&typeof t.payload=="object"&&(e.state.value={...e.state.peek()||{},...t.payload});if(t.type!=="message")for(let o of e.eventHandlers)o(t)}function vo(e,t){if(!(!t||!(t.seq>e.last)||e.have.has(t.seq))){e.head=Math.max(e.head,t.seq),t.seq===e.last+1?(e.last=t.seq,pr(e)):e.have.add(t.seq),br(e,[t]);for(let o of e.messageHandlers)o(t)}}function pr(e){for(;e.have.delete(e.last+1);)e.last++}function gr(e){!e.gapTimer&&!e.filling&&(e.gapTimer=setTimeout(()=>{e.gapTimer=null,ml(e)},nl))}async function ml(e){if(!(e.filling||e.joining||Me.get(e.name)!==e)){e.filling=!0;try{for(let t=0,o=0;e.last<e.head&&t<al;t++){let n=e.last,a=e.have.size?Math.min(...e.have)-1:e.head,r=await re("history",{after:e.last,limit:Math.min(200,a-e.last)},e.name);if(Me.get(e.name)!==e)return;for(let s of r.messages||[])vo(e,s);e.last>n?o=0:++o>=rl?(o=0,e.last=e.have.size?Math.min(...e.have)-1:e.head,pr(e)):await new Promise(s=>setTimeout(s,il))}}catch{}finally{e.filling=!1}}}function br(e,t){let o=new Map(e.log.peek().map(a=>[a.seq,a]));for(let a of t)o.set(a.seq,a);let n=[...o.values()].sort((a,r)=>a.seq-r.seq);e.log.value=n.length>e.keep?n.slice(n.length-e.keep):n}function yr(e,t){e.map=new Map((t.members||[]).map(o=>[o.id,o])),e.members.value=[...e.map.values()].sort(hr),e.count.value=t.count??e.map.size,e.truncated.value=!!t.truncated}async function $r(e){e.joining=!0,e.early=[];try{let t=e.last,o=await re("join",t?{since:t}:void 0,e.name);e.refused.value=null,e.state.value=o.state||null,yr(e,o.presence||{});let n=o.messages||[];t>0&&t<=o.seq||(t>0&&(e.log.value=[]),e.last=n.length?n[0].seq-1:o.seq||0,e.head=e.last,e.have.clear()),e.head=Math.max(e.head,o.seq||0);for(let a of n)vo(e,a);for(let a=0,r=!!o.reload;r&&a<50;a++){let s=await re("history",{after:e.last,limit:200},e.name);for(let c of s.messages||[])vo(e,c);r=s.more&&(s.messages||[]).length>0}e.joining=!1;for(let a of e.early)Cn(e,a);e.last<e.head&&gr(e)}finally{e.joining=!1,e.early=[]}}function _o(e){let t=Me.get(e);return t||(t={name:e,users:0,last:0,head:0,have:new Set,gapTimer:null,filling:!1,map:new Map,members:z([]),count:z(0),truncated:z(!1),refused:z(null),log:z([]),state:z(null),keep:ol,joining:!1,early:[],messageHandlers:new Set,eventHandlers:new Set},Me.set(e,t),he.peek()==="connected"&&$r(t).catch(n=>{(n.code==="forbidden"||n.code==="not_found")&&(t.refused.value=n.code)})),t.users++,{members:t.members,count:t.count,truncated:t.truncated,refused:t.refused,log:t.log,state:t.state,async earlier(n=50){let a=t.log.peek()[0]?.seq;if(!a||a<=1)return 0;let r=Math.max(0,a-1-n),c=((await re("history",{after:r,limit:a-1-r},e)).messages||[]).filter(d=>d.seq<a);return t.keep=Math.max(t.keep,t.log.peek().length+c.length),br(t,c),c.length},send(n,a=ho()){return ur(()=>re("send",{text:n,client_id:a},e),{ready:fl})},onMessage(n){return t.messageHandlers.add(n),()=>t.messageHandlers.delete(n)},onEvent(n){return t.eventHandlers.add(n),()=>t.eventHandlers.delete(n)},request(n,a){return re(n,a,e)},release(){t.users--,t.users===0&&(Me.delete(e),clearTimeout(t.gapTimer),re("leave",void 0,e).catch(()=>{}))}}}function ko(e,t){return Tt.has(e)||Tt.set(e,new Set),Tt.get(e).add(t),()=>Tt.get(e).delete(t)}function fl(e=3e4){return new Promise((t,o)=>{let n=!1,a=null,r=setTimeout(()=>{n=!0,a?.(),o({code:"unavailable",message:"not connected"})},e);a=me(()=>{he.value==="connected"&&!n&&(n=!0,clearTimeout(r),queueMicrotask(()=>a?.()),t())})})}function vr(e){return En.add(e),()=>En.delete(e)}function wo(e,t,o){return re("direct",{to:e,kind:t,body:o})}window.addEventListener("online",()=>{_e&&!ee&&(at=100,clearTimeout(go),Hn())});window.addEventListener("offline",()=>{_e&&ee&&$o(ee)});me(()=>{co.value;let e=te.value;e==="in"?!_e&&!Tn?cl():fr():e==="out"&&(Tn=!1,_e&&In(),Ze.value=null)});var st=z([]),hl=1;function x(e,{kind:t="info",timeout:o=8e3}={}){let n=hl++;return st.value=[...st.peek(),{id:n,text:e,kind:t,timeout:o}],n}function Pn(e){st.value=st.peek().filter(t=>t.id!==e)}var Se=z(location.pathname),ae=z(location.search);function be(e,{replace:t=!1}={}){let o=new URL(e,location.origin);o.pathname+o.search!==location.pathname+location.search&&(history[t?"replaceState":"pushState"](null,"",o.pathname+o.search+o.hash),Se.value=o.pathname,ae.value=o.search)}function Re(e){let t=new URLSearchParams;for(let[n,a]of Object.entries(e))a!=null&&a!==""&&a!==!1&&t.set(n,String(a));let o=t.toString()?"?"+t.toString():"";history.replaceState(null,"",location.pathname+o),ae.value=o}function _r(e,t){let o=e.split("/"),n=t.split("/");if(o.length!==n.length)return null;let a={};for(let r=0;r<o.length;r++)if(o[r].startsWith(":")){if(!n[r])return null;a[o[r].slice(1)]=decodeURIComponent(n[r])}else if(o[r]!==n[r])return null;return a}addEventListener("popstate",()=>{Se.value=location.pathname,ae.value=location.search});document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");!t||t.target||t.hasAttribute("download")||t.origin!==location.origin||t.pathname.startsWith("/api/")||t.pathname.startsWith("/assets/")||(e.preventDefault(),be(t.pathname+t.search+t.hash))});var pl=12;function gl(e){let t=2166136261;for(let o of String(e))t^=o.codePointAt(0),t=Math.imul(t,16777619)>>>0;return t%pl}var kr=typeof Intl.Segmenter=="function"?new Intl.Segmenter(void 0,{granularity:"grapheme"}):null,wr=e=>(kr?kr.segment(e)[Symbol.iterator]().next().value?.segment:[...e][0])||"";function bl(e){let t=String(e||"").trim().split(/\s+/).filter(n=>new RegExp("\\p{L}","u").test(n));if(t.length===0)return"?";let o=wr(t[0]);return t.length===1||new RegExp("\\p{Script=Han}|\\p{Script=Hiragana}|\\p{Script=Katakana}|\\p{Script=Hangul}","u").test(o)?o.toLocaleUpperCase():(o+wr(t[t.length-1])).toLocaleUpperCase()}function F({id:e,name:t,photo:o,size:n="s",square:a=!1}){let[r,s]=y(null),c=`avatar avatar-${n}${a?" avatar-square":""}`;return o&&r!==o?l`<img class=${c} src=${o} alt="" aria-hidden="true" loading="lazy" decoding="async" onError=${()=>s(o)} />`:l`<span class=${`${c} tone-${gl(e||t)}`} aria-hidden="true">${bl(t)}</span>`}function ze({href:e,also:t,children:o}){let n=r=>Se.value===r||Se.value.startsWith(r+"/"),a=e==="/"?Se.value==="/":n(e)||t&&n(t);return l`<li><a href=${e} aria-current=${a?"page":void 0}>${o}</a></li>`}var yl=["connecting","connected","reconnecting","offline"];function $l(){let e=he.value,t=Ze.value;return l`<p class="connection" id="connection" data-state=${e} role="status">
    <span class="dot" aria-hidden="true"></span>
    <span class="label">
      <span class="now">${i("connection."+e)}</span>
      ${yl.map(o=>l`<span class="room" aria-hidden="true" key=${o}>${i("connection."+o)}</span>`)}
      ${t&&e!=="connected"?l` <span class="why">${i("connection.problem."+t)}</span>`:""}
    </span>
  </p>`}function vl(){return l`<div class="language-switch">
    <label for="language-switch" class="visually-hidden">${i("header.language")}</label>
    <select id="language-switch" value=${W.value} onChange=${e=>tt(e.currentTarget.value,{remember:!0})}>
      ${bn.map(e=>l`<option value=${e} lang=${e} key=${e}>${Ie(e)}</option>`)}
    </select>
  </div>`}function _l(){return l`<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="8" fill="#fff" />
    <circle cx="16" cy="16" r="5" fill="#0b5c8e" />
    <circle cx="16" cy="6.5" r="3" fill="#f0a030" />
    <circle cx="25.5" cy="16" r="3" fill="#1b6e3a" />
    <circle cx="16" cy="25.5" r="3" fill="#b03a2e" />
    <circle cx="6.5" cy="16" r="3" fill="#7a3e9d" />
  </svg>`}function xr(){let e=L.value,[t,o]=y(!1),n=H(null);S(()=>o(!1),[Se.value,!!e]);let a=s=>{s.key==="Escape"&&t&&!s.defaultPrevented&&(o(!1),n.current?.focus())},r=async()=>{try{await dr(),be("/signin")}catch{x(i("error.network"),{kind:"error"})}};return l`<header class=${"site-header"+(e?" signed-in":"")} onKeyDown=${a}>
    <a class="skip-link" href="#main" onClick=${s=>{s.preventDefault(),document.getElementById("main")?.focus()}}>${i("header.skip")}</a>
    <div class="bar frame">
      <a class="brand" href="/"><${_l} />${i("app.name")}</a>
      ${e&&l`<${$l} />`}
      ${e&&l`<button type="button" class="menu-toggle" ref=${n} aria-expanded=${t?"true":"false"} aria-controls="header-panel" onClick=${()=>o(!t)}>
        <span class="menu-icon" aria-hidden="true"></span>${i("header.menu")}
      </button>`}
      <div id="header-panel" class=${"panel"+(t?" open":"")}>
        ${e&&l`<nav aria-label=${i("header.nav")}>
          <ul>
            <${ze} href="/">${i("nav.home")}<//>
            <${ze} href="/village" also="/booths">${i("nav.village")}<//>
            <${ze} href="/people">${i("nav.people")}<//>
            <${ze} href="/schedule">${i("nav.schedule")}<//>
            ${(e.role==="staff"||e.role==="secretariat")&&l`<${ze} href="/console">${i("nav.console")}<//>`}
            ${e.role==="secretariat"&&l`<${ze} href="/organisations">${i("nav.organisations")}<//>`}
            ${e.role==="secretariat"&&l`<${ze} href="/invitations">${i("nav.invitations")}<//>`}
            <${ze} href="/me">${i("nav.profile")}<//>
          </ul>
        </nav>`}
        <div class="tools">
          ${e&&l`<p class="who">
            <${F} id=${e.id} name=${e.display_name} photo=${e.photo_url} />
            <span class="name">${e.display_name}</span>
            <span class=${"role role-"+e.role}>${i("role."+e.role)}</span>
          </p>`}
          ${e&&l`<a class="tools-link" href="/contacts" aria-current=${Se.value==="/contacts"?"page":void 0}>${i("nav.contacts")}</a>`}
          <${vl} />
          ${e&&l`<button type="button" class="link-button" onClick=${r}>${i("header.sign_out")}</button>`}
        </div>
      </div>
    </div>
  </header>`}function kl({item:e}){let t=H(!1);S(()=>{if(!e.timeout)return;let n=e.timeout,a=setInterval(()=>{t.current||(n-=500,n<=0&&Pn(e.id))},500);return()=>clearInterval(a)},[e.id]);let o=n=>()=>t.current=n;return l`<li
    class=${"toast toast-"+e.kind}
    onMouseEnter=${o(!0)}
    onMouseLeave=${o(!1)}
    onFocusIn=${o(!0)}
    onFocusOut=${o(!1)}
  >
    <p>${e.text}</p>
    <button type="button" class="icon-button" onClick=${()=>Pn(e.id)} aria-label=${i("toast.dismiss")}>×</button>
  </li>`}function wl(e){S(()=>{let t=e.current;if(!t||typeof ResizeObserver!="function")return;let o=document.documentElement,n=new ResizeObserver(()=>{let a=t.getBoundingClientRect().height;o.style.setProperty("--toasts-h",a>0?`${Math.ceil(a)+16}px`:"0px");let r=document.activeElement;a>0&&r&&r!==document.body&&t.getBoundingClientRect().top<r.getBoundingClientRect().bottom&&!t.contains(r)&&r.scrollIntoView({block:"nearest"})});return n.observe(t),()=>n.disconnect()},[])}function Sr(){let e=H(null);return wl(e),l`<section class="toasts" aria-label=${i("toast.region")}>
    <div role="status" aria-live="polite">
      <ul ref=${e}>
        ${st.value.map(t=>l`<${kl} key=${t.id} item=${t} />`)}
      </ul>
    </div>
  </section>`}function D({title:e,intro:t,wide:o,figure:n,children:a}){return S(()=>{document.title=e?`${e} · ${i("app.name")}`:i("app.name")},[e]),l`<div class=${"page frame"+(o?" page-wide":"")}>
    ${n?l`<div class="page-head">${n}<h1 tabindex="-1">${e}</h1></div>`:l`<h1 tabindex="-1">${e}</h1>`}
    ${t&&l`<p class="intro">${t}</p>`}
    ${a}
  </div>`}function N({label:e}){return l`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${e||i("common.loading")}</p>`}function R({error:e,retry:t}){let o=e&&e.code?"error."+e.code:"error.internal";return l`<div class="notice notice-error" role="alert">
    <p>${i(o)}</p>
    ${t&&l`<button type="button" onClick=${t}>${i("common.retry")}</button>`}
  </div>`}function Bn(e,t){return{key:e,fallback:t}}function Et(e){return e?io(e.key)?i(e.key,e.values):e.fallback||i("error.invalid"):""}function Ct(e,t={}){if(!(e instanceof V))return{fields:{},general:Bn("error.internal")};let o={};for(let[a,r]of Object.entries(e.fields||{})){let s=e.code==="validation_failed"&&t[a]||`field.${a}.${e.code==="conflict"?"taken":e.code==="gone"?"gone":"invalid"}`;o[a]=Bn(s,r)}let n=null;return Object.keys(o).length===0&&(n=Bn(`error.${e.code}`,e.message)),{fields:o,general:n}}function oe(e,{draft:t,secret:o=["password","current_password","new_password"]}={}){let n=t&&"village.draft."+t,a=H(JSON.stringify(e)),r=H(!1),[s,c]=y(()=>{if(n)try{let v=JSON.parse(sessionStorage.getItem(n)||"null");if(v&&v.base===a.current&&v.values)return r.current=!0,{...e,...v.values};sessionStorage.removeItem(n)}catch{}return e}),[d,m]=y({}),[u,p]=y(null),[h,f]=y(!1),[g,b]=y(0);S(()=>{if(!n||!r.current)return;let v={...s};for(let $ of o)delete v[$];try{sessionStorage.setItem(n,JSON.stringify({base:a.current,values:v}))}catch{}},[s]);let k={values:s,errors:d,general:u,busy:h,attempt:g,set(v,$){r.current=!0,c(_=>({..._,[v]:$})),d[v]&&m(_=>{let{[v]:C,...w}=_;return w})},setAll(v){r.current=!1,a.current=JSON.stringify(v),c(v)},fail(v,$=null){m(v),p($),b(_=>_+1)},clearDraft(){if(r.current=!1,n)try{sessionStorage.removeItem(n)}catch{}},submit(v,$,{keys:_}={}){return async C=>{if(C.preventDefault(),h)return;let w=$?$(s):{};if(Object.keys(w).length){k.fail(w);return}f(!0),p(null);try{await v(s),m({})}catch(j){let{fields:B,general:O}=Ct(j,_);k.fail(B,O)}finally{f(!1)}}}};return k}function ye(e,t){let o={};for(let n of t){let a=e[n];(a==null||typeof a=="string"&&a.trim()===""||Array.isArray(a)&&a.length===0)&&(o[n]={key:`field.${n}.required`})}return o}function De(e,t,o){return[t&&e+"-hint",o&&e+"-error"].filter(Boolean).join(" ")||void 0}function lt({id:e,text:t}){return t?l`<p class="hint" id=${e+"-hint"}>${t}</p>`:null}function Oe({id:e,error:t}){return t?l`<p class="field-error" id=${e+"-error"}><span class="visually-hidden">${i("form.error_prefix")} </span>${Et(t)}</p>`:null}function q({form:e,name:t,label:o,hint:n,type:a="text",autocomplete:r,required:s,maxLength:c,inputMode:d,spellcheck:m,dir:u,multiline:p,rows:h=4}){let f="f-"+t,g=e.errors[t],b={id:f,name:t,value:e.values[t]??"",onInput:k=>e.set(t,k.currentTarget.value),"aria-invalid":g?"true":void 0,"aria-describedby":De(f,n,g),"aria-required":s?"true":void 0,autocomplete:r,maxLength:c,inputMode:d,spellcheck:m,dir:u};return l`<div class=${"field"+(g?" has-error":"")}>
    <label for=${f}>${o}${s?l` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${lt} id=${f} text=${n} />
    <${Oe} id=${f} error=${g} />
    ${p?l`<textarea ...${b} rows=${h}></textarea>`:l`<input type=${a} ...${b} />`}
  </div>`}function G({form:e,name:t,label:o,hint:n,options:a,required:r,placeholder:s,onChange:c}){let d="f-"+t,m=e.errors[t];return l`<div class=${"field"+(m?" has-error":"")}>
    <label for=${d}>${o}${r?l` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${lt} id=${d} text=${n} />
    <${Oe} id=${d} error=${m} />
    <select
      id=${d}
      name=${t}
      value=${e.values[t]??""}
      onChange=${u=>{e.set(t,u.currentTarget.value),c?.(u.currentTarget.value)}}
      aria-invalid=${m?"true":void 0}
      aria-describedby=${De(d,n,m)}
      aria-required=${r?"true":void 0}
    >
      ${s!==void 0&&l`<option value="">${s}</option>`}
      ${a.map(u=>Array.isArray(u)?l`<option value=${u[0]} key=${u[0]}>${u[1]}</option>`:l`<optgroup label=${u.group} key=${u.group}>${u.options.map(([p,h])=>l`<option value=${p} key=${p}>${h}</option>`)}</optgroup>`)}
    </select>
  </div>`}function xo({form:e,name:t,legend:o,hint:n,options:a,required:r}){let s="f-"+t,c=e.errors[t],d=e.values[t]||[],m=(u,p)=>e.set(t,p?[...d,u]:d.filter(h=>h!==u));return l`<fieldset
    id=${s}
    class=${"field choices"+(c?" has-error":"")}
    aria-describedby=${De(s,n,c)}
    aria-invalid=${c?"true":void 0}
    tabindex="-1"
  >
    <legend>${o}${r?l` <span class="required" aria-hidden="true">*</span>`:""}</legend>
    <${lt} id=${s} text=${n} />
    <${Oe} id=${s} error=${c} />
    <div class="choice-list">
      ${a.map(([u,p,h])=>l`<label class="choice" key=${u}>
          <input type="checkbox" name=${t} value=${u} checked=${d.includes(u)} onChange=${f=>m(u,f.currentTarget.checked)} />
          <span lang=${h}>${p}</span>
        </label>`)}
    </div>
  </fieldset>`}function ct({form:e,name:t,label:o,hint:n}){let a="f-"+t,r=e.errors[t];return l`<div class=${"field check"+(r?" has-error":"")}>
    <${Oe} id=${a} error=${r} />
    <input
      type="checkbox"
      id=${a}
      name=${t}
      checked=${!!e.values[t]}
      onChange=${s=>e.set(t,s.currentTarget.checked)}
      aria-invalid=${r?"true":void 0}
      aria-describedby=${De(a,n,r)}
    />
    <label for=${a}>${o}</label>
    <${lt} id=${a} text=${n} />
  </div>`}function de({form:e,labels:t,id:o="error-summary"}){let n=H(null),a=Object.keys(e.errors),r=a.length>0||e.general;if(S(()=>{r&&e.attempt>0&&n.current?.focus()},[e.attempt]),!r)return null;let s=c=>d=>{d.preventDefault();let m=document.getElementById("f-"+c);(m&&m.tagName==="FIELDSET"&&m.querySelector("input")||m)?.focus()};return l`<div class="error-summary" role="alert" tabindex="-1" ref=${n} aria-labelledby=${o+"-title"}>
    <h2 id=${o+"-title"}>${i("form.problem_title")}</h2>
    ${e.general&&l`<p>${Et(e.general)}</p>`}
    ${a.length>0&&l`<ul>
      ${a.map(c=>l`<li key=${c}><a href=${"#f-"+c} onClick=${s(c)}>${t[c]||c}: ${Et(e.errors[c])}</a></li>`)}
    </ul>`}
  </div>`}function pe({form:e,label:t,busyLabel:o}){return l`<button type="submit" class="primary" aria-disabled=${e.busy?"true":void 0}>
    ${e.busy?o||i("form.working"):t}
  </button>`}function E(e,t=[]){let[o,n]=y({data:null,error:null,loading:!0}),[a,r]=y(0);return S(()=>{let s=!0;return n(c=>({...c,error:null,loading:!0})),e().then(c=>s&&n({data:c,error:null,loading:!1}),c=>s&&n(d=>({...d,error:c,loading:!1}))),()=>{s=!1}},[...t,a]),{...o,reload:()=>r(s=>s+1),set:s=>n(c=>({...c,data:typeof s=="function"?s(c.data):s}))}}var Ln=z(null),It=null;function ge(){return Ln.value?Promise.resolve(Ln.value):(It||(It=A("/api/meta").then(e=>(Ln.value=e,It=null,e),e=>{throw It=null,e})),It)}function P(e,t){if(!t)return"";let o=e+"."+t;return io(o)?i(o):t}function X(e,t){return(t||[]).map(o=>[o,P(e,o)])}function Tr(){let e=oe({email:"",password:""}),t=E(ge),o=e.submit(async a=>{try{await lr(a.email.trim(),a.password)}catch(r){throw r.status===401&&(r.code="wrong_credentials"),r}be(Nn(),{replace:!0})},a=>ye(a,["email","password"])),n={email:i("field.email"),password:i("field.password")};return l`<${D} title=${i("signin.title")} intro=${i("signin.intro")}>
    <form class="form narrow" onSubmit=${o} novalidate>
      <${de} form=${e} labels=${n} />
      <${q} form=${e} name="email" label=${n.email} type="email" autocomplete="username" required inputMode="email" spellcheck=${!1} />
      <${q} form=${e} name="password" label=${n.password} type="password" autocomplete="current-password" required />
      <div class="actions">
        <${pe} form=${e} label=${i("signin.submit")} busyLabel=${i("signin.busy")} />
      </div>
    </form>
    <p>${i("signin.no_account")} <a href="/register">${i("signin.register")}</a></p>
    ${t.data?.demo&&l`<aside class="notice" aria-labelledby="demo-title">
      <h2 id="demo-title">${i("signin.demo_title")}</h2>
      <p>${i("signin.demo_text",{email:"secretariat@village.example",password:"village-demo-2020"})}</p>
    </aside>`}
  <//>`}var xl={search:"M10.5 4a6.5 6.5 0 1 0 4.03 11.6l4.43 4.44 1.42-1.42-4.44-4.43A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z",camera:"M9 4 7.6 6H5a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-2.6L15 4H9Zm3 5a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z",pencil:"m15.2 4.4 4.4 4.4L9 19.4H4.6V15L15.2 4.4Zm0 2.8-8.6 8.6v1.6h1.6l8.6-8.6-1.6-1.6Z",wave:"M7.3 11.6 4.6 8.9a1.3 1.3 0 0 1 1.8-1.8l4 4-.7.7 1 1 .7-.7-5.4-5.4a1.3 1.3 0 0 1 1.8-1.8l5.4 5.4.7-.7-4.3-4.3a1.3 1.3 0 0 1 1.8-1.8l4.3 4.3.7-.7-2.6-2.6a1.3 1.3 0 0 1 1.8-1.8l4.4 4.4a6.5 6.5 0 0 1 0 9.2l-1 1a6.5 6.5 0 0 1-9.2 0l-4.8-4.8a1.3 1.3 0 0 1 1.8-1.8l1.3 1.3.7-.7-2.6-2.6Z",village:"M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z",met:"M8 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm8 0a3 3 0 1 0 0 6 3 3 0 0 0 0-6ZM2 19v-1.5C2 15 5.5 13 8 13s6 2 6 4.5V19H2Zm14-6c-.6 0-1.3.1-2 .3 1.3.9 2 2.2 2 4.2V19h6v-1.5C22 15 18.5 13 16 13Z",external:"M14 3v2h3.6l-9.3 9.3 1.4 1.4L19 6.4V10h2V3h-7ZM5 5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-6h-2v6H5V7h6V5H5Z"};function Ue({name:e}){return l`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d=${xl[e]} /></svg>`}function Te(e){let[t]=y(()=>_o(e));return S(()=>()=>t.release(),[]),t}var Mn=["knock","slot","table","meeting"],Sl=6e4;function Tl(e){try{return new Intl.DateTimeFormat(W.value,{weekday:"short",day:"numeric",month:"short",timeZone:"UTC"}).format(new Date(e+"T00:00:00Z"))}catch{return e}}var Rn=e=>new Intl.NumberFormat(W.value).format(e);function Er(){let e=E(()=>A("/api/contacts/figures"),[]);S(()=>{let r=setInterval(e.reload,Sl);return()=>clearInterval(r)},[]);let t=e.data,o=r=>t?Rn(r):"–",n;e.error&&!t?n=l`<${R} error=${e.error} retry=${e.reload} />`:t?t.days.length===0?n=l`<p class="muted">${i("figures.no_days")}</p>`:n=l`<h3 id="figures-days-title">${i("figures.by_day")}</h3>
      <div class="table-wrap figure-table" role="region" tabindex="0" aria-labelledby="figures-days-title">
        <table aria-labelledby="figures-days-title">
          <thead>
            <tr>
              <th scope="col">${i("figures.day")}</th>
              <th scope="col">${i("figures.new")}</th>
              ${Mn.map(r=>l`<th scope="col" key=${r}>${i("figures.col_"+r)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${t.days.map(r=>l`<tr key=${r.date}>
                <th scope="row"><time datetime=${r.date}>${Tl(r.date)}</time></th>
                <td>${Rn(r.pairs)}</td>
                ${Mn.map(s=>l`<td key=${s}>${Rn(r.by_kind[s])}</td>`)}
              </tr>`)}
          </tbody>
        </table>
      </div>`:n=l`<${N} />`;let a=t?.pairs??0;return l`<section class="card contact-figures" aria-labelledby="figures-title" aria-busy=${t?void 0:"true"}>
    <h2 id="figures-title">${i("figures.title")}</h2>
    <div class="figures-grid">
      <div class="figures-main">
        <p class="figure-lead">
          <span class="figure-number">${o(a)}</span>${" "}<span class="figure-label">${i("figures.pairs",{count:a})}</span>
        </p>
        <p class="figure-sub">${t?l`${i("figures.people",{count:t.people})} · ${i("figures.contacts",{count:t.contacts})}`:" "}</p>
        <h3 id="figures-kind-title">${i("figures.by_kind")}</h3>
        <dl class="figure-kinds">
          ${Mn.map(r=>l`<div key=${r}><dt>${i("figures.kind_"+r)}</dt><dd>${o(t?.by_kind[r])}</dd></div>`)}
        </dl>
      </div>
      <div class="figures-days">${n}</div>
    </div>
  </section>`}function El({m:e,me:t,wave:o}){let n=e.id===t.id;return l`<li class="face" data-person-id=${e.id}>
    <${F} id=${e.id} name=${e.name} photo=${e.photo_url} size="m" />
    <div class="face-text">
      <a class="face-name" href=${"/people/"+encodeURIComponent(e.id)}>${e.name}</a>
      ${e.role&&e.role!=="participant"&&l`<span class=${"role role-"+e.role}>${i("role."+e.role)}</span>`}
    </div>
    ${n?l`<span class="muted face-you">${i("home.you")}</span>`:l`<button type="button" class="small" onClick=${o(e)} aria-label=${i("home.wave",{name:e.name})}>
          <${Ue} name="wave" /> ${i("home.wave_short")}
        </button>`}
  </li>`}function Cr(){let e=L.value,t=Te("lobby"),o=t.members.value,n=t.count.value,a=he.value==="connected",r=s=>async()=>{try{await wo(s.id,"wave",{}),x(i("home.waved",{name:s.name}))}catch{x(i("home.wave_failed",{name:s.name}),{kind:"error"})}};return l`<${D} title=${i("home.title",{name:e.display_name})} intro=${i("home.intro")} wide>
    ${e.role==="secretariat"&&l`<${Er} />`}
    <div class="home-grid">
      <section aria-labelledby="online-title" class="card now">
        <div class="section-head">
          <h2 id="online-title">${i("home.online_title")}</h2>
          <p class="count">
            ${a&&l`<span class="live-dot" aria-hidden="true"></span>`}
            ${a?i("home.online_count",{count:n}):i("home.online_waiting")}
          </p>
        </div>
        <ul id="online" class="faces">
          ${o.map(s=>l`<${El} key=${s.id} m=${s} me=${e} wave=${r} />`)}
        </ul>
        ${t.truncated.value&&l`<p class="muted">${i("home.online_truncated",{shown:o.length,count:n})}</p>`}
      </section>
      <aside aria-labelledby="next-title" class="card next">
        <h2 id="next-title">${i("home.next_title")}</h2>
        <ul class="next-list">
          <li><a href="/village"><span class="next-icon"><${Ue} name="village" /></span>${i("home.next_village")}</a></li>
          <li><a href="/people"><span class="next-icon"><${Ue} name="search" /></span>${i("home.next_people")}</a></li>
          <li><a href="/contacts"><span class="next-icon"><${Ue} name="met" /></span>${i("home.next_contacts")}</a></li>
          <li>
            <a href="/me"><span class="next-icon"><${Ue} name=${e.photo_url?"pencil":"camera"} /></span>${e.photo_url?i("home.next_profile"):i("home.next_photo")}</a>
          </li>
        </ul>
      </aside>
    </div>
  <//>`}function zn(){return l`<${D} title=${i("notfound.title")}>
    <p>${i("notfound.text")}</p>
    <p><a href="/">${i("notfound.home")}</a></p>
  <//>`}var So=e=>String(e).normalize("NFD").replace(new RegExp("\\p{M}","gu"),"").toLocaleLowerCase();function To({form:e,name:t,label:o,hint:n,options:a,required:r}){let s="f-"+t,c=s+"-list",d=e.errors[t],m=e.values[t]||[],[u,p]=y(""),[h,f]=y(!1),[g,b]=y(0),k=H(null),v=H(null),$=So(u.trim()),_=$?a.filter(([T,le,,ce])=>So(le).includes($)||So(T)===$||ce&&So(ce).includes($)):a,C=Math.min(g,Math.max(0,_.length-1)),w=h&&_[C],j=new Map(a.map(T=>[T[0],T]));S(()=>{h&&w&&document.getElementById(`${s}-opt-${w[0]}`)?.scrollIntoView({block:"nearest"})},[h,C,$]);let B=T=>e.set(t,m.includes(T)?m.filter(le=>le!==T):[...m,T]),O=T=>{f(!0),b(Math.max(0,Math.min(_.length-1,T)))},se=T=>{switch(T.key){case"ArrowDown":T.preventDefault(),O(h?C+1:C);break;case"ArrowUp":T.preventDefault(),O(h?C-1:C);break;case"Home":case"End":h&&(T.preventDefault(),O(T.key==="Home"?0:_.length-1));break;case"Enter":h&&w?(T.preventDefault(),B(w[0]),u&&(p(""),b(a.indexOf(w)))):h||(T.preventDefault(),f(!0));break;case"Escape":h?(T.preventDefault(),T.stopPropagation(),f(!1)):u&&(T.preventDefault(),p(""));break;case"Backspace":!u&&m.length&&e.set(t,m.slice(0,-1));break;case"Tab":f(!1);break}};return l`<div class=${"field multiselect"+(d?" has-error":"")}>
    <label for=${s} id=${s+"-label"}>${o}${r?l` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${lt} id=${s} text=${n} />
    <${Oe} id=${s} error=${d} />
    ${m.length>0&&l`<ul class="chips" id=${s+"-chosen"} aria-label=${i("multiselect.chosen",{field:o,count:m.length})}>
      ${m.map(T=>{let[,le,ce]=j.get(T)||[T,T];return l`<li class="chip" key=${T} data-value=${T}>
          <span lang=${ce}>${le}</span>
          <button
            type="button"
            class="chip-remove"
            aria-label=${i("multiselect.remove",{name:le})}
            onClick=${()=>{B(T),k.current?.focus()}}
          ><span aria-hidden="true">×</span></button>
        </li>`})}
    </ul>`}
    <div class="combo">
      <input
        id=${s}
        ref=${k}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${h?"true":"false"}
        aria-controls=${c}
        aria-activedescendant=${w?`${s}-opt-${w[0]}`:void 0}
        aria-invalid=${d?"true":void 0}
        aria-required=${r?"true":void 0}
        aria-describedby=${[De(s,n,d),m.length?s+"-chosen":""].filter(Boolean).join(" ")||void 0}
        placeholder=${i("multiselect.search")}
        value=${u}
        onInput=${T=>{p(T.currentTarget.value),b(0),f(!0)}}
        onKeyDown=${se}
        onClick=${()=>f(!0)}
        onBlur=${T=>{v.current?.contains(T.relatedTarget)||f(!1)}}
      />
      <ul
        id=${c}
        ref=${v}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby=${s+"-label"}
        class="listbox"
        hidden=${!h}
        onMouseDown=${T=>T.preventDefault()}
      >
        ${_.map(([T,le,ce],ue)=>l`<li
            key=${T}
            id=${`${s}-opt-${T}`}
            role="option"
            data-value=${T}
            aria-selected=${m.includes(T)?"true":"false"}
            class=${ue===C?"active":void 0}
            onClick=${()=>{B(T),b(ue)}}
          ><span class="tick" aria-hidden="true"></span><span lang=${ce}>${le}</span></li>`)}
        ${_.length===0&&l`<li role="option" aria-disabled="true" aria-selected="false" class="none">${i("multiselect.none")}</li>`}
      </ul>
    </div>
  </div>`}var Ir="AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(" ");var Dn=new Map;function Hr(e){return Dn.has(e)||Dn.set(e,Ie(e)),Dn.get(e)}function qn(e=[]){let t=e.filter(o=>!no.includes(o));return[...no,...t].map(o=>[o,Hr(o),o,ie(o)])}var On={lang:null,list:[]};function Eo(){if(On.lang!==W.value){let e=no.map(t=>{let o=ie(t),n=Hr(t);return[t,o.toLocaleLowerCase()===n.toLocaleLowerCase()?n:`${o} (${n})`,o]}).sort((t,o)=>Ae(t[2],o[2])).map(([t,o])=>[t,o]);On={lang:W.value,list:e}}return On.list}var Un={lang:null,list:[]};function Cl(){if(Un.lang!==W.value){let e=Ir.map(t=>[t,xe(t)]).sort((t,o)=>Ae(t[1],o[1]));Un={lang:W.value,list:e}}return Un.list}var Il=["Africa","America","Antarctica","Arctic","Asia","Atlantic","Australia","Europe","Indian","Pacific"],At={lang:null,groups:[],known:new Set};function Al(e,t=new Date){try{let o=new Intl.DateTimeFormat("en-US",{timeZone:e,timeZoneName:"longOffset"}).formatToParts(t).find(a=>a.type==="timeZoneName"),n=/GMT([+-]\d\d:\d\d)?/.exec(o?.value||"");return n?"UTC"+(n[1]||""):"UTC"}catch{return"UTC"}}function Ar(e,t){let o=e.split("/").pop().replaceAll("_"," "),n=Al(e,t),a="";try{a=new Intl.DateTimeFormat(W.value,{timeZone:e,timeZoneName:"longGeneric"}).formatToParts(t).find(s=>s.type==="timeZoneName")?.value||""}catch{}let r=a&&!/^(GMT|UTC)([+\-−]|$)/.test(a);return e==="UTC"?`UTC (${i("field.time_zone.utc")})`:`${o} (${n})${r?" · "+a:""}`}function Hl(e){if(At.lang!==W.value){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}let o=new Date,n=new Map;for(let r of new Set(["UTC",...t])){let s=Il.includes(r.split("/")[0])&&r.includes("/")?r.split("/")[0]:"other";n.has(s)||n.set(s,[]),n.get(s).push([r,Ar(r,o)])}let a=[...n.entries()].map(([r,s])=>({group:i("field.time_zone.region."+r.toLowerCase()),region:r,options:s.sort((c,d)=>Ae(c[1],d[1]))}));a.sort((r,s)=>(s.region==="other")-(r.region==="other")||Ae(r.group,s.group)),At={lang:W.value,groups:a,known:new Set(t.concat("UTC"))}}return e&&!At.known.has(e)?[{group:i("field.time_zone.region.other"),region:"current",options:[[e,Ar(e,new Date)]]},...At.groups]:At.groups}function Pr(e){return String(e||"").split(/[,،，、]/).map(t=>t.trim()).filter(Boolean)}var Fn=e=>[...String(e||"").trim()].length;function Co(e){return{display_name:e.display_name||"",stakeholder_group:e.stakeholder_group||"",region:e.region||"",country:e.country||"",languages:[...e.languages||[]],time_zone:e.time_zone||"",themes:[...e.themes||[]],tags:(e.tags||[]).join(", "),expertise:e.expertise||"",youth:!!e.youth,parliamentarian:!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function Ht(e){return{display_name:e.display_name.trim(),stakeholder_group:e.stakeholder_group,region:e.region,country:e.country,languages:e.languages,time_zone:e.time_zone,themes:e.themes,tags:Pr(e.tags),expertise:e.expertise.trim(),youth:!!e.youth,parliamentarian:e.stakeholder_group==="government"&&!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function Io(e){let t=ye(e,["display_name","stakeholder_group","region","country","languages","time_zone"]);!t.display_name&&Fn(e.display_name)>80&&(t.display_name={key:"field.display_name.invalid"}),!t.languages&&e.languages.length>10&&(t.languages={key:"field.languages.invalid"});let o=Pr(e.tags);return(o.length>10||o.some(n=>Fn(n)>40))&&(t.tags={key:"field.tags.invalid"}),Fn(e.expertise)>500&&(t.expertise={key:"field.expertise.invalid"}),t}function Pt(){return{display_name:i("field.display_name"),stakeholder_group:i("field.stakeholder_group"),parliamentarian:i("field.parliamentarian"),region:i("field.region"),country:i("field.country"),youth:i("field.youth"),languages:i("field.languages"),time_zone:i("field.time_zone"),themes:i("field.themes"),tags:i("field.tags"),expertise:i("field.expertise"),directory_opt_in:i("field.directory_opt_in")}}function Gn({form:e,label:t}){let o=e.values.time_zone,n=o?I(new Date().toISOString(),o,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";return l`<${G}
    form=${e}
    name="time_zone"
    label=${t}
    hint=${o?i("field.time_zone.hint",{time:n}):i("field.time_zone.hint_none")}
    options=${Hl(o)}
    placeholder=${i("form.choose")}
    required
  />`}function Ao({form:e,meta:t,level:o="h2"}){let n=Pt(),a=e.values,r=H([]);r.current=[...new Set([...r.current,...a.languages])];let s=o;return l`
    <${s} class="form-section">${i("profile.section.about")}<//>
    <${q} form=${e} name="display_name" label=${n.display_name} hint=${i("field.display_name.hint")} autocomplete="name" required />
    <${G}
      form=${e}
      name="stakeholder_group"
      label=${n.stakeholder_group}
      options=${X("stakeholder",t.stakeholder_groups)}
      placeholder=${i("form.choose")}
      required
      onChange=${c=>c!=="government"&&a.parliamentarian&&e.set("parliamentarian",!1)}
    />
    ${a.stakeholder_group==="government"&&l`<${ct} form=${e} name="parliamentarian" label=${n.parliamentarian} hint=${i("field.parliamentarian.hint")} />`}
    <${G}
      form=${e}
      name="region"
      label=${n.region}
      hint=${i("field.region.hint")}
      options=${X("region",t.regions)}
      placeholder=${i("form.choose")}
      required
    />
    <${G} form=${e} name="country" label=${n.country} options=${Cl()} placeholder=${i("form.choose")} required />
    <${ct} form=${e} name="youth" label=${n.youth} hint=${i("field.youth.hint")} />

    <${s} class="form-section">${i("profile.section.languages")}<//>
    <${To}
      form=${e}
      name="languages"
      label=${n.languages}
      hint=${i("field.languages.hint")}
      options=${qn(r.current)}
      required
    />
    <${Gn} form=${e} label=${n.time_zone} />

    <${s} class="form-section">${i("profile.section.interests")}<//>
    <${xo} form=${e} name="themes" legend=${n.themes} hint=${i("field.themes.hint")} options=${X("theme",t.themes)} />
    <${q} form=${e} name="tags" label=${n.tags} hint=${i("field.tags.hint")} />
    <${q} form=${e} name="expertise" label=${n.expertise} hint=${i("field.expertise.hint")} multiline rows=${4} />

    <${s} class="form-section">${i("profile.section.directory")}<//>
    <${ct} form=${e} name="directory_opt_in" label=${n.directory_opt_in} hint=${i("field.directory_opt_in.hint")} />
  `}var Pl=()=>({email:"",password:"",display_name:"",stakeholder_group:"",region:"",country:"",languages:[],time_zone:we(),themes:[],tags:"",expertise:"",youth:!1,parliamentarian:!1,directory_opt_in:!1});function Bl({id:e,form:t}){let o=E(()=>A("/api/invitations/"+encodeURIComponent(e)),[e]),n=t.errors.invitation,a=i("register.invitation");o.data&&(a=i("register.invitation_role",{role:P("role",o.data.role)}));let r=n||o.error||o.data&&(o.data.used||o.data.expired);return l`<section
    id="f-invitation"
    tabindex="-1"
    class=${"notice"+(r?" notice-error":"")}
    aria-labelledby="invitation-title"
  >
    <h2 id="invitation-title">${i("register.invitation_title")}</h2>
    ${r?l`<p class="field-error"><span class="visually-hidden">${i("form.error_prefix")} </span>${n?Et(n):i("field.invitation.invalid")}</p>`:l`<p>${a}</p>`}
    <p><a href="/register">${i("register.without_invitation")}</a></p>
  </section>`}function Br(){let e=E(ge),t=new URLSearchParams(ae.value).get("invitation")||"",o=oe(Pl(),{draft:"register"}),n={email:i("field.email"),password:i("field.password"),...Pt(),invitation:i("register.invitation_title")},a=o.submit(async s=>{let c={email:s.email.trim(),password:s.password,...Ht(s)};t&&(c.invitation=t);let d=await cr(c);o.clearDraft(),t?d.role==="participant"?x(i("register.welcome_invitation_lost",{name:d.display_name})):x(i("register.welcome_role",{name:d.display_name,role:P("role",d.role)})):x(i("register.welcome",{name:d.display_name}))},s=>{let c={...ye(s,["email","password"]),...Io(s)};!c.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email.trim())&&(c.email={key:"field.email.invalid"}),!c.password&&([...s.password].length<10||[...s.password].length>128)&&(c.password={key:"field.password.invalid"});let d=Object.keys(n);return Object.fromEntries(Object.entries(c).sort((m,u)=>d.indexOf(m[0])-d.indexOf(u[0])))}),r;return e.error?r=l`<${R} error=${e.error} retry=${e.reload} />`:e.data?r=l`<form class="form" onSubmit=${a} novalidate>
      <${de} form=${o} labels=${n} />
      <p class="muted">${i("form.required_note")}</p>
      ${t&&l`<${Bl} id=${t} form=${o} />`}
      <h2 class="form-section">${i("register.section.account")}</h2>
      <${q}
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
      <${q}
        form=${o}
        name="password"
        label=${n.password}
        hint=${i("field.password.hint")}
        type="password"
        autocomplete="new-password"
        required
      />
      <${Ao} form=${o} meta=${e.data} level="h2" />
      <div class="actions">
        <${pe} form=${o} label=${i("register.submit")} busyLabel=${i("register.busy")} />
      </div>
    </form>`:r=l`<${N} />`,l`<${D} title=${i("register.title")} intro=${i("register.intro")}>
    ${r}
    <p>${i("register.have_account")} <a href=${"/signin"+(t?"?next="+encodeURIComponent("/invite/"+t):"")}>${i("register.sign_in")}</a></p>
  <//>`}function Lr(e){if(e instanceof V){if(e.status===404)return"invite.not_found";if(e.status===409)return"invite.used";if(e.status===410)return"invite.expired";if(e.code&&e.code!=="bad_request")return"error."+e.code}return"error.internal"}function Ll({id:e}){let t=E(()=>A("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?l`${t.data.name}`:t.error?l`<span class="muted">${i("invite.organisation_unknown")}</span>`:l`<span class="muted">${i("common.loading")}</span>`}function Nr({id:e}){let t=L.value,o=t?.time_zone,n=E(()=>A("/api/invitations/"+encodeURIComponent(e)),[e]),[a,r]=y(!1),[s,c]=y(null),[d,m]=y(null),u=H(null);S(()=>{(d||s)&&u.current?.focus()},[d,s]);let p=async()=>{if(!a){r(!0),c(null);try{let f=await Q("/api/invitations/"+encodeURIComponent(e)+"/accept");Ne(f),m(f),n.set(g=>({...g,used:!0})),x(i("invite.accepted_toast",{role:P("role",f.role)}))}catch(f){let g=Lr(f);f instanceof V&&f.status===409&&t?.role==="secretariat"&&n.data?.role==="staff"?g="invite.secretariat_staff":f instanceof V&&f.status===410&&n.data?.role==="staff"&&!n.data.expired&&(g="invite.organisation_gone"),c(g)}finally{r(!1)}}},h;if(n.loading&&!n.data)h=l`<${N} />`;else if(n.error)h=l`<div class="notice notice-error" role="alert">
      <p>${i(Lr(n.error))}</p>
      ${!(n.error instanceof V&&n.error.status===404)&&l`<button type="button" onClick=${n.reload}>${i("common.retry")}</button>`}
    </div>`;else{let f=n.data,g=!f.used&&!f.expired,b="/invite/"+encodeURIComponent(e);h=l`
      <dl class="facts">
        <dt>${i("invite.role")}</dt>
        <dd>${P("role",f.role)}</dd>
        ${f.organisation_id&&l`<dt>${i("invite.organisation")}</dt>
          <dd>${t?l`<${Ll} id=${f.organisation_id} />`:l`<span class="muted">${i("invite.organisation_signed_out")}</span>`}</dd>`}
        ${f.note&&l`<dt>${i("invite.note")}</dt><dd>${f.note}</dd>`}
        <dt>${f.expired?i("invite.expired_at"):i("invite.expires_at")}</dt>
        <dd>${I(f.expires_at,o)}</dd>
        <dt>${i("invite.state")}</dt>
        <dd>${f.used?i("invite.state.used"):f.expired?i("invite.state.expired"):i("invite.state.open")}</dd>
      </dl>
      <p>${i("invite.role_explained."+f.role)}</p>
      ${f.used&&!d&&l`<div class="notice notice-error"><p>${i("invite.used")}</p></div>`}
      ${!f.used&&f.expired&&l`<div class="notice notice-error"><p>${i("invite.expired")}</p></div>`}
      ${d&&l`<div class="notice notice-ok" tabindex="-1" ref=${u} role="status">
        <p>${i("invite.accepted",{role:P("role",d.role)})}</p>
        <p><a href="/">${i("invite.go_home")}</a></p>
      </div>`}
      ${s&&l`<div class="notice notice-error" tabindex="-1" ref=${u} role="alert"><p>${i(s)}</p></div>`}
      ${g&&!d&&(t?l`<p class="muted">${i("invite.signed_in_as",{name:t.display_name,role:P("role",t.role)})}</p>
            <div class="actions">
              <button type="button" class="primary" onClick=${p} aria-disabled=${a?"true":void 0}>
                ${a?i("invite.accepting"):i("invite.accept",{role:P("role",f.role)})}
              </button>
            </div>`:l`<p>${i("invite.signed_out")}</p>
            <ul class="link-list">
              <li><a href=${"/signin?next="+encodeURIComponent(b)}>${i("invite.sign_in")}</a></li>
              <li><a href=${"/register?invitation="+encodeURIComponent(e)}>${i("invite.register")}</a></li>
            </ul>`)}
    `}return l`<${D} title=${i("invite.title")} intro=${i("invite.intro")}>${h}<//>`}var Mr=["image/jpeg","image/png","image/gif"],Nl=25*1024*1024,Ml=1024;async function Rl(e){if(typeof createImageBitmap!="function")return e;try{let t=await createImageBitmap(e,{imageOrientation:"from-image"}),o=Math.min(1,Ml/Math.max(t.width,t.height)),n=document.createElement("canvas");return n.width=Math.max(1,Math.round(t.width*o)),n.height=Math.max(1,Math.round(t.height*o)),n.getContext("2d").drawImage(t,0,0,n.width,n.height),t.close?.(),await new Promise(r=>n.toBlob(r,"image/jpeg",.9))||e}catch{return e}}function Rr(e){switch(e?.code){case"payload_too_large":return i("photo.too_large");case"unsupported_media_type":return i("photo.wrong_type");case"validation_failed":return i("photo.unreadable");default:return i(e?.code?"error."+e.code:"error.internal")}}function zr({me:e}){let[t,o]=y(!1),[n,a]=y(""),r=H(null),s=async d=>{if(a(""),!!d){if(!Mr.includes(d.type)){a(i("photo.wrong_type"));return}if(d.size>Nl){a(i("photo.too_large"));return}o(!0);try{let m=await $e("PUT","/api/me/photo",{raw:await Rl(d)});Ne(m),x(i("photo.saved"))}catch(m){a(Rr(m))}finally{o(!1),r.current&&(r.current.value="")}}},c=async()=>{a(""),o(!0);try{Ne(await $e("DELETE","/api/me/photo")),x(i("photo.removed"))}catch(d){a(Rr(d))}finally{o(!1)}};return l`<section aria-labelledby="photo-title" class="card photo-section" id="photo">
    <h2 id="photo-title">${i("profile.section.photo")}</h2>
    <div class="photo-row">
      <${F} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="l" />
      <div class="photo-controls">
        <p class="hint" id="f-photo-hint">${i("photo.hint")}</p>
        ${n&&l`<p class="field-error" id="f-photo-error" role="alert">${n}</p>`}
        <div class="actions">
          <input
            type="file"
            id="f-photo"
            ref=${r}
            class="file-input"
            accept=${Mr.join(",")}
            aria-describedby=${"f-photo-hint"+(n?" f-photo-error":"")}
            disabled=${t}
            onChange=${d=>s(d.currentTarget.files?.[0])}
          />
          <label for="f-photo" class="button primary">${t?i("photo.uploading"):e.photo_url?i("photo.change"):i("photo.choose")}</label>
          ${e.photo_url&&l`<button type="button" class="danger" onClick=${c} aria-disabled=${t?"true":void 0}>${i("photo.remove")}</button>`}
        </div>
      </div>
    </div>
  </section>`}var zl=(e,t)=>JSON.stringify(e)===JSON.stringify(t);function Dl({me:e,meta:t}){let o=oe(Co(e),{draft:"profile."+e.id}),n=Pt(),a=o.submit(async r=>{let s=Ht(r),c=Ht(Co(e)),d={};for(let[u,p]of Object.entries(s))zl(p,c[u])||(d[u]=p);if(Object.keys(d).length===0){x(i("profile.no_changes"));return}let m=await Ye("/api/me",d);Ne(m),o.setAll(Co(m)),o.clearDraft(),x(i("profile.saved"))},Io);return l`<section aria-labelledby="profile-title" class="card">
    <h2 id="profile-title">${i("profile.section.profile")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${de} form=${o} labels=${n} id="profile-errors" />
      <p class="muted">${i("form.required_note")}</p>
      <${Ao} form=${o} meta=${t} level="h3" />
      <div class="actions">
        <${pe} form=${o} label=${i("profile.save")} busyLabel=${i("profile.saving")} />
      </div>
    </form>
  </section>`}function Ol({me:e}){let t=oe({email:e.email,password:"",current_password:""}),o={email:i("field.email"),password:i("profile.new_password"),current_password:i("field.current_password")},n=t.submit(async a=>{let r={};if(a.email.trim().toLowerCase()!==e.email&&(r.email=a.email.trim()),e.has_password&&a.password&&(r.password=a.password),Object.keys(r).length===0){x(i("profile.no_changes"));return}e.has_password&&(r.current_password=a.current_password);let s=await Ye("/api/me",r);Ne(s),t.setAll({email:s.email,password:"",current_password:""}),x(r.password?r.email?i("profile.both_changed"):i("profile.password_changed"):i("profile.email_changed"))},a=>{let r=ye(a,["email"]);!r.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email.trim())&&(r.email={key:"field.email.invalid"}),e.has_password&&a.password&&([...a.password].length<10||[...a.password].length>128)&&(r.password={key:"field.password.invalid"});let s=a.email.trim().toLowerCase()!==e.email||e.has_password&&a.password;return e.has_password&&s&&!a.current_password&&(r.current_password={key:"field.current_password.required"}),r});return l`<section aria-labelledby="signin-title" class="card">
    <h2 id="signin-title">${e.has_password?i("profile.section.signin"):i("profile.section.email")}</h2>
    <form class="form narrow" onSubmit=${n} novalidate>
      <${de} form=${t} labels=${o} id="signin-errors" />
      ${!e.has_password&&l`<p>${i("profile.no_password")}</p>`}
      <${q} form=${t} name="email" label=${o.email} type="email" autocomplete="email" inputMode="email" spellcheck=${!1} required />
      ${e.has_password&&l`<${q} form=${t} name="password" label=${o.password} hint=${i("profile.new_password_hint")} type="password" autocomplete="new-password" />
        <${q}
          form=${t}
          name="current_password"
          label=${o.current_password}
          hint=${i("field.current_password.hint")}
          type="password"
          autocomplete="current-password"
        />`}
      <div class="actions">
        <${pe} form=${t} label=${e.has_password?i("profile.signin_save"):i("profile.email_save")} busyLabel=${i("profile.saving")} />
      </div>
    </form>
  </section>`}function Ul({me:e}){let t=oe({confirm_delete:!1}),o={confirm_delete:i("field.confirm_delete")},n=t.submit(async()=>{await fe("/api/me");try{sessionStorage.removeItem("village.draft.profile."+e.id)}catch{}fo("user"),be("/signin",{replace:!0}),x(i("profile.deleted"))},a=>a.confirm_delete?{}:{confirm_delete:{key:"field.confirm_delete.required"}});return l`<section aria-labelledby="delete-title" class="card danger-zone">
    <h2 id="delete-title">${i("profile.section.delete")}</h2>
    <p>${i("profile.delete_what")}</p>
    <ul>
      <li>${i("profile.delete_item.profile")}</li>
      <li>${i("profile.delete_item.sessions")}</li>
      <li>${i("profile.delete_item.role",{role:P("role",e.role)})}</li>
    </ul>
    <p>${i("profile.delete_stays")}</p>
    <form class="form" onSubmit=${n} novalidate>
      <${de} form=${t} labels=${o} id="delete-errors" />
      <${ct} form=${t} name="confirm_delete" label=${o.confirm_delete} />
      <div class="actions">
        <button type="submit" class="danger primary" aria-disabled=${t.busy?"true":void 0}>
          ${t.busy?i("profile.deleting"):i("profile.delete")}
        </button>
      </div>
    </form>
  </section>`}function Dr(){let e=L.value,t=E(ge),o;return t.error?o=l`<${R} error=${t.error} retry=${t.reload} />`:t.data?o=l`
      <p class="muted">
        ${i("profile.summary",{role:P("role",e.role),created:I(e.created_at,e.time_zone,{dateStyle:"long"})})}
        ${" "}<a href=${"/people/"+encodeURIComponent(e.id)}>${i("profile.see_public")}</a>
      </p>
      <${zr} me=${e} />
      <${Dl} me=${e} meta=${t.data} />
      <${Ol} me=${e} />
      <${Ul} me=${e} />
    `:o=l`<${N} />`,l`<${D} title=${i("profile.title")} intro=${i("profile.intro")}>${o}<//>`}function Fe(e,t){let o=new URLSearchParams(e),n={};for(let r of t)n[r]=o.get(r)||"";let a=parseInt(o.get("offset")||"0",10);return n.offset=Number.isFinite(a)&&a>0?a:0,n}function Ho({form:e,names:t,search:o,results:n,keep:a={}}){let r=H(null),s=H(!1);S(()=>{e.setAll(Fe(o,t))},[o]),S(()=>{if(n.error instanceof V&&n.error.code==="validation_failed"){let{fields:u,general:p}=Ct(n.error);e.fail(u,p)}},[n.error]),S(()=>{!n.loading&&s.current&&(s.current=!1,r.current?.focus())},[n.loading]);let c=e.submit(async u=>{let p={...a};for(let h of t)p[h]=typeof u[h]=="string"?u[h].trim():u[h];Re(p)});return{heading:r,onSubmit:c,clear:()=>{e.setAll(Fe("",t)),Re(a)},go:u=>()=>{s.current=!0;let{offset:p,...h}=Fe(o,t);Re({...a,...h,offset:u||void 0})},set:t.filter(u=>Fe(o,t)[u]).length}}function Po({form:e,labels:t,filters:o,children:n}){let[a,r]=y(!1);return l`<section aria-labelledby="filters-title" class=${"card filters-card"+(a?" open":"")}>
    <h2 id="filters-title">
      <span class="filters-title-text">${i("directory.filters")}</span>
      <button type="button" class="filters-toggle" aria-expanded=${a?"true":"false"} aria-controls="filters-body" onClick=${()=>r(!a)}>
        <span>${i("directory.filters_count",{count:o.set})}</span><span class="chevron" aria-hidden="true">▾</span>
      </button>
    </h2>
    <form id="filters-body" class="form filters-body" onSubmit=${o.onSubmit} novalidate role="search" aria-labelledby="filters-title">
      <${de} form=${e} labels=${t} />
      <div class="filters">${n}</div>
      <div class="actions">
        <${pe} form=${e} label=${i("directory.search")} />
        <button type="button" onClick=${o.clear}>${i("directory.clear")}</button>
      </div>
    </form>
  </section>`}function Fl(e,t=o=>i("directory.count",{count:o})){let o=e.data;return e.loading?i("directory.searching"):o&&o.total===0?i("directory.none"):o&&o.items.length===0?i("directory.past_end",{count:o.total}):o?t(o.total)+" "+i("directory.showing",{from:o.offset+1,to:o.offset+o.items.length,total:o.total}):""}function Bo({results:e,filters:t,limit:o,count:n,children:a}){let r=e.data,s=e.error instanceof V&&e.error.code==="validation_failed";return l`<section aria-labelledby="results-title" class="results-area">
    <h2 id="results-title" tabindex="-1" ref=${t.heading}>${i("directory.results")}</h2>
    <p role="status" aria-live="polite" class="results-count">${Fl(e,n)}</p>
    ${e.error&&!s&&l`<${R} error=${e.error} retry=${e.reload} />`}
    ${!r&&e.loading&&l`<${N} />`}
    ${r&&r.items.length>0&&a}
    ${r&&r.items.length>0&&r.total>r.limit&&l`<nav class="pager" aria-label=${i("directory.pages")}>
      ${r.offset>0&&l`<button type="button" onClick=${t.go(Math.max(0,r.offset-o))}>${i("directory.previous")}</button>`}
      ${r.offset+r.items.length<r.total&&l`<button type="button" onClick=${t.go(r.offset+o)}>${i("directory.next")}</button>`}
    </nav>`}
    ${r&&r.items.length===0&&r.total>0&&l`<p><button type="button" onClick=${t.go(0)}>${i("directory.first_page")}</button></p>`}
  </section>`}var Or=20,Fr=["q","theme","interest","stakeholder_group","region","language","youth"],Ur=e=>Fe(e,Fr);function ql({p:e}){let t=[P("stakeholder",e.stakeholder_group),P("region",e.region),e.country&&xe(e.country)].filter(Boolean);return l`<li class="result">
    <${F} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="m" />
    <div class="result-body">
      <div class="result-head">
        <h3><a href=${"/people/"+encodeURIComponent(e.id)}>${e.display_name}</a></h3>
        ${e.role!=="participant"&&l`<span class=${"role role-"+e.role}>${P("role",e.role)}</span>`}
      </div>
      <p>${t.join(" · ")}</p>
      ${e.languages.length>0&&l`<p>${i("directory.speaks",{languages:e.languages.map(ie).join(", ")})}</p>`}
      ${e.themes.length>0&&l`<ul class="tags" aria-label=${i("directory.themes")}>
          ${e.themes.map(o=>l`<li key=${o}>${P("theme",o)}</li>`)}
        </ul>`}
    </div>
  </li>`}function qr(){let e=E(ge),t=oe(Ur(ae.value)),o=ae.value,n=E(()=>{let{offset:d,...m}=Ur(o);return A("/api/directory"+ot({...m,offset:d||void 0,limit:Or}))},[o]),a=Ho({form:t,names:Fr,search:o,results:n}),r={q:i("field.q"),theme:i("field.theme"),interest:i("field.interest"),stakeholder_group:i("field.stakeholder_group"),region:i("field.region"),language:i("field.language"),youth:i("directory.youth"),offset:i("directory.page"),limit:i("directory.page")},s=e.data||{themes:[],stakeholder_groups:[],regions:[]},c=n.data;return l`<${D} title=${i("directory.title")} intro=${i("directory.intro")} wide>
    ${e.error&&l`<${R} error=${e.error} retry=${e.reload} />`}
    <${Po} form=${t} labels=${r} filters=${a}>
      <${q} form=${t} name="q" label=${r.q} type="search" hint=${i("field.q.hint")} />
      <${G} form=${t} name="theme" label=${r.theme} options=${X("theme",s.themes)} placeholder=${i("directory.any")} />
      <${q} form=${t} name="interest" label=${r.interest} hint=${i("field.interest.hint")} />
      <${G}
        form=${t}
        name="stakeholder_group"
        label=${r.stakeholder_group}
        options=${X("stakeholder",s.stakeholder_groups)}
        placeholder=${i("directory.any")}
      />
      <${G} form=${t} name="region" label=${r.region} options=${X("region",s.regions)} placeholder=${i("directory.any")} />
      <${G} form=${t} name="language" label=${r.language} options=${Eo()} placeholder=${i("directory.any")} />
      <${G}
        form=${t}
        name="youth"
        label=${r.youth}
        options=${[["true",i("directory.youth_only")],["false",i("directory.youth_not")]]}
        placeholder=${i("directory.any")}
      />
    <//>
    <${Bo} results=${n} filters=${a} limit=${Or}>
      <ul class="results" aria-busy=${n.loading?"true":void 0}>
        ${c?.items.map(d=>l`<${ql} key=${d.id} p=${d} />`)}
      </ul>
    <//>
  <//>`}function dt({id:e}){let t=E(()=>A("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?l`${t.data.name}`:l`<span class="muted">${t.error?i("person.organisation_unknown"):i("common.loading")}</span>`}function Gl({p:e,me:t}){let n=Te("lobby").members.value.find(r=>r.id===e.id);if(he.value!=="connected")return null;let a=async()=>{try{await wo(e.id,"wave",{}),x(i("home.waved",{name:e.display_name}))}catch{x(i("home.wave_failed",{name:e.display_name}),{kind:"error"})}};return l`<div class="presence">
    ${n?l`<p><span class="online-badge"><span class="dot" aria-hidden="true"></span>${i("person.online")}</span></p>
          ${e.id!==t.id&&l`<button type="button" onClick=${a}>${i("home.wave",{name:e.display_name})}</button>`}`:l`<p class="muted">${i("person.offline")}</p>`}
  </div>`}function Gr({id:e}){let t=L.value,o=t?.time_zone,n=E(()=>A("/api/people/"+encodeURIComponent(e)),[e]),a=n.data,r,s=null,c=i("person.title");if(n.error){let d=n.error instanceof V&&n.error.status===404;r=l`<div class="notice notice-error" role="alert">
      <p>${d?i("person.not_found"):i(n.error.code?"error."+n.error.code:"error.internal")}</p>
      ${d?l`<p><a href="/people">${i("person.back")}</a></p>`:l`<button type="button" onClick=${n.reload}>${i("common.retry")}</button>`}
    </div>`}else if(!a)r=l`<${N} />`;else{c=a.display_name,s=l`<${F} id=${a.id} name=${a.display_name} photo=${a.photo_url} size="l" />`;let d=a.time_zone?I(new Date().toISOString(),a.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";r=l`
      ${a.id===t.id&&l`<p class="notice">${i("person.is_you")} <a href="/me">${i("person.edit")}</a></p>`}
      <${Gl} p=${a} me=${t} />
      ${a.listed===!1&&a.id!==t.id&&l`<p class="notice">${i("person.unlisted",{name:a.display_name})}</p>`}
      <section aria-labelledby="about-title" class="card">
        <h2 id="about-title">${i("person.about")}</h2>
        <dl class="facts">
          <dt>${i("person.role")}</dt>
          <dd>${P("role",a.role)}</dd>
          ${a.organisation_id&&l`<dt>${i("person.organisation")}</dt><dd><${dt} id=${a.organisation_id} /></dd>`}
          ${a.stakeholder_group&&l`<dt>${i("field.stakeholder_group")}</dt><dd>${P("stakeholder",a.stakeholder_group)}</dd>`}
          ${a.parliamentarian&&l`<dt>${i("person.parliamentarian")}</dt><dd>${i("person.yes")}</dd>`}
          ${a.region&&l`<dt>${i("field.region")}</dt><dd>${P("region",a.region)}</dd>`}
          ${a.country&&l`<dt>${i("field.country")}</dt><dd>${xe(a.country)}</dd>`}
          ${a.youth&&l`<dt>${i("person.youth")}</dt><dd>${i("person.yes")}</dd>`}
          ${a.languages?.length>0&&l`<dt>${i("person.languages")}</dt><dd>${a.languages.map(ie).join(", ")}</dd>`}
          ${a.time_zone&&l`<dt>${i("field.time_zone")}</dt>
            <dd>${i("person.time_zone",{zone:a.time_zone.replaceAll("_"," "),time:d})}</dd>`}
          ${a.created_at&&l`<dt>${i("person.registered")}</dt><dd>${I(a.created_at,o,{dateStyle:"long"})}</dd>`}
        </dl>
      </section>
      ${a.listed!==!1&&l`<section aria-labelledby="interests-title" class="card">
        <h2 id="interests-title">${i("person.interests")}</h2>
        ${a.themes.length===0&&a.tags.length===0&&!a.expertise&&l`<p class="muted">${i("person.no_interests")}</p>`}
        ${a.themes.length>0&&l`<h3>${i("person.themes")}</h3>
          <ul class="tags">
            ${a.themes.map(m=>l`<li key=${m}>${P("theme",m)}</li>`)}
          </ul>`}
        ${a.tags.length>0&&l`<h3>${i("field.tags")}</h3>
          <ul class="tags">
            ${a.tags.map(m=>l`<li key=${m}>${m}</li>`)}
          </ul>`}
        ${a.expertise&&l`<h3>${i("field.expertise")}</h3><p class="expertise">${a.expertise}</p>`}
      </section>`}
      <p><a href="/people">${i("person.back")}</a></p>
    `}return l`<${D} title=${c} figure=${s}>${r}<//>`}var jl={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},Vl={hour:"numeric",minute:"2-digit"};function ut(e){return e.open?e.open_now?"open":"between":"closed"}function Lo(e,t,o){let n=ut(e);return n==="closed"?i("booth.closed_note"):t?n==="open"?i("booth.open_until",{time:I(t.ends_at,o,Vl)}):i("booth.opens_at",{when:I(t.starts_at,o,jl)}):i("booth.no_opening")}function No({b:e}){let t=ut(e);return l`<span class=${"booth-state booth-state-"+t}><span class="dot" aria-hidden="true"></span>${i("booth.state."+t)}</span>`}function jr({b:e}){return l`<p class="figures">
    <span>${i("booth.visitors_now",{count:e.visitors_now||0})}</span>
    <span>${i("booth.staff_online",{count:e.staff_online||0})}</span>
  </p>`}var Vr=20,Wr=100,Yr=["q","theme","language","region","kind","open_now"],Wl=["list","overview"],jn=e=>Fe(e,Yr),Yl=e=>new URLSearchParams(e).get("view")==="overview"?"overview":"list",Zr=e=>"/booths/"+encodeURIComponent(e);function Zl({b:e,zone:t}){return l`<li class="result booth-card" data-booth-id=${e.id}>
    <${F} id=${e.organisation_id} name=${e.title} size="m" square />
    <div class="result-body">
      <div class="result-head">
        <h3 dir="auto"><a href=${Zr(e.id)}>${e.title}</a></h3>
        <${No} b=${e} />
      </div>
      <p>${[P("kind",e.kind),P("region",e.region)].filter(Boolean).join(" · ")}</p>
      <p class="opening">${Lo(e,e.next_opening,t)}</p>
      ${e.themes.length>0&&l`<ul class="tags" aria-label=${i("directory.themes")}>
        ${e.themes.map(o=>l`<li key=${o}>${P("theme",o)}</li>`)}
      </ul>`}
      ${e.languages.length>0&&l`<p>${i("village.languages",{languages:e.languages.map(ie).join(", ")})}</p>`}
      <${jr} b=${e} />
    </div>
  </li>`}function Xl({items:e,kinds:t,busy:o}){let n=new Map;for(let r of e)n.has(r.kind)||n.set(r.kind,[]),n.get(r.kind).push(r);let a=[...t.filter(r=>n.has(r)),...[...n.keys()].filter(r=>!t.includes(r))];return l`<div class="districts" aria-busy=${o?"true":void 0}>
    ${a.map((r,s)=>{let c=n.get(r),d=c.filter(m=>ut(m)==="open").length;return l`<section class=${"district district-"+s%6} aria-labelledby=${"district-"+r} key=${r} data-kind=${r}>
        <h3 id=${"district-"+r}>${P("kind",r)} <span class="district-count">${i("village.district_count",{count:c.length,open:d})}</span></h3>
        <ul class="plots">
          ${c.map(m=>l`<li key=${m.id}>
              <a class=${"plot plot-"+ut(m)} href=${Zr(m.id)} data-booth-id=${m.id}>
                <span class="dot" aria-hidden="true"></span>
                <span class="plot-title" dir="auto">${m.title}</span>
                <span class="visually-hidden">, ${i("booth.state."+ut(m))}</span>
              </a>
            </li>`)}
        </ul>
      </section>`})}
  </div>`}function Jl({view:e}){let t=o=>()=>Re({...jn(ae.value),offset:void 0,view:o==="list"?void 0:o});return l`<div class="view-switch" role="group" aria-label=${i("village.view")}>
    ${Wl.map(o=>l`<button type="button" key=${o} aria-pressed=${e===o?"true":"false"} onClick=${t(o)}>${i("village.view."+o)}</button>`)}
  </div>`}function Xr(){let t=L.value?.time_zone,o=E(ge),n=oe(jn(ae.value)),a=ae.value,r=Yl(a),s=E(()=>{let{offset:p,...h}=jn(a),f=r==="overview";return A("/api/booths"+ot({...h,offset:!f&&p||void 0,limit:f?Wr:Vr}))},[a]),c=Ho({form:n,names:Yr,search:a,results:s,keep:{view:r==="list"?void 0:r}}),d={q:i("village.q"),theme:i("field.theme"),language:i("village.language"),region:i("field.region"),kind:i("field.kind"),open_now:i("village.open_now"),offset:i("directory.page"),limit:i("directory.page")},m=o.data||{themes:[],regions:[],organisation_kinds:[]},u=s.data;return l`<${D} title=${i("village.title")} intro=${i("village.intro")} wide>
    ${o.error&&l`<${R} error=${o.error} retry=${o.reload} />`}
    <${Po} form=${n} labels=${d} filters=${c}>
      <${q} form=${n} name="q" label=${d.q} type="search" hint=${i("village.q_hint")} />
      <${G} form=${n} name="theme" label=${d.theme} options=${X("theme",m.themes)} placeholder=${i("directory.any")} />
      <${G} form=${n} name="language" label=${d.language} options=${Eo()} placeholder=${i("directory.any")} />
      <${G} form=${n} name="region" label=${d.region} options=${X("region",m.regions)} placeholder=${i("directory.any")} />
      <${G} form=${n} name="kind" label=${d.kind} options=${X("kind",m.organisation_kinds)} placeholder=${i("directory.any")} />
      <${G}
        form=${n}
        name="open_now"
        label=${d.open_now}
        options=${[["true",i("village.open_now_only")],["false",i("village.open_now_not")]]}
        placeholder=${i("directory.any")}
      />
    <//>
    <${Jl} view=${r} />
    <${Bo} results=${s} filters=${c} limit=${r==="overview"?Wr:Vr} count=${p=>i("village.count",{count:p})}>
      ${r==="overview"?l`<${Xl} items=${u?.items||[]} kinds=${m.organisation_kinds} busy=${s.loading} />`:l`<ul class="results" aria-busy=${s.loading?"true":void 0}>
            ${u?.items.map(p=>l`<${Zl} key=${p.id} b=${p} zone=${t} />`)}
          </ul>`}
    <//>
  <//>`}var Jr=["title","description","themes","languages","links","time_zone","hours"],Kl=["kind","stakeholder_group","region"];function Kr(e){return{title:e.title,description:e.description,themes:e.themes,languages:e.languages,links:e.links.map(t=>({title:t.title,url:t.url})),time_zone:e.time_zone,hours:e.hours.map(t=>({date:t.date,opens:t.opens,closes:t.closes})),kind:e.kind,stakeholder_group:e.stakeholder_group,region:e.region}}function Qr({form:e,name:t,legend:o,hint:n,columns:a,blank:r,addLabel:s,removeLabel:c}){let d="f-"+t,m=e.errors[t],u=e.values[t]||[],p=(g,b,k)=>e.set(t,u.map((v,$)=>$===g?{...v,[b]:k}:v)),h=H(!1),f=H(null);return S(()=>{h.current&&(h.current=!1,f.current?.querySelector("li:last-child input")?.focus())},[u.length]),l`<fieldset id=${d} class=${"field rows"+(m?" has-error":"")} aria-describedby=${De(d,n,m)} aria-invalid=${m?"true":void 0} tabindex="-1">
    <legend>${o}</legend>
    ${n&&l`<p class="hint" id=${d+"-hint"}>${n}</p>`}
    <${Oe} id=${d} error=${m} />
    <ol class="row-list" ref=${f}>
      ${u.map((g,b)=>l`<li key=${b} class="row">
          ${a.map(k=>l`<div class="field" key=${k.key}>
              <label for=${`${d}-${b}-${k.key}`}>${k.label(b+1)}</label>
              <input
                id=${`${d}-${b}-${k.key}`}
                type=${k.type||"text"}
                value=${g[k.key]}
                placeholder=${k.placeholder}
                maxLength=${k.maxLength}
                inputMode=${k.inputMode}
                dir=${k.dir}
                onInput=${v=>p(b,k.key,v.currentTarget.value)}
              />
            </div>`)}
          <button type="button" class="small" onClick=${()=>e.set(t,u.filter((k,v)=>v!==b))}>${c(b+1)}</button>
        </li>`)}
    </ol>
    <p>
      <button
        type="button"
        class="small"
        onClick=${()=>{h.current=!0,e.set(t,[...u,{...r}])}}
      >
        ${s}
      </button>
    </p>
  </fieldset>`}function Ql({b:e,onSaved:t}){let[o,n]=y(!1),a=async()=>{if(!o){n(!0);try{let r=await Q("/api/booths/"+encodeURIComponent(e.id)+(e.open?"/close":"/open"));t(r),x(r.open?i("booth.edit.opened"):i("booth.edit.closed"))}catch(r){x(i(r?.code?"error."+r.code:"error.internal"),{kind:"error"})}finally{n(!1)}}};return l`<div class="open-switch">
    <p>${e.open?i("booth.edit.is_open"):i("booth.edit.is_closed")}</p>
    <button type="button" class=${e.open?"danger":"primary"} aria-disabled=${o?"true":void 0} onClick=${a}>
      ${e.open?i("booth.edit.close"):i("booth.edit.open")}
    </button>
  </div>`}function ea({b:e,me:t,onSaved:o}){let n=t.role==="secretariat",a=E(ge),[r,s]=y(!1),c=oe(Kr(e),{draft:"booth."+e.id}),d=a.data||{themes:[],regions:[],stakeholder_groups:[],organisation_kinds:[]},m={title:i("booth.edit.title_field"),description:i("field.description"),themes:i("field.themes"),languages:i("booth.edit.languages"),links:i("booth.materials"),time_zone:i("field.time_zone"),hours:i("booth.hours"),kind:i("field.kind"),stakeholder_group:i("field.stakeholder_group"),region:i("field.region")},u=c.submit(async p=>{let h={};for(let g of n?[...Jr,...Kl]:Jr)h[g]=typeof p[g]=="string"?p[g].trim():p[g];h.links=p.links.map(g=>({title:g.title.trim(),url:g.url.trim()})),h.hours=p.hours.map(g=>({date:g.date.trim(),opens:g.opens.trim(),closes:g.closes.trim()}));let f=await Ye("/api/booths/"+encodeURIComponent(e.id),h);c.clearDraft(),c.setAll(Kr(f)),o(f),x(i("booth.edit.saved"))},void 0,{keys:{description:"booth.edit.description_invalid"}});return l`<section aria-labelledby="edit-title" class="card booth-edit">
    <div class="section-head">
      <h2 id="edit-title">${i("booth.edit")}</h2>
      <button type="button" aria-expanded=${r?"true":"false"} aria-controls="booth-edit-body" onClick=${()=>s(!r)}>
        ${r?i("booth.edit.hide"):i("booth.edit.show")}
      </button>
    </div>
    <div id="booth-edit-body" hidden=${!r}>
      ${n&&l`<${Ql} b=${e} onSaved=${o} />`}
      ${r&&l`<form class="form" onSubmit=${u} novalidate aria-labelledby="edit-title">
        <${de} form=${c} labels=${m} id="booth-errors" />
        <${q} form=${c} name="title" label=${m.title} maxLength=${120} required />
        <${q} form=${c} name="description" label=${m.description} hint=${i("booth.edit.description_hint")} multiline rows=${10} maxLength=${5e3} />
        ${n&&l`<div class="filters">
          <${G} form=${c} name="kind" label=${m.kind} options=${X("kind",d.organisation_kinds)} required />
          <${G} form=${c} name="stakeholder_group" label=${m.stakeholder_group} options=${X("stakeholder",d.stakeholder_groups)} required />
          <${G} form=${c} name="region" label=${m.region} options=${X("region",d.regions)} required />
        </div>`}
        <${xo} form=${c} name="themes" legend=${m.themes} options=${X("theme",d.themes)} />
        <${To} form=${c} name="languages" label=${m.languages} hint=${i("booth.edit.languages_hint")} options=${qn(c.values.languages)} />
        <${Qr}
          form=${c}
          name="links"
          legend=${m.links}
          hint=${i("booth.edit.links_hint")}
          blank=${{title:"",url:""}}
          columns=${[{key:"title",label:p=>i("booth.edit.link_title",{n:p}),maxLength:120},{key:"url",label:p=>i("booth.edit.link_url",{n:p}),type:"url",placeholder:"https://",maxLength:500,dir:"ltr"}]}
          addLabel=${i("booth.edit.link_add")}
          removeLabel=${p=>i("booth.edit.link_remove",{n:p})}
        />
        <${Gn} form=${c} label=${i("booth.edit.time_zone")} />
        <${Qr}
          form=${c}
          name="hours"
          legend=${m.hours}
          hint=${i("booth.edit.hours_hint")}
          blank=${{date:"",opens:"09:00",closes:"13:00"}}
          columns=${[{key:"date",label:p=>i("booth.edit.hours_date",{n:p}),type:"date",dir:"ltr"},{key:"opens",label:p=>i("booth.edit.hours_opens",{n:p}),placeholder:"09:00",maxLength:5,dir:"ltr"},{key:"closes",label:p=>i("booth.edit.hours_closes",{n:p}),placeholder:"13:00",maxLength:5,dir:"ltr"}]}
          addLabel=${i("booth.edit.hours_add")}
          removeLabel=${p=>i("booth.edit.hours_remove",{n:p})}
        />
        <div class="actions">
          <${pe} form=${c} label=${i("booth.edit.save")} busyLabel=${i("profile.saving")} />
        </div>
      </form>`}
    </div>
  </section>`}var ec={hour:"numeric",minute:"2-digit"},tc={day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},ta=2e3,oa={year:"numeric",month:"2-digit",day:"2-digit"};function oc(e,t){let o=I(new Date().toISOString(),t,oa)===I(e,t,oa);return I(e,t,o?ec:tc)}function nc({m:e,zone:t}){return l`<li class="chat-msg" key=${e.seq}>
    <${F} id=${e.from.id} name=${e.from.name} photo=${e.from.photo_url} />
    <div class="chat-body">
      <p class="chat-meta"><strong dir="auto">${e.from.name}</strong> <time class="muted" datetime=${e.at}>${oc(e.at,t)}</time></p>
      ${e.deleted?l`<p class="chat-text chat-removed muted">${i("chat.removed")}</p>`:l`<p class="chat-text" dir="auto">${e.text}</p>`}
    </div>
  </li>`}function Mo({view:e,id:t="chat",title:o}){let n=L.value?.time_zone,a=e.log.value,[r,s]=y(""),[c,d]=y(null),[m,u]=y([]),[p,h]=y(!1),f=H(null),g=H(!0),b=a.length?a[a.length-1].seq:0;ki(()=>{let w=f.current;w&&g.current&&(w.scrollTop=w.scrollHeight)},[b]),S(()=>{let w=f.current;if(!w)return;let j=()=>g.current=w.scrollHeight-w.scrollTop-w.clientHeight<40;return w.addEventListener("scroll",j,{passive:!0}),()=>w.removeEventListener("scroll",j)},[]);async function k(){let w=f.current,j=w.scrollHeight;h(!0);try{await e.earlier(50),requestAnimationFrame(()=>w.scrollTop+=w.scrollHeight-j)}catch{d(i("chat.failed"))}finally{h(!1)}}async function v(w){w.preventDefault();let j=r.trim(),B=[...j].length;if(B===0){d(i("chat.empty"));return}if(B>ta){d(i("chat.too_long",{max:ta}));return}d(null),s("");let O={key:ho(),text:j};u(se=>[...se,O]),g.current=!0;try{await e.send(j,O.key)}catch(se){s(T=>T||j),d(se.code==="muted"||se.code==="validation_failed"?se.message:i("chat.failed"))}finally{u(se=>se.filter(T=>T!==O))}}let $=a[0]?.seq,_=new Set(a.map(w=>w.client_id).filter(Boolean)),C=m.filter(w=>!_.has(w.key));return l`<section class="chat" aria-labelledby=${t+"-title"}>
    <h3 id=${t+"-title"}>${o||i("chat.title")}</h3>
    <div class="chat-scroll" ref=${f} tabindex="0" role="region" aria-labelledby=${t+"-title"}>
      ${$>1&&l`<p class="chat-earlier"><button type="button" class="link-button" onClick=${k} disabled=${p}>${i("chat.earlier")}</button></p>`}
      ${a.length===0&&l`<p class="muted chat-empty">${i("chat.none")}</p>`}
      <div role="log" aria-live="polite" aria-relevant="additions">
        <ol class="chat-list">
          ${a.map(w=>l`<${nc} key=${w.seq} m=${w} zone=${n} />`)}
        </ol>
      </div>
      ${C.length>0&&l`<ul class="chat-list chat-pending" aria-hidden="true">
        ${C.map(w=>l`<li key=${w.key} class="chat-msg muted"><p class="chat-pending-text" dir="auto">${w.text} · ${i("chat.sending")}</p></li>`)}
      </ul>`}
    </div>
    <form class="chat-form" onSubmit=${v} novalidate>
      <label for=${t+"-text"}>${i("chat.label")}</label>
      <div class="chat-row">
        <textarea id=${t+"-text"} rows="2" dir="auto" value=${r} aria-describedby=${t+"-error"}
          aria-invalid=${c?"true":void 0}
          onInput=${w=>s(w.currentTarget.value)}
          onKeyDown=${w=>{w.key==="Enter"&&!w.shiftKey&&!w.isComposing&&v(w)}}></textarea>
        <button type="submit">${i("chat.send")}</button>
      </div>
      <p id=${t+"-error"} class="chat-error field-error" role="status">${c||""}</p>
    </form>
  </section>`}var Bt=z({}),Wn=new Map,Vn=0;function mt(e,t){Vn++;let o={...Bt.value};t?o[e]=t:delete o[e],Bt.value=o}async function ic(){let e=Vn,t;try{t=await A("/api/me/knocks")}catch{return}if(Vn!==e)return;let o={};for(let[n,a]of Object.entries(Bt.peek()))a.declined!==void 0&&(o[n]=a);for(let n of t.items||[])o[n.booth]={position:n.position,ahead:n.ahead};Bt.value=o}ko("knock.position",e=>e?.booth&&mt(e.booth,{position:e.position,ahead:e.ahead}));ko("knock.declined",e=>e?.booth&&mt(e.booth,{declined:e.message||""}));ko("knock.taken",e=>{if(!e?.room?.startsWith("talk:"))return;mt(e.booth,null);let t=e.room.slice(5);Wn.set(t,{booth:e.booth,staff:e.staff}),x(i("knock.taken",{name:e.staff?.name||""}),{kind:"ok"}),be("/talk/"+encodeURIComponent(t))});function na({booth:e,slots:t}){let o=Bt.value[e],[n,a]=y(""),[r,s]=y(null),[c,d]=y(!1),m=o&&o.position;S(()=>me(()=>{he.value==="connected"&&ke(ic)}),[]);async function u(g){g.preventDefault(),d(!0),s(null);try{let b=n.trim(),k=await re("knock.ask",b?{text:b}:void 0,"booth:"+e);mt(e,{position:k.position,ahead:k.ahead})}catch(b){s(b)}finally{d(!1)}}async function p(){d(!0),s(null);try{await re("knock.withdraw",{booth:e}),mt(e,null)}catch(g){g.code==="not_found"?mt(e,null):s(g)}finally{d(!1)}}let h="";r&&(h=["booth_closed","booth_unstaffed","conflict","validation_failed","muted"].includes(r.code)?r.message:i("knock.failed"));let f=r&&(r.code==="booth_closed"||r.code==="booth_unstaffed");return l`<section class="knock" aria-labelledby="knock-title">
    <h3 id="knock-title">${i("knock.title")}</h3>
    ${m?l`<p class="knock-position"><strong>${i("knock.position",{position:o.position})}</strong></p>
          <button type="button" onClick=${p} disabled=${c}>${i("knock.withdraw")}</button>`:l`<form onSubmit=${u} class="knock-form" novalidate>
          <label for="knock-text">${i("knock.text")}</label>
          <input id="knock-text" type="text" maxlength="200" dir="auto" value=${n} onInput=${g=>a(g.currentTarget.value)} />
          <button type="submit" disabled=${c}>${i("knock.ask")}</button>
        </form>`}
    <div class="knock-status" role="status">
      ${o&&o.declined!==void 0&&l`<p>${i("knock.declined")}${o.declined&&l` <q dir="auto">${o.declined}</q>`}</p>`}
      ${h&&l`<p class="field-error">${h}${f&&l` <a href=${"#"+t}>${i("knock.see_slots")}</a>`}</p>`}
    </div>
  </section>`}function rc(e,t){return e.role==="staff"&&e.organisation_id===t.organisation_id}function ia({b:e,me:t,slots:o}){let n=Te("booth:"+e.id),r=n.members.value.filter(m=>rc(m,e)),s=Math.max(0,n.count.value-r.length),c=n.state.value?.announcement||"",d=t&&t.role==="staff"&&t.organisation_id===e.organisation_id;return n.refused.value?l`<div class="notice notice-error" role="alert"><p>${i("boothroom.refused")}</p></div>`:l`<div class="boothroom">
    <div class="announcement" role="status" aria-live="polite">
      ${c&&l`<p><strong>${i("boothroom.announcement")}</strong> <span dir="auto">${c}</span></p>`}
    </div>
    <section aria-labelledby="here-title" class="here">
      <h3 id="here-title">${i("boothroom.here")}</h3>
      <p class="here-count">${i("booth.visitors_now",{count:s})}</p>
      ${r.length===0?l`<p class="muted">${i("booth.staff_online",{count:0})}</p>`:l`<ul class="staff-online" aria-label=${i("booth.staff_online",{count:r.length})}>
            ${r.map(m=>l`<li key=${m.id}><${F} id=${m.id} name=${m.name} photo=${m.photo_url} /> <span dir="auto">${m.name}</span></li>`)}
          </ul>`}
    </section>
    ${!d&&l`<${na} booth=${e.id} slots=${o} />`}
    <${Mo} view=${n} id="booth-chat" />
  </div>`}var Lt={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"};function ra({b:e,me:t,id:o="slots"}){let n=t?.time_zone,a=E(()=>A("/api/booths/"+encodeURIComponent(e.id)+"/slots?limit=100"),[e.id]),[r,s]=y(null),[c,d]=y(null),m=t&&t.role==="staff"&&t.organisation_id===e.organisation_id;async function u(h){d(h.id),s(null);try{await Q("/api/bookings",{slot_id:h.id}),s({ok:!0,text:i("slots.booked",{when:I(h.starts_at,n,Lt)})}),a.reload()}catch(f){s({ok:!1,text:i(["taken","overlaps","gone","not_found","forbidden"].includes(f.code)?"slots.error."+f.code:"error.internal")}),a.reload()}finally{d(null)}}let p=(a.data?.items||[]).filter(h=>!h.booked);return l`<section aria-labelledby=${o+"-title"} class="card slots" id=${o} tabindex="-1">
    <h2 id=${o+"-title"}>${i("slots.title")}</h2>
    <p class="muted">${i("slots.intro")}</p>
    ${a.error&&!a.data?l`<${R} error=${a.error} retry=${a.reload} />`:a.data?p.length===0?l`<p>${i("slots.none")}</p>`:l`<ul class="slot-list">
              ${p.map(h=>l`<li key=${h.id}>
                  <span><strong>${I(h.starts_at,n,Lt)}</strong> · ${i("slots.minutes",{minutes:h.minutes})} · ${ie(h.language)} · <span dir="auto">${h.staff.name}</span></span>
                  ${!m&&l`<button type="button" onClick=${()=>u(h)} disabled=${c!==null}
                    aria-label=${i("slots.book_named",{when:I(h.starts_at,n,Lt)})}>${i("slots.book")}</button>`}
                </li>`)}
            </ul>`:l`<${N} />`}
    <div role="status" class="slots-status">
      ${r&&l`<p class=${r.ok?"ok":"field-error"}>${r.text}${r.ok&&l` <a href="/schedule">${i("nav.schedule")}</a>`}</p>`}
    </div>
  </section>`}var sa={name:"lead.name",email:"field.email",organisation:"person.organisation",stakeholder_group:"field.stakeholder_group",country:"field.country",languages:"person.languages"};function ac(e,t){let o=t[e];switch(e){case"stakeholder_group":return P("stakeholder",o);case"country":return o?xe(o):"";case"languages":return(o||[]).map(ie).join(", ");default:return o||""}}function aa({fields:e,contact:t,note:o}){return l`<dl class="facts">
    ${e.map(n=>l`<dt>${i(sa[n]||n)}</dt><dd dir="auto">${ac(n,t)||"—"}</dd>`)}
    ${o&&l`<dt>${i("lead.note")}</dt><dd dir="auto">${o}</dd>`}
  </dl>`}function la({b:e,zone:t}){let o=E(()=>A("/api/me/leads"),[e.id]),[n,a]=y(null),[r,s]=y(""),[c,d]=y(!1),[m,u]=y(null),[p,h]=y(!1),f=o.data?.items.find($=>$.booth_id===e.id);async function g(){u(null),h(!0);try{a(await A("/api/booths/"+encodeURIComponent(e.id)+"/lead-preview")),d(!1)}catch($){u({ok:!1,text:i($.code==="forbidden"?"lead.own":"error.internal")})}finally{h(!1)}}async function b($){if($.preventDefault(),!c){u({ok:!1,text:i("lead.agree_first")});return}h(!0),u(null);try{let _={consent:n.consent};r.trim()&&(_.note=r.trim());let C=await Q("/api/booths/"+encodeURIComponent(e.id)+"/leads",_);o.set(w=>({items:[C,...w?.items||[]]})),a(null),s(""),u({ok:!0,text:i("lead.left")})}catch(_){_.code==="validation_failed"&&_.fields?.consent?(await g(),u({ok:!1,text:i("lead.changed")})):_.code==="validation_failed"&&_.fields?.note?u({ok:!1,text:_.fields.note}):_.code==="conflict"?(o.reload(),u({ok:!1,text:i("lead.already")})):u({ok:!1,text:i("error.internal")})}finally{h(!1)}}async function k(){h(!0);try{await fe("/api/me/leads/"+encodeURIComponent(e.id)),o.set($=>({items:$.items.filter(_=>_.booth_id!==e.id)})),u({ok:!0,text:i("lead.withdrawn")})}catch{u({ok:!1,text:i("error.internal")})}finally{h(!1)}}let v;return o.error&&!o.data?v=l`<${R} error=${o.error} retry=${o.reload} />`:o.data?f?v=l`<p>${i("lead.you_left",{when:I(f.consented_at,t)})}</p>
      <${aa} fields=${Object.keys(sa).filter($=>f.contact[$]&&($!=="languages"||f.contact[$].length))} contact=${f.contact} note=${f.note} />
      <button type="button" onClick=${k} disabled=${p}>${i("lead.withdraw")}</button>`:n?v=l`<form onSubmit=${b} novalidate>
      <p>${i("lead.exactly",{booth:e.title})}</p>
      <${aa} fields=${n.fields} contact=${n.contact} />
      <div class="field">
        <label for="lead-note">${i("lead.note")}</label>
        <textarea id="lead-note" rows="2" maxlength="500" dir="auto" value=${r} onInput=${$=>s($.currentTarget.value)}></textarea>
      </div>
      <div class="field check">
        <input id="lead-consent" type="checkbox" checked=${c} onChange=${$=>d($.currentTarget.checked)} />
        <label for="lead-consent">${i("lead.consent",{booth:e.title})}</label>
      </div>
      <p class="lead-actions">
        <button type="submit" class="primary" disabled=${p}>${i("lead.send")}</button>
        <button type="button" onClick=${()=>a(null)}>${i("lead.not_now")}</button>
      </p>
    </form>`:v=l`<p>${i("lead.intro")}</p><button type="button" onClick=${g} disabled=${p}>${i("lead.preview")}</button>`:v=l`<${N} />`,l`<section class="card" aria-labelledby="lead-title">
    <h2 id="lead-title">${i("lead.title")}</h2>
    ${v}
    <div role="status" class="slots-status">${m&&l`<p class=${m.ok?"ok":"field-error"}>${m.text}</p>`}</div>
  </section>`}function ca({zone:e}){let t=E(()=>A("/api/me/leads"),[]),[o,n]=y(null);async function a(s){try{await fe("/api/me/leads/"+encodeURIComponent(s.booth_id)),t.set(c=>({items:c.items.filter(d=>d.booth_id!==s.booth_id)})),n(i("lead.withdrawn"))}catch{n(i("error.internal"))}}let r=t.data?.items||[];return l`<section class="card" aria-labelledby="myleads-title">
    <h2 id="myleads-title">${i("lead.mine")}</h2>
    ${t.error&&!t.data?l`<${R} error=${t.error} retry=${t.reload} />`:t.data?r.length===0?l`<p class="muted">${i("lead.none")}</p>`:l`<ul class="slot-list">
              ${r.map(s=>l`<li key=${s.booth_id}>
                  <span><a href=${"/booths/"+encodeURIComponent(s.booth_id)} dir="auto">${s.booth_title}</a> · <span class="muted">${I(s.consented_at,e)}</span></span>
                  <button type="button" onClick=${()=>a(s)} aria-label=${i("lead.withdraw_named",{booth:s.booth_title})}>${i("lead.withdraw")}</button>
                </li>`)}
            </ul>`:l`<${N} />`}
    <p role="status" class="slots-status">${o||""}</p>
  </section>`}var sc={weekday:"long",day:"numeric",month:"long"},Yn={year:"numeric",month:"2-digit",day:"2-digit"};function lc(e,t){return e&&(e.role==="secretariat"||e.role==="staff"&&e.organisation_id===t.organisation_id)}function cc(e,t){return e.hours.find(o=>new Date(o.ends_at)>t)||null}function dc(e,t){let o=new Date(e.starts_at),n=new Date(e.ends_at),r=I(e.starts_at,t,Yn)===I(new Date(n-1).toISOString(),t,Yn)?{hour:"numeric",minute:"2-digit"}:{weekday:"short",hour:"numeric",minute:"2-digit"};try{return new Intl.DateTimeFormat(W.value,{...r,timeZone:t||we()}).formatRange(o,n)}catch{return I(e.starts_at,t,r)+" – "+I(e.ends_at,t,r)}}function uc({b:e,zone:t,now:o}){let n=e.hours.filter(c=>new Date(c.ends_at)>o),a=t||we(),r=e.time_zone!==a,s=[];for(let c of n){let d=I(c.starts_at,t,Yn);(s.length===0||s[s.length-1].key!==d)&&s.push({key:d,label:I(c.starts_at,t,sc),hours:[]}),s[s.length-1].hours.push(c)}return l`<section aria-labelledby="hours-title" class="card">
    <h2 id="hours-title">${i("booth.hours")}</h2>
    <p class="muted">${i("booth.hours_zone",{zone:a.replaceAll("_"," ")})}</p>
    ${s.length===0?l`<p>${i("booth.no_opening")}</p>`:l`<ul class="hours">
          ${s.map(c=>l`<li key=${c.key}>
              <span class="hours-day">${c.label}</span>
              <ul>
                ${c.hours.map(d=>{let m=new Date(d.starts_at)<=o;return l`<li key=${d.starts_at} class=${m?"hours-now":void 0}>
                    <span class="hours-range">${dc(d,t)}</span>
                    ${m&&l` <strong class="hours-on">${i("booth.hours_now")}</strong>`}
                    ${r&&l` <span class="muted">${i("booth.hours_there",{time:"⁦"+d.opens+"–"+d.closes+"⁩"})}</span>`}
                  </li>`})}
              </ul>
            </li>`)}
        </ul>`}
  </section>`}function mc({links:e}){let t=e.filter(o=>/^https:\/\//i.test(o.url));return t.length===0?null:l`<section aria-labelledby="materials-title" class="card">
    <h2 id="materials-title">${i("booth.materials")}</h2>
    <ul class="link-list materials">
      ${t.map((o,n)=>l`<li key=${n}>
          <a href=${o.url} target="_blank" rel="noopener noreferrer" dir="auto">${o.title}<span class="visually-hidden"> (${i("common.new_tab")})</span> <${Ue} name="external" /></a>
          <span class="muted link-host">${fc(o.url)}</span>
        </li>`)}
    </ul>
  </section>`}function fc(e){try{return new URL(e).host}catch{return""}}function hc({b:e,zone:t,now:o,me:n}){let a=I(o.toISOString(),e.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"});return l`<aside aria-labelledby="visit-title" class="card booth-visit">
    <h2 id="visit-title">${i("booth.visit")}</h2>
    <p><${No} b=${e} /></p>
    <p class="opening">${Lo(e,cc(e,o),t)}</p>
    <p class="muted">${i("booth.local_time",{time:a,zone:e.time_zone.replaceAll("_"," ")})}</p>
    <${ia} key=${e.id} b=${e} me=${n} slots="slots" />
  </aside>`}function da({id:e}){let t=L.value,o=t?.time_zone,n=E(()=>A("/api/booths/"+encodeURIComponent(e)),[e]),[a]=y(()=>new Date),r=n.data,s=i("booth.title"),c,d=l`<span class="avatar avatar-l avatar-square avatar-empty" aria-hidden="true"></span>`;if(n.error){let m=n.error instanceof V&&n.error.status===404;d=null,c=l`<div class="notice notice-error" role="alert">
      <p>${m?i("booth.not_found"):i(n.error.code?"error."+n.error.code:"error.internal")}</p>
      ${m?l`<p><a href="/village">${i("booth.back")}</a></p>`:l`<button type="button" onClick=${n.reload}>${i("common.retry")}</button>`}
    </div>`}else r?(s=r.title,d=l`<${F} id=${r.organisation_id} name=${r.title} size="l" square />`,c=l`<div class="booth-grid">
        <div class="booth-main">
          <section aria-labelledby="about-title" class="card">
            <h2 id="about-title">${i("booth.about")}</h2>
            ${r.description_html?l`<div class="markdown" dir="auto" dangerouslySetInnerHTML=${{__html:r.description_html}}></div>`:l`<p class="muted">${i("booth.no_description")}</p>`}
            <dl class="facts">
              <dt>${i("person.organisation")}</dt>
              <dd><${dt} id=${r.organisation_id} /></dd>
              <dt>${i("field.kind")}</dt>
              <dd>${P("kind",r.kind)}</dd>
              <dt>${i("field.region")}</dt>
              <dd>${P("region",r.region)}</dd>
              <dt>${i("field.stakeholder_group")}</dt>
              <dd>${P("stakeholder",r.stakeholder_group)}</dd>
              ${r.languages.length>0&&l`<dt>${i("person.languages")}</dt><dd>${r.languages.map(ie).join(", ")}</dd>`}
            </dl>
            ${r.themes.length>0&&l`<h3>${i("person.themes")}</h3>
              <ul class="tags">
                ${r.themes.map(m=>l`<li key=${m}>${P("theme",m)}</li>`)}
              </ul>`}
          </section>
          <${uc} b=${r} zone=${o} now=${a} />
          <${mc} links=${r.links} />
          ${!(t&&t.role==="staff"&&t.organisation_id===r.organisation_id)&&l`<${la} key=${r.id} b=${r} zone=${o} />`}
          ${lc(t,r)&&l`<${ea} b=${r} me=${t} onSaved=${m=>n.set(m)} />`}
        </div>
        <div class="booth-side">
          <${hc} b=${r} zone=${o} now=${a} me=${t} />
          <${ra} b=${r} me=${t} id="slots" />
        </div>
      </div>
      <p><a href="/village">${i("booth.back")}</a></p>`):c=l`<div class="booth-placeholder"><${N} /></div>`;return l`<${D} title=${s} figure=${d} wide>${c}<//>`}function Ro({id:e,label:t,url:o,hint:n}){let a=H(null),[r,s]=y("");S(()=>{s(""),a.current?.focus(),a.current?.select()},[o]);let c=async()=>{try{await navigator.clipboard.writeText(o),s(i("link.copied"))}catch{a.current?.focus(),a.current?.select(),s(i("link.copy_failed"))}};return l`<div class="field linkbox">
    <label for=${e}>${t}</label>
    ${n&&l`<p class="hint" id=${e+"-hint"}>${n}</p>`}
    <div class="linkbox-row">
      <input id=${e} ref=${a} type="text" readonly value=${o} dir="ltr" spellcheck=${!1} aria-describedby=${n?e+"-hint":void 0} />
      <button type="button" onClick=${c}>${i("link.copy")}</button>
    </div>
    <p class="muted linkbox-status" role="status">${r}</p>
  </div>`}var Zn={name:"",kind:"",stakeholder_group:"",region:"",website:"",logo_url:"",description:""},Xn=e=>[...String(e||"").trim()].length,pc=e=>{try{let t=new URL(e);return(t.protocol==="http:"||t.protocol==="https:")&&!!t.host}catch{return!1}};function gc({meta:e,onAdded:t}){let o=oe(Zn,{draft:"organisation"}),n={name:i("field.name"),kind:i("field.kind"),stakeholder_group:i("field.stakeholder_group"),region:i("field.region"),website:i("field.website"),logo_url:i("field.logo_url"),description:i("field.description")},a=o.submit(async r=>{let s={};for(let d of Object.keys(Zn))s[d]=r[d].trim();let c=await Q("/api/organisations",s);o.setAll(Zn),o.clearDraft(),t(c)},r=>{let s=ye(r,["name","kind","stakeholder_group","region"]);!s.name&&Xn(r.name)>120&&(s.name={key:"field.name.invalid"});for(let c of["website","logo_url"])r[c].trim()&&(!pc(r[c].trim())||Xn(r[c])>500)&&(s[c]={key:`field.${c}.invalid`});return Xn(r.description)>2e3&&(s.description={key:"field.description.invalid"}),s});return l`<section aria-labelledby="add-title" class="card">
    <h2 id="add-title">${i("organisations.add_title")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${de} form=${o} labels=${n} id="add-errors" />
      <p class="muted">${i("form.required_note")}</p>
      <${q} form=${o} name="name" label=${n.name} autocomplete="organization" required />
      <div class="filters">
        <${G} form=${o} name="kind" label=${n.kind} options=${X("kind",e.organisation_kinds)} placeholder=${i("form.choose")} required />
        <${G}
          form=${o}
          name="stakeholder_group"
          label=${n.stakeholder_group}
          options=${X("stakeholder",e.stakeholder_groups)}
          placeholder=${i("form.choose")}
          required
        />
        <${G} form=${o} name="region" label=${n.region} options=${X("region",e.regions)} placeholder=${i("form.choose")} required />
      </div>
      <${q} form=${o} name="website" label=${n.website} hint=${i("field.website.hint")} type="url" inputMode="url" autocomplete="url" spellcheck=${!1} dir="ltr" />
      <${q} form=${o} name="logo_url" label=${n.logo_url} hint=${i("field.logo_url.hint")} type="url" inputMode="url" spellcheck=${!1} dir="ltr" />
      <${q} form=${o} name="description" label=${n.description} hint=${i("field.description.hint")} multiline rows=${4} />
      <div class="actions">
        <${pe} form=${o} label=${i("organisations.add")} busyLabel=${i("organisations.adding")} />
      </div>
    </form>
  </section>`}function bc({org:e,called:t,onInvite:o,onRemove:n,inviting:a}){let[r,s]=y(!1),[c,d]=y(!1),m=H(null),u=H(null),p=H(!1);S(()=>{r?m.current?.focus():p.current&&u.current?.focus(),p.current=r},[r]);let h=async()=>{if(!c){d(!0);try{await n(e)}catch{d(!1)}}};return l`<tr>
    <th scope="row"><span class="org-cell"><${F} id=${e.id} name=${e.name} photo=${e.logo_url} square />${e.name}</span></th>
    <td data-label=${i("field.kind")}>${P("kind",e.kind)}</td>
    <td data-label=${i("field.stakeholder_group")}>${P("stakeholder",e.stakeholder_group)}</td>
    <td data-label=${i("field.region")}>${P("region",e.region)}</td>
    <td class="url" data-label=${i("field.website")}>${e.website?l`<a href=${e.website} rel="noopener noreferrer" dir="ltr">${e.website.replace(/^https?:\/\//,"")}</a>`:l`<span class="muted">${i("organisations.no_website")}</span>`}</td>
    <td class="cell-actions">
      ${r?l`<div class="confirm" role="group" aria-label=${i("organisations.confirm_label",{name:t})}>
            <p>${i("organisations.confirm",{name:e.name})}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${m} onClick=${h} aria-disabled=${c?"true":void 0}>
                ${c?i("organisations.removing"):i("organisations.confirm_yes",{name:t})}
              </button>
              <button type="button" class="small" onClick=${()=>s(!1)}>${i("common.cancel")}</button>
            </div>
          </div>`:l`<div class="actions row-actions">
            <button type="button" class="small" onClick=${()=>o(e)} aria-disabled=${a?"true":void 0} aria-label=${i("organisations.invite_named",{name:t})}>
              ${i("organisations.invite")}
            </button>
            <button type="button" class="small danger" ref=${u} onClick=${()=>s(!0)} aria-label=${i("organisations.remove_named",{name:t})}>
              ${i("organisations.remove")}
            </button>
          </div>`}
    </td>
  </tr>`}function ua(){let e=E(ge),t=E(()=>A("/api/organisations")),[o,n]=y(null),[a,r]=y(null),s=H(null),c=(g,b)=>Ae(g.name,b.name),d=g=>{t.set(b=>({items:[...b?.items||[],g].sort(c)})),x(i("organisations.added",{name:g.name}))},m=async g=>{if(!a){r(g.id);try{let b=await Q("/api/invitations",{role:"staff",organisation_id:g.id});n({url:b.url,name:g.name}),x(i("organisations.invited",{name:g.name}))}catch(b){x(i(b.code?"error."+b.code:"error.internal"),{kind:"error"})}finally{r(null)}}},u=async g=>{try{await fe("/api/organisations/"+encodeURIComponent(g.id))}catch(b){if(b.status!==404)throw x(i(b.code?"error."+b.code:"error.internal"),{kind:"error"}),b}t.set(b=>({items:(b?.items||[]).filter(k=>k.id!==g.id)})),x(i("organisations.removed",{name:g.name})),s.current?.focus()},p=t.data?.items||[],h=new Map;for(let g of p)h.set(g.name,(h.get(g.name)||0)+1);let f=g=>h.get(g.name)>1?`${g.name} (${(g.website||g.id).replace(/^https?:\/\//,"")})`:g.name;return l`<${D} title=${i("organisations.title")} intro=${i("organisations.intro")} wide>
    ${e.error&&l`<${R} error=${e.error} retry=${e.reload} />`}
    <${gc} meta=${e.data||{organisation_kinds:[],stakeholder_groups:[],regions:[]}} onAdded=${d} />
    ${o&&l`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${i("organisations.link_title",{name:o.name})}</h2>
      <${Ro} id="new-link" label=${i("organisations.link_label",{name:o.name})} hint=${i("link.hint")} url=${o.url} />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${s}>
        ${t.data?i("organisations.list_title_count",{count:p.length}):i("organisations.list_title")}
      </h2>
      ${t.error&&l`<${R} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&l`<${N} />`}
      ${t.data&&p.length===0&&l`<p>${i("organisations.empty")}</p>`}
      ${p.length>0&&l`<div class="table-wrap">
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
            ${p.map(g=>l`<${bc} key=${g.id} org=${g} called=${f(g)} onInvite=${m} onRemove=${u} inviting=${a===g.id} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}var yc={role:"staff",organisation_id:"",note:"",ttl_days:"14"};function $c(e){return e.used?"used":e.expired?"expired":"open"}function vc(e,t){let o=I(e.redeemed_at,t);return e.redeemed_by?i("invitations.used_by",{name:e.redeemed_by.name,date:o}):i("invitations.used_on",{date:o})}function _c({orgs:e,onCreated:t}){let o=oe(yc),n={role:i("field.role"),organisation_id:i("field.organisation_id"),note:i("field.note"),ttl_days:i("field.ttl_days")},a=o.submit(async r=>{let s={role:r.role,note:r.note.trim(),ttl_hours:Number(r.ttl_days)*24};r.role==="staff"&&(s.organisation_id=r.organisation_id);let c;try{c=await Q("/api/invitations",s)}catch(d){throw d instanceof V&&d.fields&&d.fields.ttl_hours&&(d.fields={...d.fields,ttl_days:d.fields.ttl_hours},delete d.fields.ttl_hours),d}o.setAll({...r,note:""}),t(c)},r=>{let s=ye(r,r.role==="staff"?["role","organisation_id","ttl_days"]:["role","ttl_days"]);return!s.ttl_days&&!/^\s*\d+\s*$/.test(r.ttl_days)?s.ttl_days={key:"field.ttl_days.invalid"}:!s.ttl_days&&(Number(r.ttl_days)<1||Number(r.ttl_days)>90)&&(s.ttl_days={key:"field.ttl_days.invalid"}),[...r.note.trim()].length>200&&(s.note={key:"field.note.invalid"}),s});return l`<section aria-labelledby="create-title" class="card">
    <h2 id="create-title">${i("invitations.create_title")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${de} form=${o} labels=${n} id="create-errors" />
      <p class="muted">${i("form.required_note")}</p>
      <div class="filters">
        <${G}
          form=${o}
          name="role"
          label=${n.role}
          hint=${i("field.role.hint")}
          options=${[["staff",P("role","staff")],["secretariat",P("role","secretariat")]]}
          required
        />
        ${o.values.role==="staff"&&l`<${G}
          form=${o}
          name="organisation_id"
          label=${n.organisation_id}
          options=${e.map(r=>[r.id,r.name])}
          placeholder=${i("form.choose")}
          required
        />`}
      </div>
      <${q} form=${o} name="note" label=${n.note} hint=${i("field.note.hint")} />
      <${q} form=${o} name="ttl_days" label=${n.ttl_days} hint=${i("field.ttl_days.hint")} inputMode="numeric" required />
      <div class="actions">
        <${pe} form=${o} label=${i("invitations.create")} busyLabel=${i("invitations.creating")} />
      </div>
    </form>
  </section>`}async function kc(e){try{return await navigator.clipboard.writeText(e),!0}catch{return!1}}function wc({inv:e,what:t}){let[o,n]=y(!1),a=H(null);return S(()=>{o&&(a.current?.focus(),a.current?.select())},[o]),l`<button type="button" class="small" onClick=${async()=>{if(await kc(e.url)){x(i("invitations.copied",{what:t}));return}o&&(a.current?.focus(),a.current?.select()),n(!0),x(i("link.copy_failed"),{kind:"error"})}} aria-label=${i("invitations.copy_named",{what:t})}>${i("link.copy")}</button>
    ${o&&l`<input
      type="text"
      class="row-link"
      ref=${a}
      readonly
      value=${e.url}
      dir="ltr"
      spellcheck=${!1}
      aria-label=${i("invitations.link_named",{what:t})}
      onFocus=${s=>s.currentTarget.select()}
    />`}`}function xc({inv:e,orgName:t,zone:o,onWithdraw:n}){let[a,r]=y(!1),[s,c]=y(!1),d=H(null),m=H(null),u=H(!1);S(()=>{a?d.current?.focus():u.current&&m.current?.focus(),u.current=a},[a]);let p=$c(e),h=I(e.created_at,o),f=t?i("invitations.what_org",{role:P("role",e.role),organisation:t,created:h}):i("invitations.what",{role:P("role",e.role),created:h}),g=async()=>{if(!s){c(!0);try{await n(e)}catch{c(!1)}}};return l`<tr>
    <th scope="row">${P("role",e.role)}</th>
    <td data-label=${i("field.organisation_id")}>${t||l`<span class="muted">${i("invitations.no_organisation")}</span>`}</td>
    <td dir="auto" data-label=${i("field.note")}>${e.note||""}</td>
    <td data-label=${i("invitations.created_at")}>${h}</td>
    <td data-label=${i("invitations.expires_at")}>${I(e.expires_at,o)}</td>
    <td data-label=${i("invitations.state")}>
      <span class=${"state state-"+p}>${i("invitations.state."+p)}</span>
      ${e.used&&e.redeemed_at&&l`<span class="used-by">${vc(e,o)}</span>`}
    </td>
    <td class="cell-actions">
      ${a?l`<div class="confirm" role="group" aria-label=${i("invitations.confirm_label",{what:f})}>
            <p>${e.used?i("invitations.confirm_used"):i("invitations.confirm")}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${d} onClick=${g} aria-disabled=${s?"true":void 0}>
                ${s?i("invitations.withdrawing"):i("invitations.confirm_yes")}
              </button>
              <button type="button" class="small" onClick=${()=>r(!1)}>${i("common.cancel")}</button>
            </div>
          </div>`:l`<div class="actions row-actions">
            ${p==="open"&&e.url&&l`<${wc} inv=${e} what=${f} />`}
            <button type="button" class="small danger" ref=${m} onClick=${()=>r(!0)} aria-label=${i("invitations.withdraw_named",{what:f})}>
              ${i("invitations.withdraw")}
            </button>
          </div>`}
    </td>
  </tr>`}function ma(){let e=L.value?.time_zone,t=E(()=>A("/api/invitations")),o=E(()=>A("/api/organisations")),[n,a]=y(null),r=H(null),s=(o.data?.items||[]).slice().sort((h,f)=>Ae(h.name,f.name)),c=new Map(s.map(h=>[h.id,h.name])),d=h=>h.organisation_id?c.get(h.organisation_id)||i("invitations.organisation_removed"):"",m=h=>{t.set(f=>({items:[h,...f?.items||[]]})),a(h),x(i("invitations.created"))},u=async h=>{try{await fe("/api/invitations/"+encodeURIComponent(h.id))}catch(f){if(f.status!==404)throw x(i(Ct(f).general?.key||"error.internal"),{kind:"error"}),f}t.set(f=>({items:(f?.items||[]).filter(g=>g.id!==h.id)})),n&&n.id===h.id&&a(null),x(i("invitations.withdrawn")),r.current?.focus()},p=t.data?.items||[];return l`<${D} title=${i("invitations.title")} intro=${i("invitations.intro")} wide>
    ${o.error&&l`<${R} error=${o.error} retry=${o.reload} />`}
    ${o.data?l`<${_c} orgs=${s} onCreated=${m} />`:!o.error&&l`<${N} />`}
    ${n&&l`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${i("invitations.link_title")}</h2>
      <${Ro}
        id="new-link"
        label=${d(n)?i("invitations.link_label_org",{role:P("role",n.role),organisation:d(n)}):i("invitations.link_label",{role:P("role",n.role)})}
        hint=${i("link.hint_expires",{expires:I(n.expires_at,e)})}
        url=${n.url}
      />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${r}>
        ${t.data?i("invitations.list_title_count",{count:p.length}):i("invitations.list_title")}
      </h2>
      ${t.error&&l`<${R} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&l`<${N} />`}
      ${t.data&&p.length===0&&l`<p>${i("invitations.empty")}</p>`}
      ${p.length>0&&l`<div class="table-wrap">
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
            ${p.map(h=>l`<${xc} key=${h.id} inv=${h} orgName=${d(h)} zone=${e} onWithdraw=${u} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}function fa({name:e,known:t}){let o=Te(e),n=L.value,a=o.members.value.find(r=>r.id!==n?.id)||t;return o.refused.value?l`<div class="notice notice-error" role="alert"><p>${i("talk.refused")}</p><p><a href="/">${i("nav.home")}</a></p></div>`:l`<div class="talk">
    <div class="talk-with card">
      ${a?l`<${F} id=${a.id} name=${a.name} photo=${a.photo_url} size="m" /> <p><span dir="auto"><strong>${a.name}</strong></span><br /><span class="muted">${o.members.value.some(r=>r.id===a.id)?i("talk.here"):i("talk.away")}</span></p>`:l`<p class="muted">${i("talk.waiting")}</p>`}
    </div>
    <div class="card"><${Mo} view=${o} id="talk-chat" /></div>
  </div>`}function ha({id:e}){let t=Wn.get(e)?.staff;return l`<${D} title=${i("talk.title")}><${fa} key=${e} name=${"talk:"+e} known=${t} /><//>`}function pa({id:e}){return l`<${D} title=${i("meet.title")}><${fa} key=${e} name=${"booking:"+e} /><//>`}var Sc=5*6e4;async function Tc(e){let t=await fetch("/api/bookings/"+encodeURIComponent(e.id)+"/event.ics",{headers:{Authorization:"Bearer "+Le()},credentials:"same-origin"});if(!t.ok)throw new V(t.status,"internal",t.statusText);let o=await t.blob(),n=URL.createObjectURL(o),a=document.createElement("a");a.href=n,a.download="village-"+e.id+".ics",document.body.append(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(n),1e4)}function Ec(){let e=E(()=>A("/api/me/calendar"),[]),[t,o]=y(null);async function n(){try{await navigator.clipboard.writeText(e.data.url),o(i("link.copied"))}catch{document.getElementById("feed-url")?.select(),o(i("link.copy_failed"))}}async function a(){if(confirm(i("schedule.rotate_confirm")))try{e.set(await Q("/api/me/calendar/rotate")),o(i("schedule.rotated"))}catch{o(i("error.internal"))}}return l`<section class="card" aria-labelledby="feed-title">
    <h2 id="feed-title">${i("schedule.feed")}</h2>
    <p class="hint" id="feed-hint">${i("schedule.feed_hint")}</p>
    ${e.error?l`<${R} error=${e.error} retry=${e.reload} />`:l`<div class="field"><label for="feed-url">${i("schedule.feed_url")}</label>
          <div class="linkbox-row">
            <input id="feed-url" type="text" readonly value=${e.data?.url||""} dir="ltr" spellcheck=${!1} aria-describedby="feed-hint" />
            <button type="button" onClick=${n} disabled=${!e.data}>${i("link.copy")}</button>
          </div></div>`}
    <p><button type="button" onClick=${a} disabled=${!e.data}>${i("schedule.rotate")}</button></p>
    <p role="status">${t||""}</p>
  </section>`}function ga(){let e=L.value?.time_zone,t=E(()=>A("/api/bookings?limit=100"),[]),[o,n]=y(null),[a,r]=y(()=>Date.now());S(()=>{let m=setInterval(()=>r(Date.now()),3e4);return()=>clearInterval(m)},[]);async function s(m){try{await fe("/api/bookings/"+encodeURIComponent(m.id)),t.set(u=>({...u,items:u.items.filter(p=>p.id!==m.id)})),n(i("schedule.cancelled"))}catch{n(i("error.internal"))}}async function c(m){try{await Tc(m)}catch{n(i("error.internal"))}}let d=t.data?.items||[];return l`<${D} title=${i("schedule.title")}>
    <p class="muted">${i("booth.hours_zone",{zone:(e||Intl.DateTimeFormat().resolvedOptions().timeZone).replaceAll("_"," ")})}</p>
    ${t.error&&!t.data?l`<${R} error=${t.error} retry=${t.reload} />`:t.data?d.length===0?l`<p>${i("schedule.none")} <a href="/village">${i("nav.village")}</a></p>`:l`<ul class="bookings">
              ${d.map(m=>{let u=m.side==="booker"?m.staff:m.booker,p=a>=new Date(m.starts_at)-Sc&&a<new Date(m.ends_at);return l`<li key=${m.id} class="card booking">
                  <h2><a href=${"/booths/"+encodeURIComponent(m.booth_id)} dir="auto">${m.booth_title}</a></h2>
                  <p><strong>${I(m.starts_at,e,Lt)}</strong> · ${i("slots.minutes",{minutes:m.minutes})} · ${ie(m.language)}</p>
                  <p>${i("schedule.with",{name:u.name})}</p>
                  <p class="booking-actions">
                    ${p&&l`<a class="button" href=${"/meet/"+encodeURIComponent(m.id)}>${i("schedule.join")}</a>`}
                    <button type="button" onClick=${()=>c(m)}>${i("schedule.ics")}</button>
                    <button type="button" onClick=${()=>s(m)}>${i("schedule.cancel")}</button>
                  </p>
                </li>`})}
            </ul>`:l`<${N} />`}
    <p role="status" class="schedule-status">${o||""}</p>
    <${Ec} />
    <${ca} zone=${e} />
  <//>`}var Cc=200;function ba(e){let[t,o]=y([]),[n]=y(()=>{let a=_o(e);return a.offMessage=a.onMessage(r=>o(s=>[...s.filter(c=>c.seq!==r.seq),r].slice(-Cc))),a.offEvent=a.onEvent(r=>{if(r.type==="message.deleted"&&r.payload){let s=r.payload.seq;o(c=>c.map(d=>d.seq===s?{...d,text:"",deleted:!0}:d))}}),a});return S(()=>()=>{n.offMessage(),n.offEvent(),n.release()},[]),{view:n,messages:t}}var ya="village.console.muted",Mt=z(Ic()),Nt=z(typeof Notification<"u"&&Notification.permission==="granted");function Ic(){try{return localStorage.getItem(ya)==="1"}catch{return!1}}function $a(e){Mt.value=e;try{localStorage.setItem(ya,e?"1":"0")}catch{}}var Ee=null,va=!1;function _a(){let e=()=>{if(va=!0,!Ee&&typeof AudioContext<"u")try{Ee=new AudioContext}catch{Ee=null}Ee?.resume?.().catch(()=>{})};return document.addEventListener("pointerdown",e,!0),document.addEventListener("keydown",e,!0),()=>{document.removeEventListener("pointerdown",e,!0),document.removeEventListener("keydown",e,!0)}}function ka(){if(Mt.peek()||!va||!Ee||Ee.state!=="running")return!1;let e=Ee.currentTime+.01;return[660,830].forEach((t,o)=>{let n=Ee.createOscillator(),a=Ee.createGain();n.type="sine",n.frequency.value=t;let r=e+o*.18;a.gain.setValueAtTime(1e-4,r),a.gain.exponentialRampToValueAtTime(.2,r+.02),a.gain.exponentialRampToValueAtTime(1e-4,r+.3),n.connect(a).connect(Ee.destination),n.start(r),n.stop(r+.32)}),!0}async function wa(){if(!(typeof Notification>"u"))try{Nt.value=await Notification.requestPermission()==="granted"}catch{Nt.value=!1}}function xa(e,t){if(!(!Nt.peek()||document.visibilityState!=="hidden"||typeof Notification>"u"))try{let o=new Notification(e,{body:t,tag:"village-knock"});o.onclick=()=>{window.focus(),o.close()}}catch{}}function Ac(e){let t=Math.max(0,Math.floor(e)),o=Math.floor(t/3600),n=Math.floor(t%3600/60),a=r=>String(r).padStart(2,"0");return o?`${o}:${a(n)}:${a(t%60)}`:`${n}:${a(t%60)}`}function Hc(e=1e3){let[t,o]=y(Date.now());return S(()=>{let n=setInterval(()=>o(Date.now()),e);return()=>clearInterval(n)},[e]),t}function Sa(e){return e&&e.code==="conflict"?i("console.knock.conflict"):e&&e.code==="not_found"?i("console.knock.gone"):i(e&&e.code?"error."+e.code:"error.internal")}function Pc({booth:e,visitor:t,onDone:o,onError:n}){let[a,r]=y(!1),[s,c]=y(""),[d,m]=y(!1),u=H(null);if(S(()=>a&&u.current?.focus(),[a]),!a)return l`<button type="button" class="small" onClick=${()=>r(!0)}>${i("console.knock.decline")}</button>`;let p="decline-"+t.id;return l`<form class="decline-form" onSubmit=${async f=>{f.preventDefault(),m(!0);try{let g=s.trim();await re("knock.decline",g?{booth:e,visitor:t.id,message:g}:{booth:e,visitor:t.id}),o()}catch(g){n(Sa(g),g)}finally{m(!1)}}}>
    <label for=${p}>${i("console.knock.decline_message",{name:t.name})}</label>
    <input id=${p} ref=${u} maxLength="200" value=${s} onInput=${f=>c(f.currentTarget.value)} />
    <div class="actions">
      <button type="submit" class="small danger" disabled=${d}>${i("console.knock.decline_send")}</button>
      <button type="button" class="small" onClick=${()=>r(!1)}>${i("console.cancel")}</button>
    </div>
  </form>`}function Ta({booth:e,staffRoom:t,mayAnswer:o}){let[n,a]=y(()=>({knocks:[],at:Date.now()})),[r,s]=y(null),[c,d]=y(""),[m,u]=y(!1),p=H(null),h=Hc(),f=$=>{let _=$&&$.knocks||[],C=Date.now(),w=p.current;if(p.current=new Set(_.map(j=>j.visitor.id)),a({knocks:_,at:C}),w){let j=_.filter(B=>!w.has(B.visitor.id));if(j.length){let B=j.map(se=>se.visitor.name).join(", "),O=i("console.knock.new",{count:j.length,names:B});d(O),ka(),xa(i("console.knock.notify_title"),O)}}};S(()=>{let $=_a(),_=t.onEvent(C=>C.type==="knock.queue"&&f(C.payload));return()=>{$(),_()}},[t]);let g=t.state.value;S(()=>{g&&f(g)},[g]);let b=n.knocks.length;S(()=>{let $=`${i("console.title")} · ${i("app.name")}`;document.title=b?`(${b}) ${$}`:$},[b]),S(()=>()=>{document.title=document.title.replace(/^\(\d+\) /,"")},[]);let k=async $=>{s(null),u(!0);try{let _=await re("knock.take",$?{booth:e,visitor:$}:{booth:e});be("/talk/"+encodeURIComponent(_.room.replace(/^talk:/,"")))}catch(_){s(Sa(_)),v(_)}finally{u(!1)}},v=$=>{$&&($.code==="conflict"||$.code==="not_found")&&A(`/api/booths/${encodeURIComponent(e)}/knocks`).then(f,()=>{})};return l`<section class="card console-queue" aria-labelledby="queue-title">
    <div class="section-head">
      <h2 id="queue-title" tabindex="-1">${i("console.queue")} <span class="count" data-count=${b}>${b}</span></h2>
      <div class="queue-tools">
        <button type="button" class="small" aria-pressed=${Mt.value?"true":"false"} onClick=${()=>$a(!Mt.value)}>
          ${i("console.mute_sound")}
        </button>
        ${typeof Notification<"u"&&!Nt.value&&Notification.permission==="default"&&l`<button type="button" class="small" onClick=${wa}>${i("console.notify_ask")}</button>`}
      </div>
    </div>
    <p class="visually-hidden" role="status" aria-live="polite">${c}</p>
    <p class="queue-problem" role="alert">${r||""}</p>
    ${o&&l`<p><button type="button" class="primary" disabled=${m||b===0} onClick=${()=>k(null)}>${i("console.knock.take_next")}</button></p>`}
    ${b===0?l`<p class="muted queue-empty">${i("console.queue_empty")}</p>`:l`<ol class="knocks">
          ${n.knocks.map($=>{let _=$.visitor,C=($.waiting_seconds||0)+(h-n.at)/1e3;return l`<li class="knock" key=${_.id} data-person-id=${_.id}>
              <${F} id=${_.id} name=${_.name} photo=${_.photo_url} size="m" />
              <div class="knock-body">
                <p class="knock-name"><a href=${"/people/"+encodeURIComponent(_.id)}>${_.name}</a></p>
                ${_.organisation_id&&l`<p class="muted knock-org"><${dt} id=${_.organisation_id} /></p>`}
                <p class="knock-wait">${i("console.knock.waiting",{time:Ac(C)})}</p>
                ${$.text&&l`<p class="knock-text" dir="auto">${$.text}</p>`}
                ${o&&l`<div class="actions">
                  <button type="button" class="small primary" disabled=${m} onClick=${()=>k(_.id)}>
                    ${i("console.knock.take")}<span class="visually-hidden"> ${_.name}</span>
                  </button>
                  <${Pc}
                    booth=${e}
                    visitor=${_}
                    onDone=${()=>{s(null),document.getElementById("queue-title")?.focus()}}
                    onError=${(w,j)=>{s(w),v(j)}}
                  />
                </div>`}
              </div>
            </li>`})}
        </ol>`}
  </section>`}function Ea({boothRoom:e,organisationId:t}){let o=e.members.value,n=r=>r.role==="staff"&&r.organisation_id===t,a=o.filter(r=>!n(r));return l`<section class="card console-visitors" aria-labelledby="visitors-title">
    <h2 id="visitors-title" tabindex="-1">${i("console.visitors")}</h2>
    <p class="count-line" aria-live="polite">${i("booth.visitors_now",{count:a.length})}</p>
    <ul class="people-list visitors-list">
      ${o.map(r=>l`<li key=${r.id} data-person-id=${r.id}>
          <${F} id=${r.id} name=${r.name} photo=${r.photo_url} />
          <a href=${"/people/"+encodeURIComponent(r.id)}>${r.name}</a>
          ${n(r)&&l` <span class="role role-staff">${i("role.staff")}</span>`}
        </li>`)}
    </ul>
  </section>`}var Bc=[5,15,60,240,1440];function Jn(e){return i(e&&e.code?"error."+e.code:"error.internal")}function Lc({m:e,boothId:t,boothRoom:o,mayMute:n,onMuted:a}){let[r,s]=y(null),[c,d]=y(""),[m,u]=y("15"),[p,h]=y(""),[f,g]=y(!1),b="mod-"+e.seq;return r?l`<form class="mod-form" onSubmit=${async v=>{v.preventDefault();let $=c.trim();if(!$){h(i("console.chat.reason_required")),document.getElementById(b+"-reason")?.focus();return}g(!0),h("");try{if(r==="remove")await o.request("delete",{seq:e.seq,reason:$}),x(i("console.chat.removed"));else{let _=await Q(`/api/booths/${encodeURIComponent(t)}/mutes`,{person_id:e.from.id,minutes:Number(m),reason:$});x(i("console.chat.muted",{name:e.from.name})),a(_,e.from)}s(null),d(""),document.getElementById("chat-title")?.focus()}catch(_){h(_&&_.code==="conflict"?i("console.chat.already_muted"):Jn(_))}finally{g(!1)}}} noValidate>
    ${r==="mute"&&l`<div class="field">
      <label for=${b+"-minutes"}>${i("console.chat.mute_for")}</label>
      <select id=${b+"-minutes"} value=${m} onChange=${v=>u(v.currentTarget.value)}>
        ${Bc.map(v=>l`<option value=${String(v)}>${i("console.chat.minutes",{count:v})}</option>`)}
      </select>
    </div>`}
    <div class=${"field"+(p?" has-error":"")}>
      <label for=${b+"-reason"}>${i("console.chat.reason")}</label>
      <input id=${b+"-reason"} maxLength="500" value=${c} aria-invalid=${p?"true":void 0} aria-describedby=${p?b+"-error":void 0} onInput=${v=>d(v.currentTarget.value)} />
      ${p&&l`<p class="field-error" id=${b+"-error"}>${p}</p>`}
    </div>
    <div class="actions">
      <button type="submit" class="small danger" disabled=${f}>${r==="remove"?i("console.chat.remove_confirm"):i("console.chat.mute_confirm")}</button>
      <button type="button" class="small" onClick=${()=>s(null)}>${i("console.cancel")}</button>
    </div>
  </form>`:l`<div class="actions">
      <button type="button" class="small" onClick=${()=>s("remove")}>${i("console.chat.remove")}<span class="visually-hidden"> ${i("console.chat.message_of",{name:e.from.name})}</span></button>
      ${n&&l`<button type="button" class="small" onClick=${()=>s("mute")}>${i("console.chat.mute")}<span class="visually-hidden"> ${e.from.name}</span></button>`}
    </div>`}function Nc({booth:e,pinned:t}){let[o,n]=y(e.announcement||""),[a,r]=y(!1);return S(()=>{t!==null&&document.activeElement?.id!=="announcement"&&n(t)},[t]),l`<form class="announcement-form" onSubmit=${async c=>{c.preventDefault(),r(!0);try{await Ye(`/api/booths/${encodeURIComponent(e.id)}`,{announcement:o.trim()}),x(i("console.announcement.saved"))}catch(d){x(Jn(d),{kind:"error"})}finally{r(!1)}}}>
    <div class="field">
      <label for="announcement">${i("console.announcement")}</label>
      <p class="hint" id="announcement-hint">${i("console.announcement.hint")}</p>
      <input id="announcement" maxLength="280" dir="auto" aria-describedby="announcement-hint" value=${o} onInput=${c=>n(c.currentTarget.value)} />
    </div>
    <button type="submit" disabled=${a}>${i("console.announcement.save")}</button>
  </form>`}function Ca({booth:e,boothRoom:t,messages:o}){let n=L.value,[a,r]=y(null),[s,c]=y({}),[d,m]=y(null);S(()=>t.onEvent(b=>b.type==="booth.announcement"&&m(b.payload?.announcement??"")),[t]);let u=`/api/booths/${encodeURIComponent(e.id)}/mutes`,p=()=>A(u).then(b=>r(b.items||[]),()=>r([]));S(()=>{p()},[e.id]);let h={...s};for(let b of o)h[b.from.id]=b.from.name;let f=async b=>{try{await fe(`${u}/${encodeURIComponent(b.person_id)}`),x(i("console.mutes.lifted",{name:h[b.person_id]||b.person_id})),p()}catch(k){x(Jn(k),{kind:"error"})}},g=o.slice(-50).reverse();return l`<section class="card console-chat" aria-labelledby="chat-title">
    <h2 id="chat-title" tabindex="-1">${i("console.chat")}</h2>
    <${Nc} booth=${e} pinned=${d} />
    <h3>${i("console.chat.recent")}</h3>
    ${g.length===0?l`<p class="muted">${i("console.chat.empty")}</p>`:l`<ol class="chat-list mod-list">
          ${g.map(b=>l`<li key=${b.seq} data-seq=${b.seq} class=${b.deleted?"deleted":void 0}>
              <${F} id=${b.from.id} name=${b.from.name} photo=${b.from.photo_url} />
              <div class="chat-body">
                <p class="chat-meta"><strong>${b.from.name}</strong> <time datetime=${b.at}>${I(b.at,n?.time_zone,{timeStyle:"short"})}</time></p>
                ${b.deleted?l`<p class="muted chat-text">${i("console.chat.was_removed")}</p>`:l`<p class="chat-text" dir="auto">${b.text}</p>`}
                ${!b.deleted&&b.from.id!==n?.id&&l`<${Lc}
                  m=${b}
                  boothId=${e.id}
                  boothRoom=${t}
                  mayMute=${b.from.role!=="secretariat"&&!(b.from.role==="staff"&&b.from.organisation_id===e.organisation_id)}
                  onMuted=${(k,v)=>{c($=>({...$,[v.id]:v.name})),r($=>[...$||[],k])}}
                />`}
              </div>
            </li>`)}
        </ol>`}
    <h3>${i("console.mutes")}</h3>
    ${a===null?l`<p class="muted">${i("common.loading")}</p>`:a.length===0?l`<p class="muted">${i("console.mutes.none")}</p>`:l`<ul class="mutes">
            ${a.map(b=>l`<li key=${b.person_id} data-person-id=${b.person_id}>
                <span>${i("console.mutes.until",{name:h[b.person_id]||b.person_id,time:I(b.until,n?.time_zone,{dateStyle:"short",timeStyle:"short"})})}</span>
                <button type="button" class="small" onClick=${()=>f(b)}>${i("console.mutes.lift")}<span class="visually-hidden"> ${h[b.person_id]||b.person_id}</span></button>
              </li>`)}
          </ul>`}
  </section>`}var Ia=6,Mc=[10,15,20,30,45,60,90,120];function Aa(e,t){let o=Object.fromEntries(new Intl.DateTimeFormat("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(new Date(e)).map(a=>[a.type,a.value]));return Date.UTC(+o.year,+o.month-1,+o.day,+o.hour%24,+o.minute,+o.second)-Math.floor(e/1e3)*1e3}function Rc(e,t,o){let[n,a,r]=e.split("-").map(Number),[s,c]=t.split(":").map(Number),d=Date.UTC(n,a-1,r,s,c),m=d-Aa(d,o);return m=d-Aa(m,o),new Date(m).toISOString().replace(".000Z","Z")}function zc({slot:e,onDone:t}){let[o,n]=y(!1),[a,r]=y(!1);if(!o)return l`<button type="button" class="small danger" onClick=${()=>n(!0)}>${i("console.slots.withdraw")}</button>`;let s=async()=>{r(!0);try{await fe("/api/slots/"+encodeURIComponent(e.id)),x(i("console.slots.withdrawn")),t(),document.getElementById("slots-title")?.focus()}catch(c){x(i(c&&c.code?"error."+c.code:"error.internal"),{kind:"error"}),r(!1)}};return l`<div class="confirm" role="group" aria-label=${i("console.slots.withdraw")}>
    <p>${e.booked?i("console.slots.withdraw_booked",{name:e.booked_by?.name||""}):i("console.slots.withdraw_free")}</p>
    <div class="actions">
      <button type="button" class="small danger primary" disabled=${a} onClick=${s}>${i("console.slots.withdraw_confirm")}</button>
      <button type="button" class="small" onClick=${()=>n(!1)}>${i("console.slots.keep")}</button>
    </div>
  </div>`}function Dc({booth:e,me:t,zone:o,staff:n,onDone:a}){let r=new Date(Date.now()+864e5),[s,c]=y(new Intl.DateTimeFormat("en-CA",{timeZone:o,year:"numeric",month:"2-digit",day:"2-digit"}).format(r)),[d,m]=y("14:00"),[u,p]=y("30"),[h,f]=y((e.languages||[])[0]||"en"),g=t.role==="staff"&&t.organisation_id===e.organisation_id,[b,k]=y(g?t.id:n[0]?.id||""),[v,$]=y(""),[_,C]=y(!1),w=async B=>{if(B.preventDefault(),$(""),!/^\d{4}-\d{2}-\d{2}$/.test(s)||!/^\d{2}:\d{2}/.test(d)){$(i("console.slots.when_invalid"));return}if(Number(d.slice(3,5))%5!==0){$(i("console.slots.grid"));return}if(!b){$(i("console.slots.staff_required"));return}C(!0);try{let O={starts_at:Rc(s,d.slice(0,5),o),minutes:Number(u),language:h};g&&b===t.id||(O.staff_id=b),await Q(`/api/booths/${encodeURIComponent(e.id)}/slots`,O),x(i("console.slots.published")),a()}catch(O){let se=O&&O.code==="overlaps"?"console.slots.overlaps":O&&O.code==="validation_failed"?"console.slots.when_invalid":O&&O.code?"error."+O.code:"error.internal";$(i(se))}finally{C(!1)}},j=g?[{id:t.id,name:t.display_name},...n.filter(B=>B.id!==t.id)]:n;return l`<form class="slot-form" onSubmit=${w} noValidate>
    <h3>${i("console.slots.publish")}</h3>
    <p class="hint">${i("console.slots.zone",{zone:o.replaceAll("_"," ")})}</p>
    <div class="slot-fields">
      <div class="field"><label for="slot-date">${i("console.slots.date")}</label>
        <input id="slot-date" type="date" required value=${s} onInput=${B=>c(B.currentTarget.value)} /></div>
      <div class="field"><label for="slot-time">${i("console.slots.time")}</label>
        <input id="slot-time" type="time" step="300" required value=${d} onInput=${B=>m(B.currentTarget.value)} /></div>
      <div class="field"><label for="slot-minutes">${i("console.slots.length")}</label>
        <select id="slot-minutes" value=${u} onChange=${B=>p(B.currentTarget.value)}>
          ${Mc.map(B=>l`<option value=${String(B)}>${i("console.chat.minutes",{count:B})}</option>`)}
        </select></div>
      <div class="field"><label for="slot-language">${i("console.slots.language")}</label>
        <select id="slot-language" value=${h} onChange=${B=>f(B.currentTarget.value)}>
          ${[...new Set([...e.languages||[],"en"])].map(B=>l`<option value=${B} lang=${B}>${Ie(B)}</option>`)}
        </select></div>
      <div class="field"><label for="slot-staff">${i("console.slots.staff")}</label>
        <select id="slot-staff" value=${b} onChange=${B=>k(B.currentTarget.value)}>
          ${j.length===0&&l`<option value="">${i("console.slots.no_staff")}</option>`}
          ${j.map(B=>l`<option value=${B.id}>${B.name}</option>`)}
        </select></div>
    </div>
    <p class="field-error" role="alert" id="slot-error">${v}</p>
    <button type="submit" class="primary" disabled=${_}>${i("console.slots.publish_button")}</button>
  </form>`}function Ha({booth:e,me:t,staffNow:o=[]}){let[n,a]=y(!1),r=t.time_zone||we(),s=E(()=>A(`/api/booths/${encodeURIComponent(e.id)}/slots?limit=100`),[e.id]),c=s.data?.items||[],d=[...new Map([...o,...c.map(u=>u.staff)].filter(u=>u&&u.id).map(u=>[u.id,u])).values()],m={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"};return l`<section class="card console-slots" aria-labelledby="slots-title">
    <h2 id="slots-title" tabindex="-1">${i("console.slots")}</h2>
    ${s.error?l`<${R} error=${s.error} retry=${s.reload} />`:s.data?c.length===0?l`<p class="muted">${i("console.slots.none")}</p>`:l`<ul class="slots">
              ${(n?c:c.slice(0,Ia)).map(u=>l`<li key=${u.id} data-slot-id=${u.id}>
                  <div class="slot-body">
                    <p><strong>${I(u.starts_at,r,m)}</strong> · ${i("console.chat.minutes",{count:u.minutes})} · <span lang=${u.language}>${Ie(u.language)}</span></p>
                    <p class="muted">${i("console.slots.with",{name:u.staff?.name||""})} · ${u.booked?i("console.slots.booked_by",{name:u.booked_by?.name||""}):i("console.slots.free")}</p>
                  </div>
                  <${zc} slot=${u} onDone=${s.reload} />
                </li>`)}
            </ul>
            ${c.length>Ia&&l`<p><button type="button" class="link-button" aria-expanded=${n?"true":"false"} onClick=${()=>a(!n)}>
              ${n?i("console.slots.fewer"):i("console.slots.all",{count:c.length})}
            </button></p>`}`:l`<${N} />`}
    <${Dc} booth=${e} me=${t} zone=${r} staff=${d} onDone=${s.reload} />
  </section>`}var ft=20;function Pa({booth:e}){let[t,o]=y(0),[n,a]=y(!1),r=`/api/booths/${encodeURIComponent(e.id)}`,s=E(()=>A(r+"/leads"+ot({offset:t,limit:ft})),[e.id,t]),c=L.value?.time_zone,d=async()=>{a(!0);try{let{blob:u,filename:p}=await $n(r+"/leads.csv"),h=URL.createObjectURL(u),f=document.createElement("a");f.href=h,f.download=p,document.body.append(f),f.click(),f.remove(),setTimeout(()=>URL.revokeObjectURL(h),1e4)}catch(u){x(i(u&&u.code?"error."+u.code:"error.internal"),{kind:"error"})}finally{a(!1)}},m=s.data;return l`<section class="card console-leads" aria-labelledby="leads-title">
    <div class="section-head">
      <h2 id="leads-title" tabindex="-1">${i("console.leads")}</h2>
      <button type="button" onClick=${d} disabled=${n}>${i("console.leads.csv")}</button>
    </div>
    ${s.error?l`<${R} error=${s.error} retry=${s.reload} />`:m?m.items.length===0?l`<p class="muted">${i("console.leads.none")}</p>`:l`<p class="muted">${i("console.leads.count",{count:m.total})}</p>
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
                    ${m.items.map(u=>{let p=u.contact||{},h=[p.organisation,p.country&&xe(p.country),(p.languages||[]).map(Ie).join(", ")].filter(Boolean).join(" · ");return l`<tr key=${u.person_id} data-person-id=${u.person_id}>
                        <td data-label=${i("console.leads.name")}><a href=${"/people/"+encodeURIComponent(u.person_id)}>${p.name}</a></td>
                        <td data-label=${i("console.leads.email")}><a href=${"mailto:"+p.email}>${p.email}</a></td>
                        <td data-label=${i("console.leads.from")}>${h}</td>
                        <td data-label=${i("console.leads.note")} dir="auto">${u.note||""}</td>
                        <td data-label=${i("console.leads.at")}>${I(u.consented_at,c,{dateStyle:"medium",timeStyle:"short"})}</td>
                      </tr>`})}
                  </tbody>
                </table>
              </div>
              ${m.total>ft&&l`<div class="pager">
                <button type="button" disabled=${t===0} onClick=${()=>o(Math.max(0,t-ft))}>${i("console.leads.previous")}</button>
                <span>${i("console.leads.page",{from:t+1,to:Math.min(t+ft,m.total),total:m.total})}</span>
                <button type="button" disabled=${t+ft>=m.total} onClick=${()=>o(t+ft)}>${i("console.leads.next")}</button>
              </div>`}`:l`<${N} />`}
  </section>`}function Oc(e){return"booth-"+String(e||"").replace(/^org-/,"")}function Uc(e){let t=e.target.closest('a[href^="#"]'),o=t&&document.getElementById(t.getAttribute("href").slice(1));o&&(e.preventDefault(),o.focus())}function Fc({booth:e,me:t}){let o=Te("staff:"+e.organisation_id),{view:n,messages:a}=ba("booth:"+e.id),r=t.role==="staff"&&t.organisation_id===e.organisation_id,s=n.members.value.some(c=>c.id===t.id);return l`<div class="console">
    <p class=${"notice staffed"+(s?" notice-ok":"")} role="status">
      ${s?r?i("console.staffed"):i("console.watching"):i("console.joining")}
    </p>
    <nav class="console-nav" aria-label=${i("console.sections")} onClick=${Uc}>
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
        <${Ta} booth=${e.id} staffRoom=${o} mayAnswer=${r} />
        <${Ca} booth=${e} boothRoom=${n} messages=${a} />
      </div>
      <div class="console-side">
        <${Ea} boothRoom=${n} organisationId=${e.organisation_id} />
      </div>
    </div>
    <${Ha} booth=${e} me=${t} staffNow=${n.members.value.filter(c=>c.role==="staff"&&c.organisation_id===e.organisation_id)} />
    <${Pa} booth=${e} />
  </div>`}function qc({booths:e,value:t}){return l`<div class="field console-picker">
    <label for="console-booth">${i("console.pick")}</label>
    <select id="console-booth" value=${t||""} aria-busy=${e?void 0:"true"} onChange=${o=>Re({booth:o.currentTarget.value||null})}>
      <option value="">${i("console.pick_none")}</option>
      ${(e||[]).map(o=>l`<option key=${o.id} value=${o.id}>${o.title}</option>`)}
    </select>
  </div>`}function Ba(){let e=L.value,t=e.role==="secretariat",o=t?new URLSearchParams(ae.value).get("booth"):e.organisation_id?Oc(e.organisation_id):null,n=E(()=>t?A("/api/booths?limit=100"):Promise.resolve(null),[t]),a=E(()=>o?A("/api/booths/"+encodeURIComponent(o)):Promise.resolve(null),[o]),r;return!t&&!o?r=l`<p class="notice">${i("console.no_booth")}</p>`:a.error?r=a.error.code==="not_found"?l`<p class="notice">${i("console.no_booth")}</p>`:l`<${R} error=${a.error} retry=${a.reload} />`:a.loading&&!a.data?r=o?l`<${N} />`:null:a.data&&a.data.id===o?r=l`<h2 class="console-booth"><a href=${"/booths/"+encodeURIComponent(a.data.id)}>${a.data.title}</a></h2>
      <${Fc} key=${a.data.id} booth=${a.data} me=${e} />`:o||(r=l`<p class="muted">${i("console.pick_hint")}</p>`),l`<${D} title=${i("console.title")} wide>
    ${t&&l`<${qc} booths=${n.data?.items} value=${o} />`}
    ${r}
  <//>`}var Ma={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},La=3,Gc=e=>"⁨"+e+"⁩";function jc(e,t){let o=(e.kind==="knock"||e.kind==="slot")&&e.place_title?i("contacts.at_"+e.kind,{place:Gc(e.place_title)}):i("contacts.kind_"+e.kind);return i("contacts.occasion",{what:o,when:I(e.at,t,Ma)})}function Na({w:e,zone:t}){return l`<li>${jc(e,t)}</li>`}function Vc({m:e,zone:t}){let o=e.person,n="/people/"+encodeURIComponent(o.id),a=e.where.slice(0,La),r=e.where.slice(La);return l`<li class="result met" data-person-id=${o.id}>
    <${F} id=${o.id} name=${o.display_name} photo=${o.photo_url} size="m" />
    <div class="result-body">
      <div class="result-head">
        <h2><a href=${n} dir="auto">${o.display_name}</a></h2>
        ${o.role!=="participant"&&l`<span class=${"role role-"+o.role}>${i("role."+o.role)}</span>`}
      </div>
      ${o.organisation&&l`<p class="muted" dir="auto">${o.organisation.name}</p>`}
      <p class="met-times">${i("contacts.times",{count:e.times,when:I(e.last,t,Ma)})}</p>
      <ul class="met-where" aria-label=${i("contacts.where",{name:o.display_name})}>
        ${a.map((s,c)=>l`<${Na} key=${c} w=${s} zone=${t} />`)}
      </ul>
      ${r.length>0&&l`<details class="met-more">
        <summary>${i("contacts.more",{count:r.length})}</summary>
        <ul class="met-where">
          ${r.map((s,c)=>l`<${Na} key=${c} w=${s} zone=${t} />`)}
        </ul>
      </details>`}
    </div>
  </li>`}function Wc(){return l`<div class="notice met-empty">
    <h2>${i("contacts.none")}</h2>
    <p>${i("contacts.how")}</p>
    <ul>
      <li><a href="/village">${i("contacts.how_knock")}</a></li>
      <li><a href="/village">${i("contacts.how_slot")}</a></li>
      <li>${i("contacts.how_break")}</li>
      <li><a href="/people">${i("contacts.how_people")}</a></li>
    </ul>
  </div>`}function Ra(){let e=L.value?.time_zone,t=E(()=>A("/api/me/contacts"),[]),o=t.data?.items||[],n;return t.error&&!t.data?n=l`<${R} error=${t.error} retry=${t.reload} />`:t.data?o.length===0?n=l`<${Wc} />`:n=l`<p class="results-count">${i("contacts.count",{count:o.length})}</p>
      <p class="muted">${i("booth.hours_zone",{zone:(e||we()).replaceAll("_"," ")})}</p>
      <ul class="results met-list">
        ${o.map(a=>l`<${Vc} key=${a.person.id} m=${a} zone=${e} />`)}
      </ul>`:n=l`<${N} />`,l`<${D} title=${i("contacts.title")} intro=${i("contacts.intro")}>${n}<//>`}var Yc=[{path:"/",page:Cr,who:"in"},{path:"/signin",page:Tr,who:"out"},{path:"/register",page:Br,who:"out"},{path:"/invite/:id",page:Nr,who:"any"},{path:"/me",page:Dr,who:"in"},{path:"/people",page:qr,who:"in"},{path:"/people/:id",page:Gr,who:"in"},{path:"/village",page:Xr,who:"in"},{path:"/booths/:id",page:da,who:"in"},{path:"/organisations",page:ua,who:"in",role:"secretariat"},{path:"/invitations",page:ma,who:"in",role:"secretariat"},{path:"/talk/:id",page:ha,who:"in"},{path:"/meet/:id",page:pa,who:"in"},{path:"/schedule",page:ga,who:"in"},{path:"/console",page:Ba,who:"in",role:["staff","secretariat"]},{path:"/contacts",page:Ra,who:"in"}];function Zc(e){for(let t of Yc){let o=_r(t.path,e);if(o)return{route:t,params:o}}return{route:{page:zn,who:"any"},params:{}}}function Nn(){let e=new URLSearchParams(ae.value).get("next");return e&&e.startsWith("/")&&!e.startsWith("//")?e:"/"}function za(){let e=Se.value,t=te.value,o=L.value,{route:n,params:a}=Zc(e),r=H(!0),s=H(!1);t==="in"&&(s.current=!0);let c=null;t==="out"&&n.who==="in"?c="/signin"+(e==="/"||s.current?"":"?next="+encodeURIComponent(e+ae.value)):t==="in"&&n.who==="out"&&(c=Nn()),S(()=>{c&&be(c,{replace:!0})},[c]),S(()=>{if(r.current){r.current=!1;return}requestAnimationFrame(()=>document.querySelector("main h1")?.focus())},[e]);let d;return t==="loading"||c?d=l`<${N} />`:n.role&&o&&![n.role].flat().includes(o.role)?d=l`<${zn} />`:d=l`<${n.page} ...${a} />`,l`<${xr} />
    <main id="main" tabindex="-1">${d}</main>
    <footer class="site-footer"><div class="frame"><p>${i("footer.text")}</p></div></footer>
    <${Sr} />`}async function Xc(){await Promise.allSettled([tt(so()),ar()]);let e=L.peek();if(e&&!ro()){ao(e.languages||[]);let o=so(e.languages||[]);o!==W.peek()&&await tt(o).catch(()=>{})}me(()=>{let o=L.value;o&&!ro()?(ao(o.languages||[]),tt(so(o.languages||[]))):!o&&nt.peek()==="user"&&ao([])}),me(()=>{let o=nt.value;o==="expired"||o==="gone"?ke(()=>x(i("error.unauthenticated"),{kind:"error",timeout:0})):o==="unreachable"&&ke(()=>x(i("error.session_unreachable"),{kind:"error",timeout:0}))}),vr(o=>{let n=o?.from?.name||"",a="toast.direct."+o.kind,r=i(a,{name:n});x(r===a?i("toast.direct",{name:n}):r)});let t=document.getElementById("app");t.textContent="",Wo(l`<${za} />`,t)}Xc();
