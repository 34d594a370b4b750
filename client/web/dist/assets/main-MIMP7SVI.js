var L,Ui,Po,Te,Io,Bt,Gi,Ht,qi,Lo,Bo,na,ct=Symbol.for("pv"),Pt={},Lt=[],ra=/^m(i|n|o|s|text|space)$/,No=Array.isArray,Ro=Lt.slice,Me=Object.assign;function Re(e){e&&e.parentNode&&e.remove()}function dt(e,t,o){var i,a,r,s={},c=arguments.length;for(r in t)r=="key"?i=t[r]:r=="ref"&&typeof e!="function"?a=t[r]:s[r]=t[r];return c>2&&(s.children=c>3?Ro.call(arguments,2):o),lt(e,s,i,a,null)}function lt(e,t,o,i,a){var r={type:e,props:t,key:o,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:ct,__v:a||++Ui,__i:-1,__u:0};return!a&&L.vnode&&L.vnode(r),r}function Oe(e){return e.children}function ze(e,t){this.props=e,this.context=t,this.__g=0}function Ee(e,t){if(t==null)return e.__&&Ee(e.__,e.__i+1);for(var o;t<e.__k.length;t++)if((o=e.__k[t])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:Ee(e)}function aa(e){var t,o=e.__v,i=o.__e,a=[],r=[],s=e.__P;s&&((t=Me({constructor:ct},o)).__v=o.__v+1,L.vnode&&L.vnode(t),Mo(s,t,o,e.__n,s.namespaceURI,32&o.__u?[i]:null,a,i||Ee(o),32&o.__u,r),t.__v=o.__v,t.__.__k[t.__i]=t,Xi(a,t,r),o.__=o.__e=null,t.__e!=i&&ji(t))}function ji(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),ji(e)}function Di(e){(8&e.__g||(e.__g|=8,Te.push(e),Bt++))&&Io==L.debounceRendering||((Io=L.debounceRendering)||queueMicrotask)(Vi)}function Vi(){try{for(var e,t=1;Te.length;)Te.length>t&&Te.sort(Gi),e=Te.shift(),t=Te.length,8&e.__g&&aa(e)}finally{(Bt=Te.length)&&(Io||queueMicrotask)(Vi)}}function Wi(e,t,o,i,a,r,s,c,d,h,u){var m,p,f,g,b,$,v=i.__k||Lt,y=t.length;for(d=sa(o,t,v,d,y),m=0;m<y;m++)(f=o.__k[m])!=null&&(p=~f.__i&&v[f.__i]||Pt,f.__i=m,$=Mo(e,f,p,a,r,s,c,d,h,u),g=f.__e,(p.ref!=f.ref||8&p.__u)&&(p.ref&&zo(p.ref,null,f,p),f.ref&&u.push(f.ref,f.__c||g,f)),b=b||g,4&f.__u?(d=Yi(f,d,e,!p.__v),p.__e&&(p.__e=null)):typeof f.type=="function"&&$!==void 0?d=$:g&&(d=g.nextSibling),f.__u&=-21);return o.__e=b,d}function sa(e,t,o,i,a){var r,s,c,d,h,u,m,p,f,g=o.length,b=g,$=0,v=0,y=e.__k=Array(a);for(r=0;r<a;r++)(s=t[r])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=y[r]=lt(null,s):No(s)?s=y[r]=lt(Oe,{children:s}):s.constructor===ct&&s.__b?s=y[r]=lt(s.type,s.props,s.key,s.ref,s.__v):y[r]=s,d=r+$,s.__=e,s.__b=e.__b+1,c=null,~(h=s.__i=la(s,o,d,b))&&(b--,(c=o[h])&&(c.__u|=2)),c&&c.__v?(s.__u|=16,h==d-1?$--:h==d+1?$++:h!=d&&(h>d?$--:$++,v=1)):(~h||(a>g?$--:a<g&&$++),typeof s.type!="function"&&(s.__u|=4))):y[r]=null;if(v){for(u=[],m=[],r=0;r<a;r++)if((s=y[r])&&16&s.__u){for($=0,p=u.length;$<p;)u[f=$+p>>1]<s.__i?$=f+1:p=f;u[$]=s.__i,m[r]=$+1}for($=u.length;r--;)m[r]&&(m[r]==$?$--:y[r].__u|=4)}if(b)for(r=0;r<g;r++)!(c=o[r])||2&c.__u||(c.__e==i&&(i=Ee(c)),Oo(c,c));return i}function Yi(e,t,o,i){var a,r,s,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(a=e.__k)for(r=0;r<a.length;r++)a[r]&&(a[r].__=e,t=Yi(a[r],t,o,!1));return t}for(t&&!t.parentNode&&(t=Ee(e))&&!t.parentNode&&(t=null),s=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(s!=c&&(!i&&o.moveBefore&&s.parentNode?o.moveBefore(s,t):o.insertBefore(s,t||null)),t=s;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function la(e,t,o,i){var a,r=e.key,s=e.type,c=t[o],d=c&&!(2&c.__u);if(c===null&&r==null||d&&r==c.key&&s==c.type)return o;if(i>(d?1:0)){for(a=o-1;a>=0;a--)if((c=t[a])&&!(2&c.__u)&&r==c.key&&s==c.type)return a;for(a=o+1;a<t.length;a++)if((c=t[a])&&!(2&c.__u)&&r==c.key&&s==c.type)return a}return-1}function Fi(e,t,o){o==null&&(o=""),t[0]=="-"?e.setProperty(t,o):e[t]=o}function At(e,t,o,i,a){var r,s;if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)o&&t in o||Fi(e.style,t);if(o)for(t in o)i&&o[t]==i[t]||Fi(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")typeof o!="function"&&(o=null),typeof i!="function"&&(i=null),(e.__e||(e.__e={}))[t]=o,o&&i||(s=Bo[t]||(Bo[t]=ca(t)),(e.__a||(e.__a={}))[t]=Lo,r=t!=(t=t.replace(qi,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),o?e.addEventListener(t,s,r):e.removeEventListener(t,s,r));else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o)}}function ca(e){return function(t){var o=this.__e;if(o){if(o=o[e],t[Ht]==null)t[Ht]=Lo++;else if(t[Ht]<this.__a[e])return;return o(L.event?L.event(t):t)}}}function Mo(e,t,o,i,a,r,s,c,d,h){var u,m,p,f,g,b,$,v,y,x,A,k,oe,ue,Q,pe,w,ie,ne=t.type;if(t.constructor!==ct)return null;128&o.__u&&(d=32&o.__u,u=o.__c.__z)&&(t.__u|=d,m=r=[],u.nodeType==8?c=It(u,r):r.push(u),c=r[0]||c),(u=L.__b)&&u(t);e:if(typeof ne=="function"){p=s.length;try{if(v=t.props,y=(u=ne.prototype)&&u.render,x=(u=ne.contextType)&&i[u.__c],A=u?x?x.props.value:u.__:i,(f=o.__c)?(t.__c=f,2&f.__g&&(f.__g|=1)):(y?t.__c=f=new ne(v,A):(t.__c=f=new ze(v,A),f.constructor=ne,f.render=ua),x&&x.sub(f),f.state||(f.state={}),f.__n=i,f.__g|=8,f.__h=[],f.__k=[]),y&&(f.__s||(f.__s=f.state),ne.getDerivedStateFromProps&&(f.__s==f.state&&(f.__s=Me({},f.__s)),Me(f.__s,ne.getDerivedStateFromProps(v,f.__s)))),g=f.props,b=f.state,f.__v=t,o.__c){if(v!==g&&y&&!ne.getDerivedStateFromProps&&f.componentWillReceiveProps&&f.componentWillReceiveProps(v,A),t.__v==o.__v&&!(8&f.__g)||!(4&f.__g)&&f.shouldComponentUpdate&&f.shouldComponentUpdate(v,f.__s,A)===!1){t.__v!=o.__v&&(f.props=v,f.state=f.__s,f.__g&=-9),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(ae){ae&&(ae.__=t)}),Lt.push.apply(f.__h,f.__k),f.__k=[],f.__h.length&&s.push(f),c=Ee(o);break e}f.componentWillUpdate&&f.componentWillUpdate(v,f.__s,A),y&&f.componentDidUpdate&&f.__h.push(function(){f.componentDidUpdate(g,b,$)})}else y&&!ne.getDerivedStateFromProps&&f.componentWillMount&&f.componentWillMount(),y&&f.componentDidMount&&f.__h.push(f.componentDidMount);f.context=A,f.props=v,f.__P=e,f.__g&=-5,k=L.__r,oe=y?25:0;do f.__g&=-9,k&&k(t),u=f.render(f.props,f.state=f.__s,f.context);while(8&f.__g&&++oe<25);y&&(Lt.push.apply(f.__h,f.__k),f.__k=[]),f.state=f.__s,f.getChildContext&&(i=Me({},i,f.getChildContext())),y&&o.__c&&f.getSnapshotBeforeUpdate&&($=f.getSnapshotBeforeUpdate(g,b)),ue=u&&u.type===Oe&&u.key==null?u.props.children:u,v.__P&&(u=c,a=(e=v.__P).namespaceURI,d=r=null,o.props&&o.props.__P!=e&&(o.__k.some(function(ae){ae&&Oo(ae,ae)}),o.__k=null),c=o.__k?Ee(o,0):null),c=Wi(e,No(ue)?ue:[ue],t,o,i,a,r,s,c,d,h),v.__P&&(t.__e=null,c=u),t.__u&=-161,m&&m.some(Re),f.__h.length&&s.push(f),1&f.__g&&(f.__g&=-4)}catch(ae){if(s.length=p,t.__v=null,d||r)if(ae&&ae.then){if(t.__u|=128|d,r){for(~(w=r.indexOf(c||void 0))||(w=r.length);(ie=r[w-1])&&ie.nodeType==8;)w--;for(;w<r.length;w++)if(ie=r[w])if(r[w]=null,Q){if(ie==pe)break}else{if(ie.nodeType!=8)break;ie.data.startsWith("$s")&&(pe=It(Q=ie))}}if(!Q){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;Q=c}(u=It(Q=t.__c.__z||(t.__c.__z=Q)))?(t.__e=Q,c=u):t.__e=c,c=c&&c.nextSibling}else r&&r.some(Re);else t.__e=o.__e;t.__k||(t.__k=o.__k||[]),ae&&ae.then||Zi(t),L.__e(ae,t,o)}}else c=t.__e=da(o.__e,t,o,i,a,r,s,d,h,e);return(u=L.diffed)&&u(t),c}function It(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}t&&t.push(e)}}function Zi(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Zi))}function Xi(e,t,o){for(var i=0;i<o.length;)zo(o[i++],o[i++],o[i++]);L.__c&&L.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(r){r.call(a)})}catch(r){L.__e(r,a.__v)}})}function da(e,t,o,i,a,r,s,c,d,h){var u,m,p,f,g,b,$,v,y=o.props||Pt,x=t.props,A=t.type;if(A=="svg"?a="http://www.w3.org/2000/svg":A=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),r){for(u=0;u<r.length;u++)if((g=r[u])&&(A?g.localName==A:g.nodeType==3)){e=g,r[u]=null;break}}if(!e){if(v=h.ownerDocument||document,!A)return v.createTextNode(x);e=v.createElementNS(a,A,x.is?x:h),c&&(L.__m&&L.__m(t,r),c=!1),r=null}if(A){if(h=A=="template"&&e.content||e,r=A=="textarea"&&x.defaultValue!=null?null:r&&Ro.call(h.childNodes),!c&&r)for(y={},u=0;u<e.attributes.length;u++)y[(g=e.attributes[u]).name]=g.value;for(u in y)g=y[u],u=="dangerouslySetInnerHTML"?p=g:u=="children"||u in x||u=="value"&&"defaultValue"in x||u=="checked"&&"defaultChecked"in x||At(e,u,null,g,a);for(u in x)g=x[u],u=="children"?f=g:u=="dangerouslySetInnerHTML"?m=g:u=="value"?b=g:u=="checked"?$=g:c&&typeof g!="function"||y[u]===g||At(e,u,g,y[u],a);m?(c||p&&(m.__html==p.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[]):(p&&(e.textContent=""),(A=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&ra.test(A))&&(a="http://www.w3.org/1999/xhtml"),Wi(h,No(f)?f:[f],t,o,i,a,r,s,r?r[0]:o.__k&&Ee(o,0),c,d),r&&r.some(Re)),c&&A!="textarea"||(u="value",A=="progress"&&b==null?e.removeAttribute(u):b==null||b===e[u]&&(A!="progress"||b)||At(e,u,b,y[u],a),u="checked",$!=null&&$!=e[u]&&At(e,u,$,y[u],a))}else y===x||c&&e.data==x||(e.data=x);return e}function zo(e,t,o,i){try{typeof e=="function"?t?t.__x=e(t)||1:i&&(i=i.__c||i.__e)&&(t=i.__x)&&(i.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(a){L.__e(a,o)}}function Oo(e,t,o){var i,a,r,s;if(L.unmount&&L.unmount(e),!(i=e.ref)||i.current&&i.current!=e.__e||zo(i,null,t,e),i=e.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(c){L.__e(c,t)}i.__P=i.__n=null}if(i=e.__k)for(s=0;s<i.length;s++)i[s]&&Oo(i[s],t,typeof e.type!="function"||o&&!e.props.__P);!o&&(i=e.__c)&&(i=i.__z)&&(a=It(i,r=[]))&&(i==e.__e&&r.some(Re),Re(a),Re(i)),o||Re(e.__e),e.__e=e.__c=e.__=null}function ua(e,t,o){return this.constructor(e,o)}function Do(e,t){var o,i,a,r;L.__&&L.__(e,t),t.nodeType==9&&(t=t.documentElement),i=(o=e&&32&e.__u)?null:t.__k,t.__k=lt(Oe,{children:[e]}),a=[],r=[],Mo(t,t.__k,i||Pt,Pt,t.namespaceURI,i?null:t.firstChild?Ro.call(t.childNodes):null,a,i?i.__e:t.firstChild,o,r),Xi(a,t.__k,r),t.__k.props.children=null}L={__e:function(e,t,o,i){for(var a,r,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(r=a.constructor)&&r.getDerivedStateFromError)&&a.setState(r.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,i||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(c){e=c}}throw Bt=0,e}},Ui=0,Po=function(e){return e!=null&&e.constructor===ct},ze.prototype.setState=function(e,t){var o=this.__s;o&&o!=this.state||(o=this.__s=Me({},this.state)),typeof e=="function"&&(e=e(Me({},o),this.props)),e&&(Me(o,e),this.__v&&(t&&this.__k.push(t),Di(this)))},ze.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Di(this))},ze.prototype.render=Oe,Te=[],Bt=0,Gi=function(e,t){return e.__v.__b-t.__v.__b},Ht=Symbol(),qi=/(PointerCapture)$|Capture$/i,Lo=0,Bo={},na=0;var Ki=function(e,t,o,i){var a;t[0]=0;for(var r=1;r<t.length;r++){var s=t[r++],c=t[r]?(t[0]|=s?1:2,o[t[r++]]):t[++r];s===3?i[0]=c:s===4?i[1]=Object.assign(i[1]||{},c):s===5?(i[1]=i[1]||{})[t[++r]]=c:s===6?i[1][t[++r]]+=c+"":s?(a=e.apply(c,Ki(e,c,o,["",null])),i.push(a),c[0]?t[0]|=2:(t[r-2]=0,t[r]=a)):i.push(c)}return i},Ji=new Map;function Qi(e){var t=Ji.get(this);return t||(t=new Map,Ji.set(this,t)),(t=Ki(this,t.get(e)||(t.set(e,t=(function(o){for(var i,a,r=1,s="",c="",d=[0],h=function(p){r===1&&(p||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,p,s):r===3&&(p||s)?(d.push(3,p,s),r=2):r===2&&s==="..."&&p?d.push(4,p,0):r===2&&s&&!p?d.push(5,0,!0,s):r>=5&&((s||!p&&r===5)&&(d.push(r,0,s,a),r=6),p&&(d.push(r,p,0,a),r=6)),s=""},u=0;u<o.length;u++){u&&(r===1&&h(),h(u));for(var m=0;m<o[u].length;m++)i=o[u][m],r===1?i==="<"?(h(),d=[d],r=3):s+=i:r===4?s==="--"&&i===">"?(r=1,s=""):s=i+s[0]:c?i===c?c="":s+=i:i==='"'||i==="'"?c=i:i===">"?(h(),r=1):r&&(i==="="?(r=5,a=s,s=""):i==="/"&&(r<5||o[u][m+1]===">")?(h(),r===3&&(d=d[0]),r=d,(d=d[0]).push(2,0,r),r=0):i===" "||i==="	"||i===`
`||i==="\r"?(h(),r=2):s+=i),r===3&&s==="!--"&&(r=4,d=d[0])}return h(),d})(e)),t),arguments,[])).length>1?t:t[0]}var l=Qi.bind(dt);var qe,Y,Fo,en,Uo=Object.is,Nt=0,dn=[],Go=[],V=L,tn=V.__b,on=V.__r,nn=V.diffed,rn=V.__c,an=V.unmount,sn=V.__;function Rt(e,t){V.__h&&V.__h(Y,e,Nt||t),Nt=0;var o=Y.__H||(Y.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function _(e){return Nt=1,ha(hn,e)}function ha(e,t,o){var i=Rt(qe++,2);if(i.t=e,!i.__c&&(i.__=[o?o(t):hn(void 0,t),function(r){var s=(i.__N||i.__)[0],c=i.t(s,r);Uo(s,c)||(i.__N=[c,i.__[1]],i.__c.setState({}))}],i.__c=Y,!Y.__f)){Y.__f=!0;var a=Y.shouldComponentUpdate;Y.shouldComponentUpdate=function(r,s,c){var d=this.__H;if(!d)return!0;var h=!1,u=this.props!=r;if(d.__.some(function(p){p.__N&&(h=!0,Uo(p.__[0],p.__N[0])||(u=!0))}),a){var m=a.call(this,r,s,c);return h?m||u:m}return!h||u}}return i.__}function C(e,t){var o=Rt(qe++,3);!V.__s&&jo(o.__H,t)&&(o.__P=!0,o.__=e,o.u=t,Y.__H.__h.push(o))}function un(e,t){var o=Rt(qe++,4);!V.__s&&jo(o.__H,t)&&(o.__P=!1,o.__=e,o.u=t,Y.__h.push(o))}function E(e){return Nt=5,Mt(function(){return{current:e}},[])}function Mt(e,t){var o=Rt(qe++,7);return jo(o.__H,t)&&(o.__=e(),o.__H=t),o.__}function fa(){var e;do{for(;e=Go.shift();)try{ut(e)}catch(o){V.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=dn.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(ut),t.__h.some(qo),t.__h=[]}catch(o){t.__h=[],V.__e(o,e.__v)}}}while(Go.length)}V.__b=function(e){Y=null,tn&&tn(e)},V.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),sn&&sn(e,t)},V.__r=function(e){on&&on(e),qe=0;var t=(Y=e.__c).__H;t&&(Fo==Y?Y.__h=[]:(t.__h.some(ut),t.__h.some(qo),qe=0),t.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),Fo=Y},V.diffed=function(e){nn&&nn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&cn(dn.push(t)),t.__H.__.some(function(o){o.u&&(o.__H=o.u)})),Fo=Y=null},V.__c=function(e,t){t.some(function(o){try{o.__h.some(ut),o.__h=o.__h.filter(function(i){return!i.__||qo(i)})}catch(i){o.__h=[function(){throw i}]}}),rn&&rn(e,t)},V.unmount=function(e){an&&an(e);var t,o,i=e.__c;i&&i.__H&&(i.__H.__.some(function(a){try{if(a.__P&&a.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}a.__P=o,cn(Go.push(a))}else ut(a)}catch(r){t=r}}),i.__H=void 0,t&&V.__e(t,i.__v))};var ln=typeof requestAnimationFrame=="function";function pa(e){var t,o=function(){clearTimeout(i),ln&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(o,35);ln&&(t=requestAnimationFrame(o))}function cn(e){e!=1&&en==V.requestAnimationFrame||((en=V.requestAnimationFrame)||pa)(fa)}function ut(e){var t=Y,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),Y=t}function qo(e){var t=Y;e.__c=e.__(),Y=t}function jo(e,t){return!e||e.length!=t.length||t.some(function(o,i){return!Uo(o,e[i])})}function hn(e,t){return typeof t=="function"?t(e):t}var ma=Symbol.for("preact-signals");function Ft(){if(we>1)we--;else{var e,t=!1;for((function(){var a=Ot;for(Ot=void 0;a!==void 0;){var r=a.S;if(r.v===a.v)for(var s=r.t;s!==void 0;s=s.x)s.i===a.i&&(s.i=r.i);a=a.o}})();ft!==void 0;){var o=ft;for(ft=void 0,zt++;o!==void 0;){var i=o.u;if(o.u=void 0,o.f&=-3,!(8&o.f)&&pn(o))try{o.c()}catch(a){t||(e=a,t=!0)}o=i}}if(zt=0,we--,t)throw e}}function Wo(e){if(we>0)return e();Vo=++ga,we++;try{return e()}finally{Ft()}}var ht,F=void 0;function Ce(e){var t=F,o=ht;F=void 0,ht=void 0;try{return e()}finally{F=t,ht=o}}var ft=void 0,we=0,zt=0,ga=0,Vo=0,Ot=void 0,Dt=0;function fn(e){if(F!==void 0){var t=e.n;if(t===void 0||t.t!==F)return t={i:0,S:e,p:F.s,n:void 0,t:F,e:void 0,x:void 0,r:t},F.s!==void 0&&(F.s.n=t),F.s=t,e.n=t,32&F.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=F.s,t.n=void 0,F.s.n=t,F.s=t),t}}function Z(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}Z.prototype.brand=ma;Z.prototype.h=function(){return!0};Z.prototype.S=function(e){var t=this,o=this.t;o!==e&&e.e===void 0&&(e.x=o,this.t=e,o!==void 0?o.e=e:Ce(function(){var i;(i=t.W)==null||i.call(t)}))};Z.prototype.U=function(e){var t=this;if(this.t!==void 0){var o=e.e,i=e.x;o!==void 0&&(o.x=i,e.e=void 0),i!==void 0&&(i.e=o,e.x=void 0),e===this.t&&(this.t=i,i===void 0&&Ce(function(){var a;(a=t.Z)==null||a.call(t)}))}};Z.prototype.subscribe=function(e){var t=this;return he(function(){var o=t.value;Ce(function(){return e(o)})},{name:"sub"})};Z.prototype.valueOf=function(){return this.value};Z.prototype.toString=function(){return this.value+""};Z.prototype.toJSON=function(){return this.value};Z.prototype.peek=function(){var e=this;return Ce(function(){return e.value})};Object.defineProperty(Z.prototype,"value",{get:function(){var e=fn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(zt>100)throw new Error("Cycle detected");(function(o){we!==0&&zt===0&&o.l!==Vo&&(o.l=Vo,Ot={S:o,v:o.v,i:o.i,o:Ot})})(this),this.v=e,this.i++,Dt++,we++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Ft()}}}});function N(e,t){return new Z(e,t)}function pn(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function mn(e){for(var t=e.s;t!==void 0;t=t.n){var o=t.S.n;if(o!==void 0&&(t.r=o),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function gn(e){for(var t=e.s,o=void 0;t!==void 0;){var i=t.p;t.i===-1?(t.S.U(t),i!==void 0&&(i.n=t.n),t.n!==void 0&&(t.n.p=i)):o=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=i}e.s=o}function De(e,t){Z.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Dt-1,this.f=4}De.prototype=new Z;De.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Dt))return!0;if(this.g=Dt,this.f|=1,this.i>0&&!pn(this))return this.f&=-2,!0;var e=F;try{mn(this),F=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(o){this.v=o,this.f|=16,this.i++}return F=e,gn(this),this.f&=-2,!0};De.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}Z.prototype.S.call(this,e)};De.prototype.U=function(e){if(this.t!==void 0&&(Z.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};De.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(De.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=fn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function je(e,t){return new De(e,t)}function bn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){we++;var o=F;F=void 0;try{t()}catch(i){throw e.f&=-2,e.f|=8,Yo(e),i}finally{F=o,Ft()}}}function Yo(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,bn(e)}function ba(e){if(F!==this)throw new Error("Out-of-order effect");gn(this),F=e,this.f&=-2;try{8&this.f&&Yo(this)}finally{Ft()}}function Ve(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,ht&&ht.push(this)}Ve.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};Ve.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,bn(this),mn(this),we++;var e=F;return F=this,ba.bind(this,e)};Ve.prototype.N=function(){2&this.f||(this.f|=2,this.u=ft,ft=this)};Ve.prototype.d=function(){this.f|=8,1&this.f||Yo(this)};Ve.prototype.dispose=function(){this.d()};function he(e,t){var o=new Ve(e,t);try{o.c()}catch(a){throw o.d(),a}var i=o.d.bind(o);return i[Symbol.dispose]=i,i}var _n,Gt,Ut,_a=typeof window<"u"&&!!window.__PREACT_SIGNALS_DEVTOOLS__;var yn=[];he(function(){_n=this.N})();function We(e,t){L[e]=t.bind(null,L[e]||function(){})}function pt(e){if(Ut){var t=Ut;Ut=void 0,t()}Ut=e&&e.S()}function vn(e){var t=this,o=e.data,i=va(o);i.name="ReactiveDom",i.value=o;var a=Mt(function(){for(var c=t,d=t.__v;d=d.__;)if(d.__c){d.__c.__$f|=4;break}var h=je(function(){var f=i.value.value;return f===0?0:f===!0?"":f||""}),u=je(function(){return!Array.isArray(h.value)&&!Po(h.value)}),m=he(function(){if(this.N=$n,u.value){var f=h.value;c.__v&&c.__v.__e&&c.__v.__e.nodeType===3&&(c.__v.__e.data=f)}}),p=t.__$u.d;return t.__$u.d=function(){m(),p.call(this)},[u,h]},[]),r=a[0],s=a[1];return r.value?s.peek():s.value}vn.displayName="ReactiveTextNode";Object.defineProperties(Z.prototype,{constructor:{configurable:!0,value:dt(Oe,null).constructor},type:{configurable:!0,value:vn},props:{configurable:!0,get:function(){var e=this;return{data:{get value(){return e.value}}}}},__b:{configurable:!0,value:1}});We("__b",function(e,t){if(pt(),Gt=void 0,typeof t.type=="string"){var o,i=t.props;for(var a in i)if(a!=="children"){var r=i[a];r instanceof Z&&(o||(t.__np=o={}),o[a]=r,i[a]=r.peek())}}e(t)});We("__r",function(e,t){if(e(t),t.type!==Oe){pt();var o,i=t.__c;i&&(i.__$f&=-2,(o=i.__$u)===void 0&&(i.__$u=o=(function(a,r){var s;return he(function(){s=this},{name:r}),s.c=a,s})((function(a){return function(){var r;_a&&((r=this.y)==null||r.call(this)),a.__$f|=1,a.setState({})}})(i),typeof t.type=="function"?t.type.displayName||t.type.name:""))),Gt=i,pt(o)}});We("__e",function(e,t,o,i){pt(),Gt=void 0,e(t,o,i)});We("diffed",function(e,t){pt(),Gt=void 0;var o;if(typeof t.type=="string"&&(o=t.__e)){var i=t.__np,a=t.props,r=o.U;if(r)for(var s in r){var c=r[s];c===void 0||i&&s in i||(c.d(),r[s]=void 0)}if(i){r||(r={},o.U=r);for(var d in i){var h=r[d],u=i[d];h===void 0?(h=ya(o,d,u,a),r[d]=h):h.o(u,a)}}}e(t)});function ya(e,t,o,i){var a=t in e&&e.ownerSVGElement===void 0,r=N(o);return{o:function(s,c){r.value=s,i=c},d:he(function(){this.N=$n;var s=r.value.value;i[t]!==s&&(i[t]=s,a?e[t]=s:s!=null&&(s!==!1||t[4]==="-")?e.setAttribute(t,s):e.removeAttribute(t))})}}We("unmount",function(e,t){if(typeof t.type=="string"){var o=t.__e;if(o){var i=o.U;if(i){o.U=void 0;for(var a in i){var r=i[a];r&&r.d()}}}var s=t.__np;if(s){var c=t.props;for(var d in s)c[d]=s[d]}t.__np=void 0}else{var h=t.__c;if(h){h.__$f|=8;var u=h.__$u;u&&(h.__$u=void 0,u.d())}}e(t)});We("__h",function(e,t,o,i){i<3&&(t.__$f|=2),e(t,o,i)});ze.prototype.shouldComponentUpdate=function(e,t){if(this.__R)return!0;var o=this.__$u,i=o&&o.s!==void 0;for(var a in t)return!0;if(this.__f||typeof this.u=="boolean"&&this.u===!0){var r=2&this.__$f;if(!(i||r||4&this.__$f)||1&this.__$f)return!0}else if(!(i||4&this.__$f)||3&this.__$f)return!0;for(var s in e)if(s!=="__source"&&e[s]!==this.props[s])return!0;for(var c in this.props)if(!(c in e))return!0;return!1};function va(e,t){return Mt(function(){return N(e,t)},[])}var $a=function(e){queueMicrotask(function(){queueMicrotask(e)})};function wa(){Wo(function(){for(var e;e=yn.shift();)_n.call(e)})}function $n(){yn.push(this)===1&&(L.requestAnimationFrame||$a)(wa)}function qt(e,t){let o=t&&t.cache?t.cache:Aa,i=t&&t.serializer?t.serializer:Ea;return(t&&t.strategy?t.strategy:xa)(e,{cache:o,serializer:i})}function ka(e){return e==null||typeof e=="number"||typeof e=="boolean"}function wn(e,t,o,i){let a=ka(i)?i:o(i),r=t.get(a);return typeof r>"u"&&(r=e.call(this,i),t.set(a,r)),r}function kn(e,t,o){let i=Array.prototype.slice.call(arguments,3),a=o(i),r=t.get(a);return typeof r>"u"&&(r=e.apply(this,i),t.set(a,r)),r}function Zo(e,t,o,i,a){return o.bind(t,e,i,a)}function xa(e,t){let o=e.length===1?wn:kn;return Zo(e,this,o,t.cache.create(),t.serializer)}function Sa(e,t){return Zo(e,this,kn,t.cache.create(),t.serializer)}function Ta(e,t){return Zo(e,this,wn,t.cache.create(),t.serializer)}var Ea=function(){return JSON.stringify(arguments)},Ca=class{constructor(){this.cache=Object.create(null)}get(e){return this.cache[e]}set(e,t){this.cache[e]=t}},Aa={create:function(){return new Ca}},jt={variadic:Sa,monadic:Ta};var Ha=/(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;function En(e){let t={};return e.replace(Ha,o=>{let i=o.length;switch(o[0]){case"G":t.era=i===4?"long":i===5?"narrow":"short";break;case"y":t.year=i===2?"2-digit":"numeric";break;case"Y":case"u":case"U":case"r":throw new RangeError("`Y/u/U/r` (year) patterns are not supported, use `y` instead");case"q":case"Q":throw new RangeError("`q/Q` (quarter) patterns are not supported");case"M":case"L":t.month=["numeric","2-digit","short","long","narrow"][i-1];break;case"w":case"W":throw new RangeError("`w/W` (week) patterns are not supported");case"d":t.day=["numeric","2-digit"][i-1];break;case"D":case"F":case"g":throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");case"E":t.weekday=i===4?"long":i===5?"narrow":"short";break;case"e":if(i<4)throw new RangeError("`e..eee` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][i-3];break;case"c":if(i<4)throw new RangeError("`c..ccc` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][i-3];break;case"a":t.hour12=!0;break;case"b":case"B":throw new RangeError("`b/B` (period) patterns are not supported, use `a` instead");case"h":t.hourCycle="h12",t.hour=["numeric","2-digit"][i-1];break;case"H":t.hourCycle="h23",t.hour=["numeric","2-digit"][i-1];break;case"K":t.hourCycle="h11",t.hour=["numeric","2-digit"][i-1];break;case"k":t.hourCycle="h24",t.hour=["numeric","2-digit"][i-1];break;case"j":case"J":case"C":throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");case"m":t.minute=["numeric","2-digit"][i-1];break;case"s":t.second=["numeric","2-digit"][i-1];break;case"S":case"A":throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");case"z":t.timeZoneName=i<4?"short":"long";break;case"Z":case"O":case"v":case"V":case"X":case"x":throw new RangeError("`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead")}return""}),t}var Ia=/[\t-\r \x85\u200E\u200F\u2028\u2029]/i;function Cn(e){if(e.length===0)throw new Error("Number skeleton cannot be empty");let t=e.split(Ia).filter(i=>i.length>0),o=[];for(let i of t){let a=i.split("/");if(a.length===0)throw new Error("Invalid number skeleton");let[r,...s]=a;for(let c of s)if(c.length===0)throw new Error("Invalid number skeleton");o.push({stem:r,options:s})}return o}function Ba(e){return e.replace(/^(.*?)-/,"")}var xn=/^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g,An=/^(@+)?(\+|#+)?[rs]?$/g,Pa=/(\*)(0+)|(#+)(0+)|(0+)/g,Hn=/^(0+)$/;function Sn(e){let t={};return e[e.length-1]==="r"?t.roundingPriority="morePrecision":e[e.length-1]==="s"&&(t.roundingPriority="lessPrecision"),e.replace(An,function(o,i,a){return typeof a!="string"?(t.minimumSignificantDigits=i.length,t.maximumSignificantDigits=i.length):a==="+"?t.minimumSignificantDigits=i.length:i[0]==="#"?t.maximumSignificantDigits=i.length:(t.minimumSignificantDigits=i.length,t.maximumSignificantDigits=i.length+(typeof a=="string"?a.length:0)),""}),t}function In(e){switch(e){case"sign-auto":return{signDisplay:"auto"};case"sign-accounting":case"()":return{currencySign:"accounting"};case"sign-always":case"+!":return{signDisplay:"always"};case"sign-accounting-always":case"()!":return{signDisplay:"always",currencySign:"accounting"};case"sign-except-zero":case"+?":return{signDisplay:"exceptZero"};case"sign-accounting-except-zero":case"()?":return{signDisplay:"exceptZero",currencySign:"accounting"};case"sign-never":case"+_":return{signDisplay:"never"}}}function La(e){let t;if(e[0]==="E"&&e[1]==="E"?(t={notation:"engineering"},e=e.slice(2)):e[0]==="E"&&(t={notation:"scientific"},e=e.slice(1)),t){let o=e.slice(0,2);if(o==="+!"?(t.signDisplay="always",e=e.slice(2)):o==="+?"&&(t.signDisplay="exceptZero",e=e.slice(2)),!Hn.test(e))throw new Error("Malformed concise eng/scientific notation");t.minimumIntegerDigits=e.length}return t}function Tn(e){let t={},o=In(e);return o||t}function Bn(e){let t={};for(let o of e){switch(o.stem){case"percent":case"%":t.style="percent";continue;case"%x100":t.style="percent",t.scale=100;continue;case"currency":t.style="currency",t.currency=o.options[0];continue;case"group-off":case",_":t.useGrouping=!1;continue;case"precision-integer":case".":t.maximumFractionDigits=0;continue;case"measure-unit":t.style="unit",t.unit=Ba(o.options[0]);continue;case"unit":t.style="unit",t.unit=o.options[0];continue;case"compact-short":case"K":t.notation="compact",t.compactDisplay="short";continue;case"compact-long":case"KK":t.notation="compact",t.compactDisplay="long";continue;case"scientific":t={...t,notation:"scientific",...o.options.reduce((r,s)=>({...r,...Tn(s)}),{})};continue;case"engineering":t={...t,notation:"engineering",...o.options.reduce((r,s)=>({...r,...Tn(s)}),{})};continue;case"notation-simple":t.notation="standard";continue;case"unit-width-narrow":t.currencyDisplay="narrowSymbol",t.unitDisplay="narrow";continue;case"unit-width-short":t.currencyDisplay="code",t.unitDisplay="short";continue;case"unit-width-full-name":t.currencyDisplay="name",t.unitDisplay="long";continue;case"unit-width-iso-code":t.currencyDisplay="symbol";continue;case"scale":t.scale=parseFloat(o.options[0]);continue;case"rounding-mode-floor":t.roundingMode="floor";continue;case"rounding-mode-ceiling":t.roundingMode="ceil";continue;case"rounding-mode-down":t.roundingMode="trunc";continue;case"rounding-mode-up":t.roundingMode="expand";continue;case"rounding-mode-half-even":t.roundingMode="halfEven";continue;case"rounding-mode-half-down":t.roundingMode="halfTrunc";continue;case"rounding-mode-half-up":t.roundingMode="halfExpand";continue;case"integer-width":if(o.options.length>1)throw new RangeError("integer-width stems only accept a single optional option");o.options[0].replace(Pa,function(r,s,c,d,h,u){if(s)t.minimumIntegerDigits=c.length;else{if(d&&h)throw new Error("We currently do not support maximum integer digits");if(u)throw new Error("We currently do not support exact integer digits")}return""});continue}if(Hn.test(o.stem)){t.minimumIntegerDigits=o.stem.length;continue}if(xn.test(o.stem)){if(o.options.length>1)throw new RangeError("Fraction-precision stems only accept a single optional option");o.stem.replace(xn,function(s,c,d,h,u,m){return d==="*"?t.minimumFractionDigits=c.length:h&&h[0]==="#"?t.maximumFractionDigits=h.length:u&&m?(t.minimumFractionDigits=u.length,t.maximumFractionDigits=u.length+m.length):(t.minimumFractionDigits=c.length,t.maximumFractionDigits=c.length),""});let r=o.options[0];r==="w"?t={...t,trailingZeroDisplay:"stripIfInteger"}:r&&(t={...t,...Sn(r)});continue}if(An.test(o.stem)){t={...t,...Sn(o.stem)};continue}let i=In(o.stem);i&&(t={...t,...i});let a=La(o.stem);a&&(t={...t,...a})}return t}var Na=(function(e){return e[e.EXPECT_ARGUMENT_CLOSING_BRACE=1]="EXPECT_ARGUMENT_CLOSING_BRACE",e[e.EMPTY_ARGUMENT=2]="EMPTY_ARGUMENT",e[e.MALFORMED_ARGUMENT=3]="MALFORMED_ARGUMENT",e[e.EXPECT_ARGUMENT_TYPE=4]="EXPECT_ARGUMENT_TYPE",e[e.INVALID_ARGUMENT_TYPE=5]="INVALID_ARGUMENT_TYPE",e[e.EXPECT_ARGUMENT_STYLE=6]="EXPECT_ARGUMENT_STYLE",e[e.INVALID_NUMBER_SKELETON=7]="INVALID_NUMBER_SKELETON",e[e.INVALID_DATE_TIME_SKELETON=8]="INVALID_DATE_TIME_SKELETON",e[e.EXPECT_NUMBER_SKELETON=9]="EXPECT_NUMBER_SKELETON",e[e.EXPECT_DATE_TIME_SKELETON=10]="EXPECT_DATE_TIME_SKELETON",e[e.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE=11]="UNCLOSED_QUOTE_IN_ARGUMENT_STYLE",e[e.EXPECT_SELECT_ARGUMENT_OPTIONS=12]="EXPECT_SELECT_ARGUMENT_OPTIONS",e[e.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE=13]="EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE=14]="INVALID_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR=15]="EXPECT_SELECT_ARGUMENT_SELECTOR",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR=16]="EXPECT_PLURAL_ARGUMENT_SELECTOR",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT=17]="EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT=18]="EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT",e[e.INVALID_PLURAL_ARGUMENT_SELECTOR=19]="INVALID_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_PLURAL_ARGUMENT_SELECTOR=20]="DUPLICATE_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_SELECT_ARGUMENT_SELECTOR=21]="DUPLICATE_SELECT_ARGUMENT_SELECTOR",e[e.MISSING_OTHER_CLAUSE=22]="MISSING_OTHER_CLAUSE",e[e.INVALID_TAG=23]="INVALID_TAG",e[e.INVALID_TAG_NAME=25]="INVALID_TAG_NAME",e[e.UNMATCHED_CLOSING_TAG=26]="UNMATCHED_CLOSING_TAG",e[e.UNCLOSED_TAG=27]="UNCLOSED_TAG",e})({});function Ko(e){return e.type===0}function Nn(e){return e.type===1}function Qo(e){return e.type===2}function ei(e){return e.type===3}function ti(e){return e.type===4}function oi(e){return e.type===5}function ii(e){return e.type===6}function Rn(e){return e.type===7}function ni(e){return e.type===8}function ri(e){return!!(e&&typeof e=="object"&&e.type===0)}function Vt(e){return!!(e&&typeof e=="object"&&e.type===1)}var Mn=/[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/,Ra=/([^\t-\r -\/:-@\[-\^`\{-~\x85\xA0-\xA7\xA9\xAB\xAC\xAE\xB0\xB1\xB6\xBB\xBF\xD7\xF7\u1680\u2000-\u200A\u2010-\u2029\u202F-\u203E\u2041-\u2053\u2055-\u205F\u2190-\u245F\u2500-\u2775\u2794-\u2BFF\u2E00-\u2E7F\u3000-\u3003\u3008-\u3020\u3030\uFD3E\uFD3F\uFE45\uFE46]*)/g,mt={"001":["H","h"],419:["h","H","hB","hb"],AC:["H","h","hb","hB"],AD:["H","hB"],AE:["h","hB","hb","H"],AF:["H","hb","hB","h"],AG:["h","hb","H","hB"],AI:["H","h","hb","hB"],AL:["h","H","hB"],AM:["H","hB"],AO:["H","hB"],AR:["H","h","hB","hb"],AS:["h","H"],AT:["H","hB"],AU:["h","hb","H","hB"],AW:["H","hB"],AX:["H"],AZ:["H","hB","h"],BA:["H","hB","h"],BB:["h","hb","H","hB"],BD:["h","hB","H"],BE:["H","hB"],BF:["H","hB"],BG:["H","hB","h"],BH:["h","hB","hb","H"],BI:["H","h"],BJ:["H","hB"],BL:["H","hB"],BM:["h","hb","H","hB"],BN:["hb","hB","h","H"],BO:["h","H","hB","hb"],BQ:["H"],BR:["H","hB"],BS:["h","hb","H","hB"],BT:["h","H"],BW:["H","h","hb","hB"],BY:["H","h"],BZ:["H","h","hb","hB"],CA:["h","hb","H","hB"],CC:["H","h","hb","hB"],CD:["hB","H"],CF:["H","h","hB"],CG:["H","hB"],CH:["H","hB","h"],CI:["H","hB"],CK:["H","h","hb","hB"],CL:["H","h","hB","hb"],CM:["H","h","hB"],CN:["H","hB","hb","h"],CO:["h","H","hB","hb"],CP:["H"],CR:["h","H","hB","hb"],CU:["h","H","hB","hb"],CV:["H","hB"],CW:["H","hB"],CX:["H","h","hb","hB"],CY:["h","H","hb","hB"],CZ:["H"],DE:["H","hB"],DG:["H","h","hb","hB"],DJ:["h","H"],DK:["H"],DM:["h","hb","H","hB"],DO:["h","H","hB","hb"],DZ:["h","hB","hb","H"],EA:["H","h","hB","hb"],EC:["h","H","hB","hb"],EE:["H","hB"],EG:["h","hB","hb","H"],EH:["h","hB","hb","H"],ER:["h","H"],ES:["H","hB","h","hb"],ET:["hB","hb","h","H"],FI:["H"],FJ:["h","hb","H","hB"],FK:["H","h","hb","hB"],FM:["h","hb","H","hB"],FO:["H","h"],FR:["H","hB"],GA:["H","hB"],GB:["H","h","hb","hB"],GD:["h","hb","H","hB"],GE:["H","hB","h"],GF:["H","hB"],GG:["H","h","hb","hB"],GH:["h","H"],GI:["H","h","hb","hB"],GL:["H","h"],GM:["h","hb","H","hB"],GN:["H","hB"],GP:["H","hB"],GQ:["H","hB","h","hb"],GR:["h","H","hb","hB"],GS:["H","h","hb","hB"],GT:["h","H","hB","hb"],GU:["h","hb","H","hB"],GW:["H","hB"],GY:["h","hb","H","hB"],HK:["h","hB","hb","H"],HN:["h","H","hB","hb"],HR:["H","hB"],HT:["H","hB"],HU:["H","h"],IC:["H","h","hB","hb"],ID:["H"],IE:["H","h","hb","hB"],IL:["H","hB"],IM:["H","h","hb","hB"],IN:["h","H"],IO:["H","h","hb","hB"],IQ:["h","hB","hb","H"],IR:["hB","H"],IS:["H"],IT:["H","hB"],JE:["H","h","hb","hB"],JM:["h","hb","H","hB"],JO:["h","hB","hb","H"],JP:["H","K","h"],KE:["hB","hb","H","h"],KG:["H","h","hB","hb"],KH:["hB","h","H","hb"],KI:["h","hb","H","hB"],KM:["H","h","hB","hb"],KN:["h","hb","H","hB"],KP:["h","H","hB","hb"],KR:["h","H","hB","hb"],KW:["h","hB","hb","H"],KY:["h","hb","H","hB"],KZ:["H","hB"],LA:["H","hb","hB","h"],LB:["h","hB","hb","H"],LC:["h","hb","H","hB"],LI:["H","hB","h"],LK:["H","h","hB","hb"],LR:["h","hb","H","hB"],LS:["h","H"],LT:["H","h","hb","hB"],LU:["H","h","hB"],LV:["H","hB","hb","h"],LY:["h","hB","hb","H"],MA:["H","h","hB","hb"],MC:["H","hB"],MD:["H","hB"],ME:["H","hB","h"],MF:["H","hB"],MG:["H","h"],MH:["h","hb","H","hB"],MK:["H","h","hb","hB"],ML:["H"],MM:["hB","hb","H","h"],MN:["H","h","hb","hB"],MO:["h","hB","hb","H"],MP:["h","hb","H","hB"],MQ:["H","hB"],MR:["h","hB","hb","H"],MS:["H","h","hb","hB"],MT:["H","h"],MU:["H","h"],MV:["H","h"],MW:["h","hb","H","hB"],MX:["h","H","hB","hb"],MY:["hb","hB","h","H"],MZ:["H","hB"],NA:["h","H","hB","hb"],NC:["H","hB"],NE:["H"],NF:["H","h","hb","hB"],NG:["H","h","hb","hB"],NI:["h","H","hB","hb"],NL:["H","hB"],NO:["H","h"],NP:["H","h","hB"],NR:["H","h","hb","hB"],NU:["H","h","hb","hB"],NZ:["h","hb","H","hB"],OM:["h","hB","hb","H"],PA:["h","H","hB","hb"],PE:["h","H","hB","hb"],PF:["H","h","hB"],PG:["h","H"],PH:["h","hB","hb","H"],PK:["h","hB","H"],PL:["H","h"],PM:["H","hB"],PN:["H","h","hb","hB"],PR:["h","H","hB","hb"],PS:["h","hB","hb","H"],PT:["H","hB"],PW:["h","H"],PY:["H","h","hB","hb"],QA:["h","hB","hb","H"],RE:["H","hB"],RO:["H","hB"],RS:["H","hB","h"],RU:["H"],RW:["hB","hb","H","h"],SA:["h","hB","hb","H"],SB:["h","hb","H","hB"],SC:["H","h","hB"],SD:["h","hB","hb","H"],SE:["H"],SG:["h","hb","H","hB"],SH:["H","h","hb","hB"],SI:["H","hB"],SJ:["H"],SK:["H"],SL:["h","hb","H","hB"],SM:["H","h","hB"],SN:["H","h","hB"],SO:["h","H"],SR:["H","hB"],SS:["h","hb","H","hB"],ST:["H","hB"],SV:["h","H","hB","hb"],SX:["H","h","hb","hB"],SY:["h","hB","hb","H"],SZ:["h","hb","H","hB"],TA:["H","h","hb","hB"],TC:["h","hb","H","hB"],TD:["h","H","hB"],TF:["H","h","hB"],TG:["H","hB"],TH:["H","h"],TJ:["H","h"],TL:["H","hB","hb","h"],TM:["H","h"],TN:["h","hB","hb","H"],TO:["h","H"],TR:["H","hB"],TT:["h","hb","H","hB"],TW:["hB","hb","h","H"],TZ:["hB","hb","H","h"],UA:["H","hB","h"],UG:["hB","hb","H","h"],UM:["h","hb","H","hB"],US:["h","hb","H","hB"],UY:["H","h","hB","hb"],UZ:["H","hB","h"],VA:["H","h","hB"],VC:["h","hb","H","hB"],VE:["h","H","hB","hb"],VG:["h","hb","H","hB"],VI:["h","hb","H","hB"],VN:["H","h"],VU:["h","H"],WF:["H","hB"],WS:["h","H"],XK:["H","hB","h"],YE:["h","hB","hb","H"],YT:["H","hB"],ZA:["H","h","hb","hB"],ZM:["H","hB"],ZW:["H","h"],"af-ZA":["H","h","hB","hb"],"ar-001":["h","hB","hb","H"],"ca-ES":["H","h","hB"],"en-001":["h","hb","H","hB"],"en-HK":["h","hb","H","hB"],"en-IL":["H","h","hb","hB"],"en-MY":["h","hb","H","hB"],"es-BR":["H","h","hB","hb"],"es-ES":["H","h","hB","hb"],"es-GQ":["H","h","hB","hb"],"fr-CA":["H","h","hB"],"gl-ES":["H","h","hB"],"gu-IN":["hB","hb","h","H"],"hi-IN":["hB","h","H"],"it-CH":["H","h","hB"],"it-IT":["H","h","hB"],"kn-IN":["hB","h","H"],"ku-SY":["H","hB"],"ml-IN":["hB","h","H"],"mr-IN":["hB","hb","h","H"],"pa-IN":["hB","hb","h","H"],"ta-IN":["hB","h","hb","H"],"te-IN":["hB","h","H"],"zu-ZA":["H","hB","hb","h"]};function Ma(e,t){let o="";for(let i=0;i<e.length;i++){let a=e.charAt(i);if(a==="j"){let r=0;for(;i+1<e.length&&e.charAt(i+1)===a;)r++,i++;let s=1+(r&1),c=r<2?1:3+(r>>1),d="a",h=za(t);for((h=="H"||h=="k")&&(c=0);c-- >0;)o+=d;for(;s-- >0;)o=h+o}else a==="J"?o+="H":o+=a}return o}function za(e){let t=e.hourCycle;if(t===void 0){let a=e;t=a.getHourCycles?.()[0]??a.hourCycles?.[0]}if(t)switch(t){case"h24":return"k";case"h23":return"H";case"h12":return"h";case"h11":return"K";default:throw new Error("Invalid hourCycle")}let o=e.language,i;return o!=="root"&&(i=e.maximize().region),(mt[`${o}-${i}`]||mt[i||""]||mt[o||""]||mt[`${o}-001`]||mt["001"])[0].charAt(0)}var Oa=new RegExp(`^${Mn.source}*`),Da=new RegExp(`${Mn.source}*$`);function B(e,t){return{start:e,end:t}}var Fa=!!Object.fromEntries,Ua=!!String.prototype.trimStart,Ga=!!String.prototype.trimEnd,Pn=Fa?Object.fromEntries:function(t){let o={};for(let[i,a]of t)o[i]=a;return o},qa=Ua?function(t){return t.trimStart()}:function(t){return t.replace(Oa,"")},ja=Ga?function(t){return t.trimEnd()}:function(t){return t.replace(Da,"")},Ln=Va();function Va(){try{let e=new RegExp("([^\\p{White_Space}\\p{Pattern_Syntax}]*)","yu");if(e.exec("a ")?.[1]==="a")return e}catch{}return Ra}function Wa(e,t){return Ln.lastIndex=t,Ln.exec(e)[1]??""}function Ya(e){if(e.length===0)return null;let t=1,o=1;for(let i=0;i<e.length;){let a=e.charCodeAt(i);switch(a){case 35:case 39:case 60:case 123:case 125:return null}if(a===10)t++,o=1,i++;else if(o++,a>=55296&&a<=56319&&i+1<e.length){let r=e.charCodeAt(i+1);i+=r>=56320&&r<=57343?2:1}else i++}return{offset:e.length,line:t,column:o}}var Za=class{constructor(e,t={}){this.message=e,this.position={offset:0,line:1,column:1},this.ignoreTag=!!t.ignoreTag,this.locale=t.locale,this.requiresOtherClause=!!t.requiresOtherClause,this.shouldParseSkeletons=!!t.shouldParseSkeletons,this.captureEscapes=!!t.captureEscapes}parse(){if(this.offset()!==0)throw Error("parser can only be used once");if(this.message.length>0){let e=this.message.charCodeAt(0);if(e!==35&&e!==39&&e!==60&&e!==123&&e!==125){let t=Ya(this.message);if(t){let o=this.clonePosition();return this.position=t,{val:[{type:0,value:this.message,...this.captureEscapes&&{rawValue:this.message},location:B(o,this.clonePosition())}],err:null}}}}return this.parseMessage(0,"",!1)}parseMessage(e,t,o){let i=[];for(;!this.isEOF();){let a=this.char();if(a===123){let r=this.parseArgument(e,o);if(r.err)return r;i.push(r.val)}else{if(a===125&&e>0)break;if(a===35&&(t==="plural"||t==="selectordinal")){let r=this.clonePosition();this.bump(),i.push({type:7,location:B(r,this.clonePosition())})}else if(a===60&&!this.ignoreTag&&this.peek()===47){if(o)break;return this.error(26,B(this.clonePosition(),this.clonePosition()))}else if(a===60&&!this.ignoreTag&&Xo(this.peek()||0)){let r=this.parseTag(e,t);if(r.err)return r;i.push(r.val)}else{let r=this.parseLiteral(e,t);if(r.err)return r;i.push(r.val)}}}return{val:i,err:null}}parseTag(e,t){let o=this.clonePosition();this.bump();let i=this.parseTagName();if(this.bumpSpace(),this.bumpIf("/>"))return{val:{type:0,value:`<${i}/>`,location:B(o,this.clonePosition())},err:null};if(this.bumpIf(">")){let a=this.parseMessage(e+1,t,!0);if(a.err)return a;let r=a.val,s=this.clonePosition();if(this.bumpIf("</")){if(this.isEOF()||!Xo(this.char()))return this.error(23,B(s,this.clonePosition()));let c=this.clonePosition();return i!==this.parseTagName()?this.error(26,B(c,this.clonePosition())):(this.bumpSpace(),this.bumpIf(">")?{val:{type:8,value:i,children:r,location:B(o,this.clonePosition())},err:null}:this.error(23,B(s,this.clonePosition())))}else return this.error(27,B(o,this.clonePosition()))}else return this.error(23,B(o,this.clonePosition()))}parseTagName(){let e=this.offset();for(this.bump();!this.isEOF()&&Ja(this.char());)this.bump();return this.message.slice(e,this.offset())}parseLiteral(e,t){let o=this.clonePosition(),i="";for(;;){let r=this.tryParseQuote(t);if(r){i+=r;continue}let s=this.tryParseUnquoted(e,t);if(s){i+=s;continue}let c=this.tryParseLeftAngleBracket();if(c){i+=c;continue}break}let a=B(o,this.clonePosition());return{val:{type:0,value:i,location:a,...this.captureEscapes&&{rawValue:this.message.slice(o.offset,this.offset())}},err:null}}tryParseLeftAngleBracket(){return!this.isEOF()&&this.char()===60&&(this.ignoreTag||!Xa(this.peek()||0))?(this.bump(),"<"):null}tryParseQuote(e){if(this.isEOF()||this.char()!==39)return null;switch(this.peek()){case 39:return this.bump(),this.bump(),"'";case 123:case 60:case 62:case 125:break;case 35:if(e==="plural"||e==="selectordinal")break;return null;default:return null}this.bump();let t=[this.char()];for(this.bump();!this.isEOF();){let o=this.char();if(o===39)if(this.peek()===39)t.push(39),this.bump();else{this.bump();break}else t.push(o);this.bump()}return String.fromCodePoint(...t)}tryParseUnquoted(e,t){if(this.isEOF())return null;let o=this.char();return o===60||o===123||o===35&&(t==="plural"||t==="selectordinal")||o===125&&e>0?null:(this.bump(),String.fromCodePoint(o))}parseArgument(e,t){let o=this.clonePosition();if(this.bump(),this.bumpSpace(),this.isEOF())return this.error(1,B(o,this.clonePosition()));if(this.char()===125)return this.bump(),this.error(2,B(o,this.clonePosition()));let i=this.parseIdentifierIfPossible().value;if(!i)return this.error(3,B(o,this.clonePosition()));if(this.bumpSpace(),this.isEOF())return this.error(1,B(o,this.clonePosition()));switch(this.char()){case 125:return this.bump(),{val:{type:1,value:i,location:B(o,this.clonePosition())},err:null};case 44:return this.bump(),this.bumpSpace(),this.isEOF()?this.error(1,B(o,this.clonePosition())):this.parseArgumentOptions(e,t,i,o);default:return this.error(3,B(o,this.clonePosition()))}}parseIdentifierIfPossible(){let e=this.clonePosition(),t=this.offset(),o=Wa(this.message,t),i=t+o.length;return this.bumpTo(i),{value:o,location:B(e,this.clonePosition())}}parseArgumentOptions(e,t,o,i){let a=this.clonePosition(),r=this.parseIdentifierIfPossible().value,s=this.clonePosition();switch(r){case"":return this.error(4,B(a,s));case"number":case"date":case"time":{this.bumpSpace();let c=null;if(this.bumpIf(",")){this.bumpSpace();let u=this.clonePosition(),m=this.parseSimpleArgStyleIfPossible();if(m.err)return m;let p=ja(m.val);if(p.length===0)return this.error(6,B(this.clonePosition(),this.clonePosition()));c={style:p,styleLocation:B(u,this.clonePosition())}}let d=this.tryParseArgumentClose(i);if(d.err)return d;let h=B(i,this.clonePosition());if(c&&c.style.startsWith("::")){let u=qa(c.style.slice(2));if(r==="number"){let m=this.parseNumberSkeletonFromString(u,c.styleLocation);return m.err?m:{val:{type:2,value:o,location:h,style:m.val},err:null}}else{if(u.length===0)return this.error(10,h);let m=u;this.locale&&(m=Ma(u,this.locale));let p={type:1,pattern:m,location:c.styleLocation,parsedOptions:this.shouldParseSkeletons?En(m):{}};return{val:{type:r==="date"?3:4,value:o,location:h,style:p},err:null}}}return{val:{type:r==="number"?2:r==="date"?3:4,value:o,location:h,style:c?.style??null},err:null}}case"plural":case"selectordinal":case"select":{let c=this.clonePosition();if(this.bumpSpace(),!this.bumpIf(","))return this.error(12,B(c,{...c}));this.bumpSpace();let d=this.parseIdentifierIfPossible(),h=0;if(r!=="select"&&d.value==="offset"){if(!this.bumpIf(":"))return this.error(13,B(this.clonePosition(),this.clonePosition()));this.bumpSpace();let f=this.tryParseDecimalInteger(13,14);if(f.err)return f;this.bumpSpace(),d=this.parseIdentifierIfPossible(),h=f.val}let u=this.tryParsePluralOrSelectOptions(e,r,t,d);if(u.err)return u;let m=this.tryParseArgumentClose(i);if(m.err)return m;let p=B(i,this.clonePosition());return r==="select"?{val:{type:5,value:o,options:Pn(u.val),location:p},err:null}:{val:{type:6,value:o,options:Pn(u.val),offset:h,pluralType:r==="plural"?"cardinal":"ordinal",location:p},err:null}}default:return this.error(5,B(a,s))}}tryParseArgumentClose(e){return this.isEOF()||this.char()!==125?this.error(1,B(e,this.clonePosition())):(this.bump(),{val:!0,err:null})}parseSimpleArgStyleIfPossible(){let e=0,t=this.clonePosition();for(;!this.isEOF();)switch(this.char()){case 39:{this.bump();let o=this.clonePosition();if(!this.bumpUntil("'"))return this.error(11,B(o,this.clonePosition()));this.bump();break}case 123:e+=1,this.bump();break;case 125:if(e>0)e-=1;else return{val:this.message.slice(t.offset,this.offset()),err:null};break;default:this.bump()}return{val:this.message.slice(t.offset,this.offset()),err:null}}parseNumberSkeletonFromString(e,t){let o=[];try{o=Cn(e)}catch{return this.error(7,t)}return{val:{type:0,tokens:o,location:t,parsedOptions:this.shouldParseSkeletons?Bn(o):{}},err:null}}tryParsePluralOrSelectOptions(e,t,o,i){let a=!1,r=[],s=new Set,{value:c,location:d}=i;for(;;){if(c.length===0){let p=this.clonePosition();if(t!=="select"&&this.bumpIf("=")){let f=this.tryParseDecimalInteger(16,19);if(f.err)return f;d=B(p,this.clonePosition()),c=this.message.slice(p.offset,this.offset())}else break}if(s.has(c))return this.error(t==="select"?21:20,d);c==="other"&&(a=!0),this.bumpSpace();let h=this.clonePosition();if(!this.bumpIf("{"))return this.error(t==="select"?17:18,B(this.clonePosition(),this.clonePosition()));let u=this.parseMessage(e+1,t,o);if(u.err)return u;let m=this.tryParseArgumentClose(h);if(m.err)return m;r.push([c,{value:u.val,location:B(h,this.clonePosition())}]),s.add(c),this.bumpSpace(),{value:c,location:d}=this.parseIdentifierIfPossible()}return r.length===0?this.error(t==="select"?15:16,B(this.clonePosition(),this.clonePosition())):this.requiresOtherClause&&!a?this.error(22,B(this.clonePosition(),this.clonePosition())):{val:r,err:null}}tryParseDecimalInteger(e,t){let o=1,i=this.clonePosition();this.bumpIf("+")||this.bumpIf("-")&&(o=-1);let a=!1,r=0;for(;!this.isEOF();){let c=this.char();if(c>=48&&c<=57)a=!0,r=r*10+(c-48),this.bump();else break}let s=B(i,this.clonePosition());return a?(r*=o,Number.isSafeInteger(r)?{val:r,err:null}:this.error(t,s)):this.error(e,s)}offset(){return this.position.offset}isEOF(){return this.offset()===this.message.length}clonePosition(){return{offset:this.position.offset,line:this.position.line,column:this.position.column}}char(){let e=this.position.offset;if(e>=this.message.length)throw Error("out of bound");let t=this.message.codePointAt(e);if(t===void 0)throw Error(`Offset ${e} is at invalid UTF-16 code unit boundary`);return t}error(e,t){return{val:null,err:{kind:e,message:this.message,location:t}}}bump(){if(this.isEOF())return;let e=this.char();e===10?(this.position.line+=1,this.position.column=1,this.position.offset+=1):(this.position.column+=1,this.position.offset+=e<65536?1:2)}bumpIf(e){let t=this.offset();if(this.message.slice(t,t+e.length)===e){for(let o=0;o<e.length;o++)this.bump();return!0}return!1}bumpUntil(e){let t=this.offset(),o=this.message.indexOf(e,t);return o>=0?(this.bumpTo(o),!0):(this.bumpTo(this.message.length),!1)}bumpTo(e){if(this.offset()>e)throw Error(`targetOffset ${e} must be greater than or equal to the current offset ${this.offset()}`);for(e=Math.min(e,this.message.length);;){let t=this.offset();if(t===e)break;if(t>e)throw Error(`targetOffset ${e} is at invalid UTF-16 code unit boundary`);if(this.bump(),this.isEOF())break}}bumpSpace(){for(;!this.isEOF()&&Ka(this.char());)this.bump()}peek(){if(this.isEOF())return null;let e=this.char(),t=this.offset();return this.message.charCodeAt(t+(e>=65536?2:1))??null}};function Xo(e){return e>=97&&e<=122||e>=65&&e<=90}function Xa(e){return Xo(e)||e===47}function Ja(e){return e===45||e===46||e>=48&&e<=57||e===95||e>=97&&e<=122||e>=65&&e<=90||e==183||e>=192&&e<=214||e>=216&&e<=246||e>=248&&e<=893||e>=895&&e<=8191||e>=8204&&e<=8205||e>=8255&&e<=8256||e>=8304&&e<=8591||e>=11264&&e<=12271||e>=12289&&e<=55295||e>=63744&&e<=64975||e>=65008&&e<=65533||e>=65536&&e<=983039}function Ka(e){return e>=9&&e<=13||e===32||e===133||e>=8206&&e<=8207||e===8232||e===8233}function Jo(e){e.forEach(t=>{if(delete t.location,oi(t)||ii(t))for(let o in t.options)delete t.options[o].location,Jo(t.options[o].value);else Qo(t)&&ri(t.style)||(ei(t)||ti(t))&&Vt(t.style)?delete t.style.location:ni(t)&&Jo(t.children)})}function zn(e,t={}){t={shouldParseSkeletons:!0,requiresOtherClause:!0,...t};let o=new Za(e,t).parse();if(o.err){let i=SyntaxError(Na[o.err.kind]);throw i.location=o.err.location,i.originalMessage=o.err.message,i}return t?.captureLocation||Jo(o.val),o.val}var Yt=class extends Error{constructor(e,t,o){super(e),this.code=t,this.originalMessage=o}toString(){return`[formatjs Error: ${this.code}] ${this.message}`}},On=class extends Yt{constructor(e,t,o,i){super(`Invalid values for "${e}": "${t}". Options are "${Object.keys(o).join('", "')}"`,"INVALID_VALUE",i)}},Qa=class extends Yt{constructor(e,t,o){super(`Value for "${e}" must be of type ${t}`,"INVALID_VALUE",o)}},es=class extends Yt{constructor(e,t){super(`The intl string context variable "${e}" was not provided to the string "${t}"`,"MISSING_VALUE",t)}};function ts(e){return e.length<2?e:e.reduce((t,o)=>{let i=t[t.length-1];return!i||i.type!==0||o.type!==0?t.push(o):i.value+=o.value,t},[])}function os(e){return typeof e=="function"}function Wt(e,t,o,i,a,r,s){if(e.length===1&&Ko(e[0]))return[{type:0,value:e[0].value}];let c=[];for(let d of e){if(Ko(d)){c.push({type:0,value:d.value});continue}if(Rn(d)){typeof r=="number"&&c.push({type:0,value:o.getNumberFormat(t).format(r)});continue}let{value:h}=d;if(!(a&&h in a))throw new es(h,s);let u=a[h];if(Nn(d)){(!u||typeof u=="string"||typeof u=="number"||typeof u=="bigint")&&(u=typeof u=="string"||typeof u=="number"||typeof u=="bigint"?String(u):""),c.push({type:typeof u=="string"?0:1,value:u});continue}if(ei(d)){let m=typeof d.style=="string"?i.date[d.style]:Vt(d.style)?d.style.parsedOptions:void 0;c.push({type:0,value:o.getDateTimeFormat(t,m).format(u)});continue}if(ti(d)){let m=typeof d.style=="string"?i.time[d.style]:Vt(d.style)?d.style.parsedOptions:i.time.medium;c.push({type:0,value:o.getDateTimeFormat(t,m).format(u)});continue}if(Qo(d)){let m=typeof d.style=="string"?i.number[d.style]:ri(d.style)?d.style.parsedOptions:void 0;if(m&&m.scale){let p=m.scale||1;if(typeof u=="bigint"){if(!Number.isInteger(p))throw new TypeError(`Cannot apply fractional scale ${p} to bigint value. Scale must be an integer when formatting bigint.`);u=u*BigInt(p)}else u=u*p}c.push({type:0,value:o.getNumberFormat(t,m).format(u)});continue}if(ni(d)){let{children:m,value:p}=d,f=a[p];if(!os(f))throw new Qa(p,"function",s);let g=f(Wt(m,t,o,i,a,r).map(b=>b.value));Array.isArray(g)||(g=[g]),c.push(...g.map(b=>({type:typeof b=="string"?0:1,value:b})))}if(oi(d)){let m=u,p=(Object.prototype.hasOwnProperty.call(d.options,m)?d.options[m]:void 0)||d.options.other;if(!p)throw new On(d.value,u,Object.keys(d.options),s);c.push(...Wt(p.value,t,o,i,a));continue}if(ii(d)){let m=`=${u}`,p=Object.prototype.hasOwnProperty.call(d.options,m)?d.options[m]:void 0;if(!p){if(!Intl.PluralRules)throw new Yt(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`,"MISSING_INTL_API",s);let g=typeof u=="bigint"?Number(u):u,b=o.getPluralRules(t,{type:d.pluralType}).select(g-(d.offset||0));p=(Object.prototype.hasOwnProperty.call(d.options,b)?d.options[b]:void 0)||d.options.other}if(!p)throw new On(d.value,u,Object.keys(d.options),s);let f=typeof u=="bigint"?Number(u):u;c.push(...Wt(p.value,t,o,i,a,f-(d.offset||0)));continue}}return ts(c)}function is(e,t){return t?{...e,...t,...Object.keys(e).reduce((o,i)=>(o[i]={...e[i],...t[i]},o),{})}:e}function ns(e,t){return t?Object.keys(e).reduce((o,i)=>(o[i]=is(e[i],t[i]),o),{...e}):e}function ai(e){return{create(){return{get(t){return e[t]},set(t,o){e[t]=o}}}}}function rs(e={number:{},dateTime:{},pluralRules:{}}){return{getNumberFormat:qt((...t)=>new Intl.NumberFormat(...t),{cache:ai(e.number),strategy:jt.variadic}),getDateTimeFormat:qt((...t)=>new Intl.DateTimeFormat(...t),{cache:ai(e.dateTime),strategy:jt.variadic}),getPluralRules:qt((...t)=>new Intl.PluralRules(...t),{cache:ai(e.pluralRules),strategy:jt.variadic})}}var ee,Dn=(ee=class{constructor(t,o=ee.defaultLocale,i,a){if(this.formatterCache={number:{},dateTime:{},pluralRules:{}},this.format=(r=>{let s=this.formatToParts(r);if(s.length===1)return s[0].value;let c=s.reduce((d,h)=>(!d.length||h.type!==0||typeof d[d.length-1]!="string"?d.push(h.value):d[d.length-1]+=h.value,d),[]);return c.length<=1?c[0]||"":c}),this.formatToParts=(r=>Wt(this.ast,this.locales,this.formatters,this.formats,r,void 0,this.message)),this.resolvedOptions=()=>({locale:this.resolvedLocale?.toString()||Intl.NumberFormat.supportedLocalesOf(this.locales)[0]}),this.getAst=()=>this.ast,this.locales=o,this.resolvedLocale=ee.resolveLocale(o),typeof t=="string"){if(this.message=t,!ee.__parse)throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");let{...r}=a||{};this.ast=ee.__parse(t,{...r,locale:this.resolvedLocale})}else this.ast=t;if(!Array.isArray(this.ast))throw new TypeError("A message must be provided as a String or AST.");this.formats=ns(ee.formats,i),this.formatters=a&&a.formatters||rs(this.formatterCache)}static get defaultLocale(){return ee.memoizedDefaultLocale||(ee.memoizedDefaultLocale=new Intl.NumberFormat().resolvedOptions().locale),ee.memoizedDefaultLocale}},ee.memoizedDefaultLocale=null,ee.resolveLocale=t=>{if(typeof Intl.Locale>"u")return;let o=Intl.NumberFormat.supportedLocalesOf(t);return o.length>0?new Intl.Locale(o[0]):new Intl.Locale(typeof t=="string"?t:t[0])},ee.__parse=zn,ee.formats={number:{integer:{maximumFractionDigits:0},currency:{style:"currency"},percent:{style:"percent"}},date:{short:{month:"numeric",day:"numeric",year:"2-digit"},medium:{month:"short",day:"numeric",year:"numeric"},long:{month:"long",day:"numeric",year:"numeric"},full:{weekday:"long",month:"long",day:"numeric",year:"numeric"}},time:{short:{hour:"numeric",minute:"numeric"},medium:{hour:"numeric",minute:"numeric",second:"numeric"},long:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"},full:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"}}},ee);var gt={"app.name":"Village","footer.text":"Village is the networking space of the Internet Governance Forum.","header.skip":"Skip to the content","header.nav":"Main","header.language":"Language","header.menu":"Menu","header.sign_out":"Sign out","nav.home":"Home","nav.people":"People","nav.organisations":"Organisations","nav.invitations":"Invitations","nav.profile":"My profile","role.participant":"Participant","role.staff":"Staff","role.secretariat":"Secretariat","connection.connecting":"Connecting…","connection.connected":"Connected","connection.reconnecting":"Reconnecting…","connection.offline":"Offline","connection.problem.tabs":"Too many tabs are open: close some.","connection.problem.ended":"Your session has ended.","connection.problem.error":"Reload the page to reconnect.","toast.region":"Notifications","toast.dismiss":"Dismiss","toast.direct":"{name} sent you a message.","toast.direct.wave":"{name} waves at you 👋","common.loading":"Loading…","common.retry":"Try again","form.problem_title":"There is a problem","form.error_prefix":"Error:","form.working":"Working…","error.invalid":"This is not valid.","error.network":"Village could not be reached. Check your connection and try again: what you typed is kept.","error.internal":"Something went wrong on our side. Try again in a moment: what you typed is kept.","error.unavailable":"Village is not available right now. Try again in a moment.","error.rate_limited":"Too many attempts. Wait a minute, then try again.","error.unauthenticated":"Your session has ended. Sign in again.","error.session_unreachable":"We could not reach Village to sign you back in. Check your connection; we will keep trying, or reload the page.","error.forbidden":"Your role may not do this.","error.not_found":"This was not found. It may have been removed.","error.conflict":"This is already taken.","error.gone":"This has expired.","error.bad_request":"The request was not understood. Reload the page and try again.","error.payload_too_large":"This is too long.","error.validation_failed":"Some fields are not valid.","error.wrong_credentials":"The e-mail or the password is not right.","field.email":"Email","field.password":"Password","field.email.required":"Enter your e-mail address.","field.email.invalid":"Enter an e-mail address such as name@example.org.","field.email.taken":"An account with this e-mail address already exists. Sign in instead.","field.password.required":"Enter your password.","field.password.invalid":"Use 10 to 128 characters.","signin.title":"Sign in","signin.intro":"Meet the people of the Internet Governance Forum: booths, coffee breaks and one-to-one meetings.","signin.submit":"Sign in","signin.busy":"Signing in…","signin.no_account":"New here?","signin.register":"Create an account","signin.demo_title":"Trying the demo?","signin.demo_text":"Sign in as {email} with the password {password}.","home.title":"Welcome, {name}","home.intro":"The village is open. Say hello to the people who are here now.","home.online_title":"Online now","home.online_count":"{count, plural, =0 {Nobody is online yet.} one {# person is online.} other {# people are online.}}","home.online_waiting":"Waiting for the connection…","home.online_truncated":"Showing {shown} of {count}.","home.you":"(you)","home.wave":"Wave at {name}","home.wave_short":"Wave","home.next_photo":"Add a photo, so that people you meet recognise you","home.waved":"You waved at {name}.","home.wave_failed":"Your wave did not reach {name}. Try again.","home.next_title":"What next","home.next_people":"Find people by theme, language or region","home.next_profile":"Complete your profile so that others find you","notfound.title":"Page not found","notfound.text":"There is no page at this address. Check it, or start again from the home page.","notfound.home":"Go to the home page","common.cancel":"Cancel","form.choose":"Choose…","form.required_note":"Fields marked * are required.","stakeholder.government":"Government","stakeholder.intergovernmental":"Intergovernmental organization","stakeholder.civil_society":"Civil society","stakeholder.technical_community":"Technical community","stakeholder.private_sector":"Private sector","stakeholder.press_media":"Press and media","region.african":"African Group","region.asia_pacific":"Asia-Pacific Group","region.eastern_european":"Eastern European Group","region.grulac":"Latin American and Caribbean Group (GRULAC)","region.weog":"Western European and Others Group (WEOG)","region.igo":"Intergovernmental organizations","theme.data":"Data","theme.environment":"Environment","theme.inclusion":"Inclusion","theme.trust":"Trust","theme.digital_cooperation":"Digital cooperation","kind.best_practice_forum":"Best Practice Forum","kind.dynamic_coalition":"Dynamic Coalition","kind.nri":"National, Regional or Youth IGF initiative (NRI)","kind.mag":"Multistakeholder Advisory Group (MAG)","kind.secretariat":"Secretariat","kind.un_agency":"UN agency","kind.government":"Government","kind.intergovernmental":"Intergovernmental organization","kind.civil_society":"Civil society","kind.academia":"Academia","kind.technical_community":"Technical community","kind.private_sector":"Private sector","kind.media":"Media","field.email.hint":"We never show it to other people.","field.password.hint":"10 to 128 characters. A few words you remember make a good one.","field.display_name":"Name shown to others","field.display_name.hint":"Your name as you want other participants to see it.","field.display_name.required":"Enter the name you want others to see.","field.display_name.invalid":"Use 1 to 80 characters, without control characters.","field.stakeholder_group":"Stakeholder group","field.stakeholder_group.required":"Choose your stakeholder group.","field.stakeholder_group.invalid":"Choose one of the stakeholder groups in the list.","field.parliamentarian":"I am a member of parliament","field.parliamentarian.hint":"Members of parliament register under the Government stakeholder group.","field.parliamentarian.invalid":"Only people in the Government stakeholder group can be marked as members of parliament.","field.region":"Region","field.region.hint":"The UN regional group of your country. Staff of intergovernmental organizations choose “Intergovernmental organizations”.","field.region.required":"Choose your region.","field.region.invalid":"Choose one of the regions in the list.","field.country":"Country","field.country.required":"Choose your country.","field.country.invalid":"Choose a country from the list.","field.youth":"I am a young person (youth participant)","field.youth.hint":"Youth participants can find each other in the directory.","field.youth.invalid":"Choose yes or no.","field.languages":"Languages you speak","field.languages.hint":"Choose 1 to 10. Each language is named in itself. The first one you choose also sets the language of Village, unless you pick one at the top of the page.","multiselect.search":"Type to search, or press Down to see the list","multiselect.chosen":"{field}: {count, plural, one {# chosen} other {# chosen}}","multiselect.remove":"Remove {name}","multiselect.none":"Nothing matches","field.languages.required":"Choose at least one language you speak.","field.languages.invalid":"Choose 1 to 10 languages.","field.time_zone":"Time zone","field.time_zone.hint":"Times in Village are shown in this zone. It is {time} there now.","field.time_zone.hint_none":"Times in Village are shown in this zone.","field.time_zone.utc":"Coordinated Universal Time","field.time_zone.region.other":"UTC and others","field.time_zone.region.africa":"Africa","field.time_zone.region.america":"Americas","field.time_zone.region.antarctica":"Antarctica","field.time_zone.region.arctic":"Arctic","field.time_zone.region.asia":"Asia","field.time_zone.region.atlantic":"Atlantic Ocean","field.time_zone.region.australia":"Australia","field.time_zone.region.europe":"Europe","field.time_zone.region.indian":"Indian Ocean","field.time_zone.region.pacific":"Pacific","field.time_zone.required":"Choose your time zone.","field.time_zone.invalid":"Choose a time zone from the list.","field.themes":"Themes that interest you","field.themes.hint":"The thematic tracks of the forum. Choose any.","field.themes.invalid":"Choose themes from the list.","field.tags":"Interests","field.tags.hint":"Up to 10, separated by commas, such as: community networks, spectrum, child online safety.","field.tags.invalid":"Enter up to 10 interests of 1 to 40 characters each, separated by commas.","field.expertise":"Expertise","field.expertise.hint":"What you know about and can help others with. At most 500 characters.","field.expertise.invalid":"Use at most 500 characters.","field.directory_opt_in":"List me in the people directory","field.directory_opt_in.hint":"Other signed-in participants can then find you and see your public profile: your name, role, groups, country, languages, time zone, themes, interests and expertise. Never your e-mail address. You can change this at any time.","field.invitation.invalid":"This invitation link does not work: it does not exist, was already used, has expired, or its organisation has left the village. You can register without it.","field.current_password":"Current password","field.current_password.hint":"Needed to change your e-mail address or your password.","field.current_password.required":"Enter your current password to change your e-mail address or password.","field.current_password.invalid":"Your current password is not right.","field.confirm_delete":"I understand that my account is deleted for good and cannot be brought back","field.confirm_delete.required":"Tick the box to confirm that you want to delete your account.","field.name":"Name","field.name.required":"Enter the organisation's name.","field.name.invalid":"Use 1 to 120 characters, without control characters.","field.kind":"Kind","field.kind.required":"Choose what kind of organisation it is.","field.kind.invalid":"Choose a kind from the list.","field.website":"Website","field.website.hint":"An address starting with https://, or leave it empty.","field.website.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.logo_url":"Logo address","field.logo_url.hint":"The address of an image of the logo, starting with https://, or leave it empty.","field.logo_url.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.description":"Description","field.description.hint":"What the organisation does, for visitors of its booth. At most 2,000 characters.","field.description.invalid":"Use at most 2,000 characters.","field.role":"Role","field.role.hint":"Staff run the booth of one organisation; the Secretariat runs the village.","field.role.required":"Choose the role the invitation grants.","field.role.invalid":"Choose Staff or Secretariat.","field.organisation_id":"Organisation","field.organisation_id.required":"Choose the organisation whose staff this invitation is for.","field.organisation_id.invalid":"Choose an organisation from the list: a staff invitation needs one.","field.note":"Note","field.note.hint":"Shown on the invite page, such as who the link is for. At most 200 characters.","field.note.invalid":"Use at most 200 characters, without control characters.","field.ttl_days":"Valid for (days)","field.ttl_days.hint":"From 1 to 90 days.","field.ttl_days.required":"Enter for how many days the link works.","field.ttl_days.invalid":"Enter a whole number of days from 1 to 90.","field.q":"Name or expertise","field.q.hint":"Part of a name, or a word of someone's expertise.","field.q.invalid":"Use at most 80 characters.","field.theme":"Theme","field.theme.invalid":"Choose a theme from the list.","field.interest":"Interest","field.interest.hint":"One interest, written in full, such as: spectrum.","field.interest.invalid":"Use at most 40 characters.","field.language":"Speaks","field.language.invalid":"Choose a language from the list.","field.offset.invalid":"This page of results does not exist. Search again.","field.limit.invalid":"This page of results does not exist. Search again.","register.title":"Create your account","register.intro":"Join the village of the Internet Governance Forum: tell others who you are, which languages you speak and what interests you.","register.section.account":"Your account","register.invitation_title":"Invitation","register.invitation":"You are registering with an invitation.","register.invitation_role":"You are registering with an invitation: your account will have the {role} role.","register.without_invitation":"Register without the invitation","register.submit":"Create my account","register.busy":"Creating your account…","register.have_account":"Already registered?","register.sign_in":"Sign in","register.welcome":"Welcome to the village, {name}!","register.welcome_role":"Welcome to the village, {name}! Your role is {role}.","register.welcome_invitation_lost":"Welcome to the village, {name}! Someone else used the invitation just before you, so your account is a participant's: ask for a new link.","profile.title":"My profile","profile.intro":"What other participants see of you, and how you sign in.","profile.summary":"Your role: {role}. Registered on {created}.","profile.see_public":"See your public profile","profile.section.profile":"Profile","profile.section.about":"About you","profile.section.languages":"Languages and time","profile.section.interests":"Interests","profile.section.directory":"The directory","profile.section.photo":"Your photo","photo.hint":"A photo of your face helps the people you meet recognise you. JPEG, PNG or GIF; it is cropped to a square and made smaller, and its hidden details (such as where it was taken) are removed.","photo.choose":"Choose a photo","photo.change":"Change the photo","photo.remove":"Remove the photo","photo.uploading":"Sending the photo…","photo.saved":"Your photo is saved.","photo.removed":"Your photo is removed.","photo.too_large":"This picture is too large. Choose one under 5 MB.","photo.wrong_type":"Choose a JPEG, PNG or GIF picture.","photo.unreadable":"This file could not be read as a picture, or its picture is too large (at most 8000 pixels a side). Try another one.","profile.save":"Save my profile","profile.saving":"Saving…","profile.saved":"Profile saved.","profile.no_changes":"Nothing has changed, so there was nothing to save.","profile.section.signin":"E-mail address and password","profile.section.email":"E-mail address","profile.no_password":"You sign in through the event's registration site, so your account has no password here.","profile.new_password":"New password","profile.new_password_hint":"Leave it empty to keep your password. 10 to 128 characters.","profile.signin_save":"Save my e-mail and password","profile.email_changed":"Your e-mail address is changed.","profile.password_changed":"Your password is changed.","profile.both_changed":"Your e-mail address and password are changed.","profile.section.delete":"Delete my account","profile.delete_what":"Deleting your account removes, for good:","profile.delete_item.profile":"your profile, and your entry in the people directory;","profile.delete_item.sessions":"your sign-ins on every device;","profile.delete_item.role":"your role ({role}).","profile.delete_stays":"Invitations you accepted stay used. To take part again later, you would register anew.","profile.delete":"Delete my account","profile.deleting":"Deleting…","profile.deleted":"Your account is deleted. Thank you for visiting the village.","invite.title":"Invitation","invite.intro":"Someone from the IGF Secretariat sent you this link to give you a role in the village.","invite.role":"Role","invite.role_explained.staff":"Staff run their organisation's booth: they see who visits, talk with visitors and edit the booth.","invite.role_explained.secretariat":"The Secretariat runs the village: it adds organisations, invites their staff and hosts the tour.","invite.organisation":"Organisation","invite.organisation_signed_out":"Sign in to see it.","invite.organisation_unknown":"This organisation has left the village.","invite.note":"Note","invite.expires_at":"Works until","invite.expired_at":"Worked until","invite.state":"State","invite.state.open":"Can be accepted","invite.state.used":"Already used","invite.state.expired":"Expired","invite.not_found":"This invitation link does not exist. Check that you copied all of it, or ask the person who sent it for a new one. It may also have been withdrawn.","invite.used":"This invitation has already been used: each link works once. Ask the person who sent it for a new one.","invite.expired":"This invitation has expired. Ask the person who sent it for a new one.","invite.organisation_gone":"The organisation of this invitation has left the village, so the link no longer works.","invite.secretariat_staff":"A Secretariat account cannot take a staff invitation. Register a separate account for the booth, or ask for a Secretariat link.","invite.signed_in_as":"You are signed in as {name} ({role}).","invite.accept":"Accept: become {role}","invite.accepting":"Accepting…","invite.accepted":"Done: your role is now {role}.","invite.accepted_toast":"Invitation accepted: you are now {role}.","invite.go_home":"Go to the village","invite.signed_out":"To accept it, sign in, or create an account: the invitation is accepted as you register.","invite.sign_in":"Sign in to accept","invite.register":"Create an account with this invitation","directory.title":"People","directory.intro":"Find participants by name, expertise, theme, interest, group, region or language. Only people who chose to be listed appear here.","directory.filters":"Search","directory.filters_count":"{count, plural, =0 {Filters: none set} one {Filters: # set} other {Filters: # set}}","directory.any":"Any","directory.youth":"Youth","directory.youth_only":"Youth participants only","directory.youth_not":"Not youth participants","directory.search":"Search","directory.clear":"Clear the filters","directory.results":"Results","directory.searching":"Searching…","directory.none":"Nobody matches. Try fewer filters.","directory.count":"{count, plural, one {# person found.} other {# people found.}}","directory.showing":"Showing {from, number}–{to, number} of {total, number}.","directory.past_end":"{count, plural, one {# person matches, but not on this page.} other {# people match, but not on this page.}}","directory.first_page":"Go to the first page","directory.pages":"Pages of results","directory.page":"Page of results","directory.previous":"Previous page","directory.next":"Next page","directory.speaks":"Speaks {languages}","directory.themes":"Themes","person.title":"Profile","person.not_found":"There is no such profile, or this person chose not to be listed in the directory.","person.unlisted":"{name} is not listed in the directory, so you see only their name and role. You can still wave.","person.back":"Back to the people","person.is_you":"This is your profile as others see it.","person.edit":"Edit my profile","person.online":"Online now","person.offline":"Not in the village right now.","person.about":"About","person.role":"Role","person.organisation":"Organisation","person.organisation_unknown":"Not available","person.parliamentarian":"Member of parliament","person.youth":"Youth participant","person.yes":"Yes","person.languages":"Languages","person.time_zone":"{zone} (it is {time} there now)","person.registered":"Registered on","person.interests":"Interests and expertise","person.no_interests":"No interests given yet.","person.themes":"Themes","link.copy":"Copy link","link.copied":"Copied.","link.copy_failed":"Copying did not work: the link is selected, copy it yourself.","link.hint":"Send it only to the person it is for: it works once.","link.hint_expires":"Send it only to the person it is for: it works once, until {expires}.","organisations.title":"Organisations","organisations.intro":"The exhibitors of the village: add one, invite its staff, or remove it.","organisations.add_title":"Add an organisation","organisations.add":"Add the organisation","organisations.adding":"Adding…","organisations.added":"{name} is added.","organisations.list_title":"All organisations","organisations.list_title_count":"{count, plural, =0 {No organisations} one {# organisation} other {# organisations}}","organisations.empty":"There are no organisations yet.","organisations.actions":"Actions","organisations.no_website":"None","organisations.invite":"Invite staff","organisations.invite_named":"Invite staff to {name}","organisations.invited":"An invitation link for the staff of {name} is ready.","organisations.link_title":"Invitation link for the staff of {name}","organisations.link_label":"Link for the staff of {name}","organisations.remove":"Remove","organisations.remove_named":"Remove {name}","organisations.confirm_label":"Confirm the removal of {name}","organisations.confirm":"Remove {name}? Its booth closes and its staff become participants.","organisations.confirm_yes":"Yes, remove {name}","organisations.removing":"Removing…","organisations.removed":"{name} is removed.","invitations.title":"Invitations","invitations.intro":"Single-use links that give someone the Staff role of an organisation, or the Secretariat's.","invitations.create_title":"Create an invitation","invitations.create":"Create the link","invitations.creating":"Creating…","invitations.created":"The invitation link is ready.","invitations.link_title":"New invitation link","invitations.link_label":"Link for the {role} role","invitations.link_label_org":"Link for the {role} role at {organisation}","invitations.list_title":"All invitations","invitations.list_title_count":"{count, plural, =0 {No invitations} one {# invitation} other {# invitations}}","invitations.empty":"There are no invitations yet.","invitations.created_at":"Created","invitations.expires_at":"Expires","invitations.state":"State","invitations.state.open":"Open","invitations.state.used":"Used","invitations.state.expired":"Expired","invitations.used_by":"Used by {name} on {date}","invitations.used_on":"Used on {date}, by an account that has since been deleted","invitations.copy_named":"Copy link for {what}","invitations.copied":"Link copied: {what}.","invitations.link_named":"Link for {what}","invitations.actions":"Actions","invitations.no_organisation":"None","invitations.organisation_removed":"(removed organisation)","invitations.what":"the {role} invitation created {created}","invitations.what_org":"the {role} invitation for {organisation} created {created}","invitations.withdraw":"Withdraw","invitations.withdraw_named":"Withdraw {what}","invitations.confirm_label":"Confirm withdrawing {what}","invitations.confirm":"Withdraw this link? It stops working at once.","invitations.confirm_used":"Withdraw this link? It was used: the role it gave stays.","invitations.confirm_yes":"Yes, withdraw","invitations.withdrawing":"Withdrawing…","invitations.withdrawn":"The invitation is withdrawn.","profile.email_save":"Save my e-mail address","nav.village":"Village","home.next_village":"Visit the booths of the village","common.new_tab":"opens in a new tab","village.title":"The village","village.intro":"The booths of the organisations taking part: find who works on what, and visit them when they are open.","village.q_hint":"Words in a booth's name or description.","village.open_now":"Open now","village.open_now_only":"Open now","village.open_now_not":"Not open now","village.view":"Show the booths as","village.view.list":"List","village.view.overview":"Overview by kind","village.languages":"Languages: {languages}","village.district_count":"{count, plural, one {# booth} other {# booths}}, {open} open now","booth.title":"Booth","booth.not_found":"This booth is not in the village.","booth.back":"Back to the village","booth.about":"About","booth.no_description":"This booth has no description yet.","booth.hours":"Opening hours","booth.hours_zone":"Times in your time zone ({zone}).","booth.hours_now":"Now","booth.hours_there":"({time} at the booth)","booth.no_opening":"No opening ahead.","booth.materials":"Materials and links","booth.visit":"Visit","booth.local_time":"At the booth it is {time} ({zone}).","booth.closed_note":"Not open in the village.","booth.open_until":"Open until {time}","booth.opens_at":"Opens {when}","booth.state.open":"Open now","booth.state.between":"Closed now","booth.state.closed":"Closed","booth.visitors_now":"{count, plural, =0 {No visitors now} one {# visitor now} other {# visitors now}}","booth.staff_online":"{count, plural, =0 {No staff online} one {# staff member online} other {# staff members online}}","booth.edit":"Edit booth","booth.edit.show":"Edit","booth.edit.hide":"Hide the form","booth.edit.title_field":"Title","booth.edit.description_hint":"Markdown: **bold**, *italic*, [a link](https://example.org), lists and headings. HTML is not shown.","booth.edit.languages":"Languages spoken at the booth","booth.edit.languages_hint":"Type to search; pick as many as you need.","booth.edit.links_hint":"Up to 20, each a title and an https address.","booth.edit.link_title":"Title of link {n}","booth.edit.link_url":"Address of link {n}","booth.edit.link_add":"Add a link","booth.edit.link_remove":"Remove link {n}","booth.edit.time_zone":"The booth's time zone","booth.edit.hours_hint":"A day and local times in the booth's time zone, as HH:MM (24:00 for midnight). A night across midnight is two openings.","booth.edit.hours_date":"Day of opening {n}","booth.edit.hours_opens":"Opening {n} starts at","booth.edit.hours_closes":"Opening {n} ends at","booth.edit.hours_add":"Add an opening","booth.edit.hours_remove":"Remove opening {n}","booth.edit.save":"Save the booth","booth.edit.saved":"The booth is saved.","booth.edit.is_open":"The booth is open: visitors find it in the village during its hours.","booth.edit.is_closed":"The booth is closed: visitors see it as closed.","booth.edit.open":"Open the booth","booth.edit.close":"Close the booth","booth.edit.opened":"The booth is open.","booth.edit.closed":"The booth is closed.","field.title.invalid":"Give a title of 1 to 120 characters.","field.links.invalid":"Each link needs a title of up to 120 characters and an https address of up to 500, without a user name or password; at most 20 links.","field.hours.invalid":"Check the openings: a date (YYYY-MM-DD), times as HH:MM, each ending after it starts on the same day, none overlapping another; at most 60.","field.open_now.invalid":"Choose open now or not open now.","village.q":"Name or description","village.language":"Language","village.count":"{count, plural, one {# booth found.} other {# booths found.}}","booth.edit.description_invalid":"Use at most 5,000 characters, without control characters other than line breaks and tabs.","nav.schedule":"My schedule","boothroom.here":"Here now","boothroom.announcement":"Announcement:","boothroom.refused":"You cannot enter this booth's room now.","chat.title":"Booth chat","chat.label":"Your message","chat.send":"Send","chat.sending":"sending…","chat.none":"No messages yet. Say hello!","chat.earlier":"Load earlier messages","chat.removed":"Removed by a moderator","chat.empty":"Write a message first.","chat.too_long":"Use at most {max} characters.","chat.failed":"The message could not be sent. Try again.","knock.title":"Talk now","knock.text":"What about? (optional, one line)","knock.ask":"Ask to talk now","knock.position":"{position, selectordinal, one {You are #st in line} two {You are #nd in line} few {You are #rd in line} other {You are #th in line}}","knock.withdraw":"Give up","knock.declined":"The staff could not take your request.","knock.failed":"Your request could not be sent. Try again.","knock.see_slots":"Book a meeting slot instead.","knock.taken":"{name} is ready to talk with you.","talk.title":"Talk","talk.here":"In the room","talk.away":"Not in the room now","talk.waiting":"Waiting for the other person…","talk.refused":"This conversation is not open to you, or it has ended.","meet.title":"Meeting","slots.title":"Meeting slots","slots.intro":"Book a one-to-one meeting with the booth's staff. Times are in your time zone.","slots.none":"No open slots at the moment.","slots.minutes":"{minutes} min","slots.book":"Book","slots.book_named":"Book the slot of {when}","slots.booked":"Booked: {when}. It is on your schedule.","slots.error.taken":"Someone booked this slot just before you. Pick another.","slots.error.overlaps":"You already have a meeting at that time.","slots.error.gone":"This slot has already begun.","slots.error.not_found":"This slot was withdrawn.","slots.error.forbidden":"You cannot book this slot.","schedule.title":"My schedule","schedule.none":"No meetings booked yet. Find a booth in the village.","schedule.with":"With {name}","schedule.join":"Join the meeting","schedule.ics":"Add to calendar (.ics)","schedule.cancel":"Cancel","schedule.cancelled":"The booking is cancelled.","schedule.feed":"Calendar feed","schedule.feed_url":"Your calendar feed address","schedule.feed_hint":"Subscribe to it in your calendar program to see your meetings there. Anyone with the address can read it.","schedule.rotate":"Make a new address","schedule.rotate_confirm":"Make a new address? The old one stops working, and calendars subscribed to it stop updating.","schedule.rotated":"Your feed has a new address.","lead.title":"Leave my contact details","lead.intro":"The booth's staff can get back to you. You see exactly what is shared before anything is sent, and you can withdraw it later.","lead.preview":"See what would be shared","lead.exactly":"Exactly this goes to {booth}:","lead.name":"Name","lead.note":"A note for the booth (optional)","lead.consent":"I agree to share these details with {booth}.","lead.agree_first":"Tick the box to agree first.","lead.send":"Share my details","lead.not_now":"Not now","lead.left":"Your details were left at this booth.","lead.changed":"Your profile changed since: here is what would be shared now. Agree again to send it.","lead.already":"You have left your details at this booth already.","lead.own":"Staff of this booth do not leave their details here.","lead.you_left":"You left your details here ({when}):","lead.withdraw":"Withdraw","lead.withdraw_named":"Withdraw my details from {booth}","lead.withdrawn":"Your details were withdrawn.","lead.mine":"Contact details I left","lead.none":"You have not left your details at any booth."};var Zt=["ar","zh","en","fr","ru","es","pt","de","hi","bn","sw","ja","ko","id","tr","fa","ur","it","nl","pl","uk","vi","th","am","ha","yo","ig","zu","so","ms","fil","ta","te","mr","pa","my","ne","si","ro","el","cs","hu","sv","he","kk","uz"],si={ar:"العربية",zh:"中文",en:"English",fr:"Français",ru:"Русский",es:"Español",pt:"Português",de:"Deutsch",hi:"हिन्दी",bn:"বাংলা",sw:"Kiswahili",ja:"日本語",ko:"한국어",id:"Bahasa Indonesia",tr:"Türkçe",fa:"فارسی",ur:"اردو",it:"Italiano",nl:"Nederlands",pl:"Polski",uk:"Українська",vi:"Tiếng Việt",th:"ไทย",am:"አማርኛ",ha:"Hausa",yo:"Èdè Yorùbá",ig:"Asụsụ Igbo",zu:"isiZulu",so:"Soomaali",ms:"Bahasa Melayu",fil:"Filipino",ta:"தமிழ்",te:"తెలుగు",mr:"मराठी",pa:"ਪੰਜਾਬੀ",my:"မြန်မာ",ne:"नेपाली",si:"සිංහල",ro:"Română",el:"Ελληνικά",cs:"Čeština",hu:"Magyar",sv:"Svenska",he:"עברית",kk:"Қазақ тілі",uz:"Oʻzbekcha"};var ci=["ar","zh","en","fr","ru","es"],Un=new Set(["ar"]),Gn="village.language",ss={ar:()=>import("/assets/ar-Q23ES4ND.js"),zh:()=>import("/assets/zh-A5YJBRAN.js"),fr:()=>import("/assets/fr-IE6JEZVQ.js"),ru:()=>import("/assets/ru-E5QZH3UE.js"),es:()=>import("/assets/es-SR7NPJPU.js")},q=N("en"),di=N(gt),Tc=je(()=>Un.has(q.value)?"rtl":"ltr"),Fn=new Map;function n(e,t){let o=di.value,i=q.value,a=o[e]??gt[e];if(a===void 0)return e;let r=i+"\0"+e,s=Fn.get(r);if(!s){try{s=new Dn(a,i)}catch{s={format:()=>a}}Fn.set(r,s)}return s.format(t)}function Xt(e){return e in di.value||e in gt}function Ye(e){if(!e)return null;let t=String(e).toLowerCase().split(/[-_]/)[0];return ci.includes(t)?t:null}function Jt(){try{return Ye(localStorage.getItem(Gn))}catch{return null}}var li="village.language.profile";function Kt(e){let t=e.map(Ye).find(Boolean);try{t?localStorage.setItem(li,t):localStorage.removeItem(li)}catch{}}function ls(){try{return Ye(localStorage.getItem(li))}catch{return null}}function Qt(e){let t=e?e.map(Ye).find(Boolean):ls(),o=(navigator.languages||[navigator.language]).map(Ye).find(Boolean);return Jt()||t||o||"en"}async function Ze(e,{remember:t=!1}={}){if(e=Ye(e)||"en",t)try{localStorage.setItem(Gn,e)}catch{}let o=gt;if(e!=="en")try{o=(await ss[e]()).default}catch{e="en"}di.value=o,q.value=e,document.documentElement.lang=e,document.documentElement.dir=Un.has(e)?"rtl":"ltr"}function Xe(){try{return Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}catch{return"UTC"}}function I(e,t,o={dateStyle:"medium",timeStyle:"short"}){let i=new Date(e);if(Number.isNaN(i.getTime()))return"";try{return new Intl.DateTimeFormat(q.value,{...o,timeZone:t||Xe()}).format(i)}catch{return new Intl.DateTimeFormat(q.value,o).format(i)}}function eo(e){if(si[e])return si[e];try{let t=new Intl.DisplayNames([e],{type:"language"}).of(e);return t?t.charAt(0).toLocaleUpperCase(e)+t.slice(1):e}catch{return e}}function te(e){try{return new Intl.DisplayNames([q.value],{type:"language"}).of(e)||e}catch{return e}}function Ae(e){try{return new Intl.DisplayNames([q.value],{type:"region"}).of(e)||e}catch{return e}}function ke(e,t){return e.localeCompare(t,q.value)}var U=class extends Error{constructor(t,o,i,a={}){super(i),this.status=t,this.code=o,this.fields=a}},ui={token:()=>null,refresh:async()=>!1};function qn(e){ui=e}async function be(e,t,{body:o,raw:i,headers:a={},retry:r=!0}={}){let s={Accept:"application/json",...a};o!==void 0?s["Content-Type"]="application/json":i!==void 0&&(s["Content-Type"]=i.type||"application/octet-stream");let c=ui.token();c&&(s.Authorization="Bearer "+c);let d;try{d=await fetch(t,{method:e,headers:s,body:o===void 0?i:JSON.stringify(o),credentials:"same-origin"})}catch{throw new U(0,"network","the server could not be reached")}if(d.status===401&&c&&r&&await ui.refresh())return be(e,t,{body:o,raw:i,headers:a,retry:!1});if(d.status===204)return null;let h=null;try{h=await d.json()}catch{}if(!d.ok){let u=h&&h.error||{};throw new U(d.status,u.code||(d.status>=500?"internal":"bad_request"),u.message||d.statusText,u.fields||{})}return h}var P=e=>be("GET",e),se=(e,t)=>be("POST",e,{body:t}),bt=(e,t)=>be("PATCH",e,{body:t}),_e=e=>be("DELETE",e);function to(e){let t=new URLSearchParams;for(let[i,a]of Object.entries(e))a!=null&&a!==""&&t.set(i,String(a));let o=t.toString();return o?"?"+o:""}var R=N(null),J=N("loading"),io=N(0),Je=N(null),cs=15e3,ds=[500,1500,3e3,6e3],fi={"Village-Session":"cookie"},hi="village.session";function Vn(e){try{e?localStorage.setItem(hi,"1"):localStorage.removeItem(hi)}catch{}}function us(){try{return localStorage.getItem(hi)!==null}catch{return!0}}var pi=null,yt=0,xe=null,no=typeof BroadcastChannel=="function"?new BroadcastChannel("village-session"):null;function He(){return pi}function Wn(){return yt}function hs(e){try{let t=e.access_token.split(".")[1].replace(/-/g,"+").replace(/_/g,"/"),o=JSON.parse(atob(t));if(o.exp>o.iat)return(o.exp-o.iat)*1e3}catch{}return Math.max(6e4,Date.parse(e.expires_at)-Date.now())||6e4}function Yn(e){pi=e.access_token,yt=Date.now()+hs(e)-5e3,Je.value=null,R.value=e.account,J.value="in",io.value++,Vn(!0),fs()}function ro(e){(J.value==="in"||J.value==="loading"&&e==="expired")&&(Je.value=e),pi=null,yt=0,clearTimeout(xe),R.value=null,J.value="out",Vn(!1),io.value++}function fs(){clearTimeout(xe);let e=Math.min(6e4,(yt-Date.now())/4),t=Math.max(5e3,yt-Date.now()-e);xe=setTimeout(()=>ye(),t)}var _t=!1;async function jn(){_t=!1;let e;try{e=await fetch("/api/auth/refresh",{method:"POST",headers:fi,credentials:"same-origin",signal:typeof AbortSignal.timeout=="function"?AbortSignal.timeout(cs):void 0})}catch{return J.value==="in"&&(clearTimeout(xe),xe=setTimeout(()=>ye(),1e4)),_t=!0,!1}return e.ok?(Yn(await e.json()),!0):(await e.text().catch(()=>""),e.status===401?(ro("expired"),!1):(J.value==="in"&&(clearTimeout(xe),xe=setTimeout(()=>ye(),15e3)),_t=!0,!1))}var oo=null;function ye(){return oo||(oo=(navigator.locks?navigator.locks.request("village-refresh",jn):jn()).finally(()=>{oo=null})),oo}qn({token:He,refresh:ye});async function Zn({pauses:e=ds}={}){if(us()){await ye();for(let t of e){if(!_t||J.value!=="loading")break;await new Promise(o=>setTimeout(o,t)),await ye()}_t&&J.value==="loading"&&(Je.value="unreachable",clearTimeout(xe),xe=setTimeout(()=>ye(),3e4))}J.value==="loading"&&(J.value="out")}async function Xn(e,t){let o=await be("POST",e,{body:t,headers:fi,retry:!1});return Yn(o),no?.postMessage("in"),o.account}var Jn=(e,t)=>Xn("/api/auth/login",{email:e,password:t}),Kn=e=>Xn("/api/auth/register",e);async function Qn(){try{await be("POST","/api/auth/logout",{headers:fi,retry:!1})}catch(e){if(!(e instanceof U)||e.status!==401)throw e}ro("user"),no?.postMessage("out")}function ao(e="gone"){ro(e),no?.postMessage("out")}function Ie(e){R.value=e}no?.addEventListener("message",e=>{e.data==="out"&&J.value==="in"?ro("user"):e.data==="in"&&J.value!=="in"&&ye()});function so(){let e=new Uint8Array(12);return crypto.getRandomValues(e),"c-"+[...e].map(t=>t.toString(16).padStart(2,"0")).join("")}var ps=e=>new Promise(t=>setTimeout(t,e));async function er(e,{tries:t=8,ready:o=async()=>{},sleep:i=ps,random:a=Math.random}={}){for(let r=1;;r++)try{return await e()}catch(s){if(r>=t)throw s;if(s?.code==="rate_limited")await i(Math.max(s.retry_after_ms||100,1)*(1+a()/2));else if(s?.code==="unavailable"||s?.code==="internal")await i(250*(1+a())),await o();else throw s}}var fe=N("offline"),Fe=N(null),ms=25e3,gs=1e4,bs=3e4,_s=3e4,ys=1,X=null,ve=!1,vs=1,Qe=new Map,et=100,co=null,lo=null,gi=null,bi=!1,uo=!1,ho=null,_i=!1,tt=new Map,yi=new Set,vt=new Map,$s=200;function ws(e){return e*(.8+Math.random()*.4)}function me(e,t,o){if(!X||X.readyState!==WebSocket.OPEN)return Promise.reject({code:"unavailable",message:"not connected"});let i="r"+vs++,a={type:e,id:i};return o&&(a.room=o),t!==void 0&&(a.payload=t),new Promise((r,s)=>{Qe.set(i,{resolve:r,reject:s}),X.send(JSON.stringify(a))})}function ks(){for(let e of Qe.values())e.reject({code:"unavailable",message:"the connection closed"});Qe.clear()}function xs(){ve||(ve=!0,Fe.value=null,et=100,wi())}function vi(){ve=!1,clearTimeout(co);let e=X;e&&(tr(e),$i(e),e.close(1e3)),fe.value="offline",bi=!1;for(let t of tt.values())t.members.value=[],t.count.value=0}function Ke(e=0){if(!ve)return;clearTimeout(co);let t=ws(Math.max(et,e));et=Math.min(Math.max(et,e)*2,1e4),fe.value=navigator.onLine===!1?"offline":"reconnecting",co=setTimeout(wi,t)}function mi(e){_i=!0,vi(),Fe.value=e}function tr(e){e.onopen=e.onmessage=e.onclose=e.onerror=null}function $i(e){X===e&&(X=null,uo=!1,ho=null,clearInterval(lo),clearTimeout(gi),ks())}function fo(e){if(X===e){tr(e),$i(e);try{e.close()}catch{}Ke()}}async function wi(){if(!ve||X)return;if(navigator.onLine===!1){fe.value="offline";return}if(fe.value=bi?"reconnecting":"connecting",!He()||Wn()-Date.now()<3e4){if(await ye(),!ve||X)return;if(!He()){J.value==="out"?vi():Ke();return}}let e=location.protocol==="https:"?"wss://":"ws://",t=new WebSocket(e+location.host+"/ws");X=t,uo=!1;let o=null,i=setTimeout(()=>fo(t),bs);t.onopen=async()=>{let a=He(),r;try{r=await me("auth",{token:a})}catch{return}if(X===t){if(r.protocol!==ys){mi("error");return}uo=!0,ho=a;for(let s of[...tt.values()])try{await ar(s)}catch(c){if(X!==t)return;if(c.code==="forbidden"||c.code==="not_found"){s.refused.value=c.code;continue}fo(t);return}X===t&&(clearTimeout(i),bi=!0,fe.value="connected",Fe.value=null,clearTimeout(gi),gi=setTimeout(()=>et=100,_s),Ss(t),or())}},t.onmessage=a=>{for(let r of String(a.data).split(`
`))if(r){let s;try{s=JSON.parse(r)}catch{continue}s.type==="error"&&s.error&&(o=s.error.code),Ts(s)}},t.onclose=async a=>{if(clearTimeout(i),X===t&&($i(t),!!ve))switch(a.code){case 4403:mi("ended"),ao("gone");return;case 4400:mi("error");return;case 4001:case 4002:if((a.code===4002||o==="unauthenticated")&&(await ye(),J.value==="out"))return;Ke();return;case 4009:Fe.value="tabs",Ke(5e3);return;case 4029:Ke(5e3);return;default:Ke()}}}function or(){let e=He();X&&uo&&e&&e!==ho&&(ho=e,me("auth",{token:e}).catch(()=>{}))}function Ss(e){clearInterval(lo),lo=setInterval(()=>{if(X!==e){clearInterval(lo);return}let t=setTimeout(()=>fo(e),gs);me("ping").then(()=>clearTimeout(t),()=>clearTimeout(t))},ms)}function Ts(e){if((e.type==="reply"||e.type==="error")&&e.id&&Qe.has(e.id)){let o=Qe.get(e.id);Qe.delete(e.id),e.type==="reply"?o.resolve(e.payload):o.reject(e.error||{code:"internal"});return}let t=e.room&&tt.get(e.room);switch(e.type){case"presence.delta":case"presence":case"message":t&&(t.joining?t.early.push(e):$t(t,e));return;case"direct":for(let o of yi)o(e.payload);return}if(t){t.joining?t.early.push(e):$t(t,e);return}for(let o of vt.get(e.type)||[])o(e.payload)}function ir(e,t){return e.name<t.name?-1:e.name>t.name?1:e.id<t.id?-1:1}function $t(e,t){if(t.type==="presence")rr(e,t.payload);else if(t.type==="presence.delta"){let o=t.payload||{};for(let i of o.joined||[])e.map.set(i.id,i);for(let i of o.left||[])e.map.delete(i);e.members.value=[...e.map.values()].sort(ir),e.count.value=o.count??e.map.size}else if(t.type==="message"){let o=t.payload;if(o&&o.seq>e.seq){e.seq=o.seq,nr(e,[o]);for(let i of e.messageHandlers)i(o)}}else if(t.type==="message.deleted"){let o=t.payload?.seq;e.log.peek().some(i=>i.seq===o)&&(e.log.value=e.log.peek().map(i=>i.seq===o?{...i,text:"",deleted:!0}:i))}else t.payload&&typeof t.payload=="object"&&(e.state.value={...e.state.peek()||{},...t.payload})}function nr(e,t){let o=new Map(e.log.peek().map(a=>[a.seq,a]));for(let a of t)o.set(a.seq,a);let i=[...o.values()].sort((a,r)=>a.seq-r.seq);e.log.value=i.length>e.keep?i.slice(i.length-e.keep):i}function rr(e,t){e.map=new Map((t.members||[]).map(o=>[o.id,o])),e.members.value=[...e.map.values()].sort(ir),e.count.value=t.count??e.map.size,e.truncated.value=!!t.truncated}async function ar(e){e.joining=!0,e.early=[];try{let t=await me("join",e.seq?{since:e.seq}:void 0,e.name);e.refused.value=null,e.state.value=t.state||null,rr(e,t.presence||{});for(let o of t.messages||[])$t(e,{type:"message",payload:o});for(let o=0,i=!!t.reload;i&&o<50;o++){let a=await me("history",{after:e.seq,limit:200},e.name);for(let r of a.messages||[])$t(e,{type:"message",payload:r});i=a.more&&(a.messages||[]).length>0}for(let o of e.early)$t(e,o)}finally{e.joining=!1,e.early=[]}}function sr(e){let t=tt.get(e);return t||(t={name:e,users:0,seq:0,map:new Map,members:N([]),count:N(0),truncated:N(!1),refused:N(null),log:N([]),state:N(null),keep:$s,joining:!1,early:[],messageHandlers:new Set},tt.set(e,t),fe.peek()==="connected"&&ar(t).catch(i=>{(i.code==="forbidden"||i.code==="not_found")&&(t.refused.value=i.code)})),t.users++,{members:t.members,count:t.count,truncated:t.truncated,refused:t.refused,log:t.log,state:t.state,async earlier(i=50){let a=t.log.peek()[0]?.seq;if(!a||a<=1)return 0;let r=Math.max(0,a-1-i),c=((await me("history",{after:r,limit:a-1-r},e)).messages||[]).filter(d=>d.seq<a);return t.keep=Math.max(t.keep,t.log.peek().length+c.length),nr(t,c),c.length},send(i,a=so()){return er(()=>me("send",{text:i,client_id:a},e),{ready:Es})},onMessage(i){return t.messageHandlers.add(i),()=>t.messageHandlers.delete(i)},release(){t.users--,t.users===0&&(tt.delete(e),me("leave",void 0,e).catch(()=>{}))}}}function po(e,t){return vt.has(e)||vt.set(e,new Set),vt.get(e).add(t),()=>vt.get(e).delete(t)}function Es(e=3e4){return new Promise((t,o)=>{let i=!1,a=null,r=setTimeout(()=>{i=!0,a?.(),o({code:"unavailable",message:"not connected"})},e);a=he(()=>{fe.value==="connected"&&!i&&(i=!0,clearTimeout(r),queueMicrotask(()=>a?.()),t())})})}function lr(e){return yi.add(e),()=>yi.delete(e)}function mo(e,t,o){return me("direct",{to:e,kind:t,body:o})}window.addEventListener("online",()=>{ve&&!X&&(et=100,clearTimeout(co),wi())});window.addEventListener("offline",()=>{ve&&X&&fo(X)});he(()=>{io.value;let e=J.value;e==="in"?!ve&&!_i?xs():or():e==="out"&&(_i=!1,ve&&vi(),Fe.value=null)});var ot=N([]),Cs=1;function T(e,{kind:t="info",timeout:o=8e3}={}){let i=Cs++;return ot.value=[...ot.peek(),{id:i,text:e,kind:t,timeout:o}],i}function ki(e){ot.value=ot.peek().filter(t=>t.id!==e)}var Se=N(location.pathname),le=N(location.search);function $e(e,{replace:t=!1}={}){let o=new URL(e,location.origin);o.pathname+o.search!==location.pathname+location.search&&(history[t?"replaceState":"pushState"](null,"",o.pathname+o.search+o.hash),Se.value=o.pathname,le.value=o.search)}function it(e){let t=new URLSearchParams;for(let[i,a]of Object.entries(e))a!=null&&a!==""&&a!==!1&&t.set(i,String(a));let o=t.toString()?"?"+t.toString():"";history.replaceState(null,"",location.pathname+o),le.value=o}function cr(e,t){let o=e.split("/"),i=t.split("/");if(o.length!==i.length)return null;let a={};for(let r=0;r<o.length;r++)if(o[r].startsWith(":")){if(!i[r])return null;a[o[r].slice(1)]=decodeURIComponent(i[r])}else if(o[r]!==i[r])return null;return a}addEventListener("popstate",()=>{Se.value=location.pathname,le.value=location.search});document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");!t||t.target||t.hasAttribute("download")||t.origin!==location.origin||t.pathname.startsWith("/api/")||t.pathname.startsWith("/assets/")||(e.preventDefault(),$e(t.pathname+t.search+t.hash))});var As=12;function Hs(e){let t=2166136261;for(let o of String(e))t^=o.codePointAt(0),t=Math.imul(t,16777619)>>>0;return t%As}var dr=typeof Intl.Segmenter=="function"?new Intl.Segmenter(void 0,{granularity:"grapheme"}):null,ur=e=>(dr?dr.segment(e)[Symbol.iterator]().next().value?.segment:[...e][0])||"";function Is(e){let t=String(e||"").trim().split(/\s+/).filter(i=>new RegExp("\\p{L}","u").test(i));if(t.length===0)return"?";let o=ur(t[0]);return t.length===1||new RegExp("\\p{Script=Han}|\\p{Script=Hiragana}|\\p{Script=Katakana}|\\p{Script=Hangul}","u").test(o)?o.toLocaleUpperCase():(o+ur(t[t.length-1])).toLocaleUpperCase()}function j({id:e,name:t,photo:o,size:i="s",square:a=!1}){let[r,s]=_(null),c=`avatar avatar-${i}${a?" avatar-square":""}`;return o&&r!==o?l`<img class=${c} src=${o} alt="" aria-hidden="true" loading="lazy" decoding="async" onError=${()=>s(o)} />`:l`<span class=${`${c} tone-${Hs(e||t)}`} aria-hidden="true">${Is(t)}</span>`}function Ue({href:e,also:t,children:o}){let i=r=>Se.value===r||Se.value.startsWith(r+"/"),a=e==="/"?Se.value==="/":i(e)||t&&i(t);return l`<li><a href=${e} aria-current=${a?"page":void 0}>${o}</a></li>`}function Bs(){let e=fe.value,t=Fe.value;return l`<p class="connection" id="connection" data-state=${e} role="status">
    <span class="dot" aria-hidden="true"></span>
    <span class="label">${n("connection."+e)}${t&&e!=="connected"?l` <span class="why">${n("connection.problem."+t)}</span>`:""}</span>
  </p>`}function Ps(){return l`<div class="language-switch">
    <label for="language-switch" class="visually-hidden">${n("header.language")}</label>
    <select id="language-switch" value=${q.value} onChange=${e=>Ze(e.currentTarget.value,{remember:!0})}>
      ${ci.map(e=>l`<option value=${e} lang=${e} key=${e}>${eo(e)}</option>`)}
    </select>
  </div>`}function Ls(){return l`<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="8" fill="#fff" />
    <circle cx="16" cy="16" r="5" fill="#0b5c8e" />
    <circle cx="16" cy="6.5" r="3" fill="#f0a030" />
    <circle cx="25.5" cy="16" r="3" fill="#1b6e3a" />
    <circle cx="16" cy="25.5" r="3" fill="#b03a2e" />
    <circle cx="6.5" cy="16" r="3" fill="#7a3e9d" />
  </svg>`}function hr(){let e=R.value,[t,o]=_(!1),i=E(null);C(()=>o(!1),[Se.value,!!e]);let a=s=>{s.key==="Escape"&&t&&!s.defaultPrevented&&(o(!1),i.current?.focus())},r=async()=>{try{await Qn(),$e("/signin")}catch{T(n("error.network"),{kind:"error"})}};return l`<header class=${"site-header"+(e?" signed-in":"")} onKeyDown=${a}>
    <a class="skip-link" href="#main" onClick=${s=>{s.preventDefault(),document.getElementById("main")?.focus()}}>${n("header.skip")}</a>
    <div class="bar frame">
      <a class="brand" href="/"><${Ls} />${n("app.name")}</a>
      ${e&&l`<${Bs} />`}
      ${e&&l`<button type="button" class="menu-toggle" ref=${i} aria-expanded=${t?"true":"false"} aria-controls="header-panel" onClick=${()=>o(!t)}>
        <span class="menu-icon" aria-hidden="true"></span>${n("header.menu")}
      </button>`}
      <div id="header-panel" class=${"panel"+(t?" open":"")}>
        ${e&&l`<nav aria-label=${n("header.nav")}>
          <ul>
            <${Ue} href="/">${n("nav.home")}<//>
            <${Ue} href="/village" also="/booths">${n("nav.village")}<//>
            <${Ue} href="/people">${n("nav.people")}<//>
            <${Ue} href="/schedule">${n("nav.schedule")}<//>
            ${e.role==="secretariat"&&l`<${Ue} href="/organisations">${n("nav.organisations")}<//>`}
            ${e.role==="secretariat"&&l`<${Ue} href="/invitations">${n("nav.invitations")}<//>`}
            <${Ue} href="/me">${n("nav.profile")}<//>
          </ul>
        </nav>`}
        <div class="tools">
          ${e&&l`<p class="who">
            <${j} id=${e.id} name=${e.display_name} photo=${e.photo_url} />
            <span class="name">${e.display_name}</span>
            <span class=${"role role-"+e.role}>${n("role."+e.role)}</span>
          </p>`}
          <${Ps} />
          ${e&&l`<button type="button" class="link-button" onClick=${r}>${n("header.sign_out")}</button>`}
        </div>
      </div>
    </div>
  </header>`}function Ns({item:e}){let t=E(!1);C(()=>{if(!e.timeout)return;let i=e.timeout,a=setInterval(()=>{t.current||(i-=500,i<=0&&ki(e.id))},500);return()=>clearInterval(a)},[e.id]);let o=i=>()=>t.current=i;return l`<li
    class=${"toast toast-"+e.kind}
    onMouseEnter=${o(!0)}
    onMouseLeave=${o(!1)}
    onFocusIn=${o(!0)}
    onFocusOut=${o(!1)}
  >
    <p>${e.text}</p>
    <button type="button" class="icon-button" onClick=${()=>ki(e.id)} aria-label=${n("toast.dismiss")}>×</button>
  </li>`}function Rs(e){C(()=>{let t=e.current;if(!t||typeof ResizeObserver!="function")return;let o=document.documentElement,i=new ResizeObserver(()=>{let a=t.getBoundingClientRect().height;o.style.setProperty("--toasts-h",a>0?`${Math.ceil(a)+16}px`:"0px");let r=document.activeElement;a>0&&r&&r!==document.body&&t.getBoundingClientRect().top<r.getBoundingClientRect().bottom&&!t.contains(r)&&r.scrollIntoView({block:"nearest"})});return i.observe(t),()=>i.disconnect()},[])}function fr(){let e=E(null);return Rs(e),l`<section class="toasts" aria-label=${n("toast.region")}>
    <div role="status" aria-live="polite">
      <ul ref=${e}>
        ${ot.value.map(t=>l`<${Ns} key=${t.id} item=${t} />`)}
      </ul>
    </div>
  </section>`}function z({title:e,intro:t,wide:o,figure:i,children:a}){return C(()=>{document.title=e?`${e} · ${n("app.name")}`:n("app.name")},[e]),l`<div class=${"page frame"+(o?" page-wide":"")}>
    ${i?l`<div class="page-head">${i}<h1 tabindex="-1">${e}</h1></div>`:l`<h1 tabindex="-1">${e}</h1>`}
    ${t&&l`<p class="intro">${t}</p>`}
    ${a}
  </div>`}function D({label:e}){return l`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${e||n("common.loading")}</p>`}function G({error:e,retry:t}){let o=e&&e.code?"error."+e.code:"error.internal";return l`<div class="notice notice-error" role="alert">
    <p>${n(o)}</p>
    ${t&&l`<button type="button" onClick=${t}>${n("common.retry")}</button>`}
  </div>`}function xi(e,t){return{key:e,fallback:t}}function wt(e){return e?Xt(e.key)?n(e.key,e.values):e.fallback||n("error.invalid"):""}function kt(e,t={}){if(!(e instanceof U))return{fields:{},general:xi("error.internal")};let o={};for(let[a,r]of Object.entries(e.fields||{})){let s=e.code==="validation_failed"&&t[a]||`field.${a}.${e.code==="conflict"?"taken":e.code==="gone"?"gone":"invalid"}`;o[a]=xi(s,r)}let i=null;return Object.keys(o).length===0&&(i=xi(`error.${e.code}`,e.message)),{fields:o,general:i}}function K(e,{draft:t,secret:o=["password","current_password","new_password"]}={}){let i=t&&"village.draft."+t,a=E(JSON.stringify(e)),r=E(!1),[s,c]=_(()=>{if(i)try{let v=JSON.parse(sessionStorage.getItem(i)||"null");if(v&&v.base===a.current&&v.values)return r.current=!0,{...e,...v.values};sessionStorage.removeItem(i)}catch{}return e}),[d,h]=_({}),[u,m]=_(null),[p,f]=_(!1),[g,b]=_(0);C(()=>{if(!i||!r.current)return;let v={...s};for(let y of o)delete v[y];try{sessionStorage.setItem(i,JSON.stringify({base:a.current,values:v}))}catch{}},[s]);let $={values:s,errors:d,general:u,busy:p,attempt:g,set(v,y){r.current=!0,c(x=>({...x,[v]:y})),d[v]&&h(x=>{let{[v]:A,...k}=x;return k})},setAll(v){r.current=!1,a.current=JSON.stringify(v),c(v)},fail(v,y=null){h(v),m(y),b(x=>x+1)},clearDraft(){if(r.current=!1,i)try{sessionStorage.removeItem(i)}catch{}},submit(v,y,{keys:x}={}){return async A=>{if(A.preventDefault(),p)return;let k=y?y(s):{};if(Object.keys(k).length){$.fail(k);return}f(!0),m(null);try{await v(s),h({})}catch(oe){let{fields:ue,general:Q}=kt(oe,x);$.fail(ue,Q)}finally{f(!1)}}}};return $}function ge(e,t){let o={};for(let i of t){let a=e[i];(a==null||typeof a=="string"&&a.trim()===""||Array.isArray(a)&&a.length===0)&&(o[i]={key:`field.${i}.required`})}return o}function Be(e,t,o){return[t&&e+"-hint",o&&e+"-error"].filter(Boolean).join(" ")||void 0}function nt({id:e,text:t}){return t?l`<p class="hint" id=${e+"-hint"}>${t}</p>`:null}function Pe({id:e,error:t}){return t?l`<p class="field-error" id=${e+"-error"}><span class="visually-hidden">${n("form.error_prefix")} </span>${wt(t)}</p>`:null}function M({form:e,name:t,label:o,hint:i,type:a="text",autocomplete:r,required:s,maxLength:c,inputMode:d,spellcheck:h,dir:u,multiline:m,rows:p=4}){let f="f-"+t,g=e.errors[t],b={id:f,name:t,value:e.values[t]??"",onInput:$=>e.set(t,$.currentTarget.value),"aria-invalid":g?"true":void 0,"aria-describedby":Be(f,i,g),"aria-required":s?"true":void 0,autocomplete:r,maxLength:c,inputMode:d,spellcheck:h,dir:u};return l`<div class=${"field"+(g?" has-error":"")}>
    <label for=${f}>${o}${s?l` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${nt} id=${f} text=${i} />
    <${Pe} id=${f} error=${g} />
    ${m?l`<textarea ...${b} rows=${p}></textarea>`:l`<input type=${a} ...${b} />`}
  </div>`}function O({form:e,name:t,label:o,hint:i,options:a,required:r,placeholder:s,onChange:c}){let d="f-"+t,h=e.errors[t];return l`<div class=${"field"+(h?" has-error":"")}>
    <label for=${d}>${o}${r?l` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${nt} id=${d} text=${i} />
    <${Pe} id=${d} error=${h} />
    <select
      id=${d}
      name=${t}
      value=${e.values[t]??""}
      onChange=${u=>{e.set(t,u.currentTarget.value),c?.(u.currentTarget.value)}}
      aria-invalid=${h?"true":void 0}
      aria-describedby=${Be(d,i,h)}
      aria-required=${r?"true":void 0}
    >
      ${s!==void 0&&l`<option value="">${s}</option>`}
      ${a.map(u=>Array.isArray(u)?l`<option value=${u[0]} key=${u[0]}>${u[1]}</option>`:l`<optgroup label=${u.group} key=${u.group}>${u.options.map(([m,p])=>l`<option value=${m} key=${m}>${p}</option>`)}</optgroup>`)}
    </select>
  </div>`}function go({form:e,name:t,legend:o,hint:i,options:a,required:r}){let s="f-"+t,c=e.errors[t],d=e.values[t]||[],h=(u,m)=>e.set(t,m?[...d,u]:d.filter(p=>p!==u));return l`<fieldset
    id=${s}
    class=${"field choices"+(c?" has-error":"")}
    aria-describedby=${Be(s,i,c)}
    aria-invalid=${c?"true":void 0}
    tabindex="-1"
  >
    <legend>${o}${r?l` <span class="required" aria-hidden="true">*</span>`:""}</legend>
    <${nt} id=${s} text=${i} />
    <${Pe} id=${s} error=${c} />
    <div class="choice-list">
      ${a.map(([u,m,p])=>l`<label class="choice" key=${u}>
          <input type="checkbox" name=${t} value=${u} checked=${d.includes(u)} onChange=${f=>h(u,f.currentTarget.checked)} />
          <span lang=${p}>${m}</span>
        </label>`)}
    </div>
  </fieldset>`}function rt({form:e,name:t,label:o,hint:i}){let a="f-"+t,r=e.errors[t];return l`<div class=${"field check"+(r?" has-error":"")}>
    <${Pe} id=${a} error=${r} />
    <input
      type="checkbox"
      id=${a}
      name=${t}
      checked=${!!e.values[t]}
      onChange=${s=>e.set(t,s.currentTarget.checked)}
      aria-invalid=${r?"true":void 0}
      aria-describedby=${Be(a,i,r)}
    />
    <label for=${a}>${o}</label>
    <${nt} id=${a} text=${i} />
  </div>`}function re({form:e,labels:t,id:o="error-summary"}){let i=E(null),a=Object.keys(e.errors),r=a.length>0||e.general;if(C(()=>{r&&e.attempt>0&&i.current?.focus()},[e.attempt]),!r)return null;let s=c=>d=>{d.preventDefault();let h=document.getElementById("f-"+c);(h&&h.tagName==="FIELDSET"&&h.querySelector("input")||h)?.focus()};return l`<div class="error-summary" role="alert" tabindex="-1" ref=${i} aria-labelledby=${o+"-title"}>
    <h2 id=${o+"-title"}>${n("form.problem_title")}</h2>
    ${e.general&&l`<p>${wt(e.general)}</p>`}
    ${a.length>0&&l`<ul>
      ${a.map(c=>l`<li key=${c}><a href=${"#f-"+c} onClick=${s(c)}>${t[c]||c}: ${wt(e.errors[c])}</a></li>`)}
    </ul>`}
  </div>`}function ce({form:e,label:t,busyLabel:o}){return l`<button type="submit" class="primary" aria-disabled=${e.busy?"true":void 0}>
    ${e.busy?o||n("form.working"):t}
  </button>`}function H(e,t=[]){let[o,i]=_({data:null,error:null,loading:!0}),[a,r]=_(0);return C(()=>{let s=!0;return i(c=>({...c,error:null,loading:!0})),e().then(c=>s&&i({data:c,error:null,loading:!1}),c=>s&&i(d=>({...d,error:c,loading:!1}))),()=>{s=!1}},[...t,a]),{...o,reload:()=>r(s=>s+1),set:s=>i(c=>({...c,data:typeof s=="function"?s(c.data):s}))}}var Si=N(null),xt=null;function de(){return Si.value?Promise.resolve(Si.value):(xt||(xt=P("/api/meta").then(e=>(Si.value=e,xt=null,e),e=>{throw xt=null,e})),xt)}function S(e,t){if(!t)return"";let o=e+"."+t;return Xt(o)?n(o):t}function W(e,t){return(t||[]).map(o=>[o,S(e,o)])}function pr(){let e=K({email:"",password:""}),t=H(de),o=e.submit(async a=>{try{await Jn(a.email.trim(),a.password)}catch(r){throw r.status===401&&(r.code="wrong_credentials"),r}$e(Ti(),{replace:!0})},a=>ge(a,["email","password"])),i={email:n("field.email"),password:n("field.password")};return l`<${z} title=${n("signin.title")} intro=${n("signin.intro")}>
    <form class="form narrow" onSubmit=${o} novalidate>
      <${re} form=${e} labels=${i} />
      <${M} form=${e} name="email" label=${i.email} type="email" autocomplete="username" required inputMode="email" spellcheck=${!1} />
      <${M} form=${e} name="password" label=${i.password} type="password" autocomplete="current-password" required />
      <div class="actions">
        <${ce} form=${e} label=${n("signin.submit")} busyLabel=${n("signin.busy")} />
      </div>
    </form>
    <p>${n("signin.no_account")} <a href="/register">${n("signin.register")}</a></p>
    ${t.data?.demo&&l`<aside class="notice" aria-labelledby="demo-title">
      <h2 id="demo-title">${n("signin.demo_title")}</h2>
      <p>${n("signin.demo_text",{email:"secretariat@village.example",password:"village-demo-2020"})}</p>
    </aside>`}
  <//>`}var Ms={search:"M10.5 4a6.5 6.5 0 1 0 4.03 11.6l4.43 4.44 1.42-1.42-4.44-4.43A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z",camera:"M9 4 7.6 6H5a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-2.6L15 4H9Zm3 5a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z",pencil:"m15.2 4.4 4.4 4.4L9 19.4H4.6V15L15.2 4.4Zm0 2.8-8.6 8.6v1.6h1.6l8.6-8.6-1.6-1.6Z",wave:"M7.3 11.6 4.6 8.9a1.3 1.3 0 0 1 1.8-1.8l4 4-.7.7 1 1 .7-.7-5.4-5.4a1.3 1.3 0 0 1 1.8-1.8l5.4 5.4.7-.7-4.3-4.3a1.3 1.3 0 0 1 1.8-1.8l4.3 4.3.7-.7-2.6-2.6a1.3 1.3 0 0 1 1.8-1.8l4.4 4.4a6.5 6.5 0 0 1 0 9.2l-1 1a6.5 6.5 0 0 1-9.2 0l-4.8-4.8a1.3 1.3 0 0 1 1.8-1.8l1.3 1.3.7-.7-2.6-2.6Z",village:"M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z",external:"M14 3v2h3.6l-9.3 9.3 1.4 1.4L19 6.4V10h2V3h-7ZM5 5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-6h-2v6H5V7h6V5H5Z"};function Ge({name:e}){return l`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d=${Ms[e]} /></svg>`}function Le(e){let[t]=_(()=>sr(e));return C(()=>()=>t.release(),[]),t}function zs({m:e,me:t,wave:o}){let i=e.id===t.id;return l`<li class="face" data-person-id=${e.id}>
    <${j} id=${e.id} name=${e.name} photo=${e.photo_url} size="m" />
    <div class="face-text">
      <a class="face-name" href=${"/people/"+encodeURIComponent(e.id)}>${e.name}</a>
      ${e.role&&e.role!=="participant"&&l`<span class=${"role role-"+e.role}>${n("role."+e.role)}</span>`}
    </div>
    ${i?l`<span class="muted face-you">${n("home.you")}</span>`:l`<button type="button" class="small" onClick=${o(e)} aria-label=${n("home.wave",{name:e.name})}>
          <${Ge} name="wave" /> ${n("home.wave_short")}
        </button>`}
  </li>`}function mr(){let e=R.value,t=Le("lobby"),o=t.members.value,i=t.count.value,a=fe.value==="connected",r=s=>async()=>{try{await mo(s.id,"wave",{}),T(n("home.waved",{name:s.name}))}catch{T(n("home.wave_failed",{name:s.name}),{kind:"error"})}};return l`<${z} title=${n("home.title",{name:e.display_name})} intro=${n("home.intro")} wide>
    <div class="home-grid">
      <section aria-labelledby="online-title" class="card now">
        <div class="section-head">
          <h2 id="online-title">${n("home.online_title")}</h2>
          <p class="count">
            ${a&&l`<span class="live-dot" aria-hidden="true"></span>`}
            ${a?n("home.online_count",{count:i}):n("home.online_waiting")}
          </p>
        </div>
        <ul id="online" class="faces">
          ${o.map(s=>l`<${zs} key=${s.id} m=${s} me=${e} wave=${r} />`)}
        </ul>
        ${t.truncated.value&&l`<p class="muted">${n("home.online_truncated",{shown:o.length,count:i})}</p>`}
      </section>
      <aside aria-labelledby="next-title" class="card next">
        <h2 id="next-title">${n("home.next_title")}</h2>
        <ul class="next-list">
          <li><a href="/village"><span class="next-icon"><${Ge} name="village" /></span>${n("home.next_village")}</a></li>
          <li><a href="/people"><span class="next-icon"><${Ge} name="search" /></span>${n("home.next_people")}</a></li>
          <li>
            <a href="/me"><span class="next-icon"><${Ge} name=${e.photo_url?"pencil":"camera"} /></span>${e.photo_url?n("home.next_profile"):n("home.next_photo")}</a>
          </li>
        </ul>
      </aside>
    </div>
  <//>`}function Ei(){return l`<${z} title=${n("notfound.title")}>
    <p>${n("notfound.text")}</p>
    <p><a href="/">${n("notfound.home")}</a></p>
  <//>`}var bo=e=>String(e).normalize("NFD").replace(new RegExp("\\p{M}","gu"),"").toLocaleLowerCase();function _o({form:e,name:t,label:o,hint:i,options:a,required:r}){let s="f-"+t,c=s+"-list",d=e.errors[t],h=e.values[t]||[],[u,m]=_(""),[p,f]=_(!1),[g,b]=_(0),$=E(null),v=E(null),y=bo(u.trim()),x=y?a.filter(([w,ie,,ne])=>bo(ie).includes(y)||bo(w)===y||ne&&bo(ne).includes(y)):a,A=Math.min(g,Math.max(0,x.length-1)),k=p&&x[A],oe=new Map(a.map(w=>[w[0],w]));C(()=>{p&&k&&document.getElementById(`${s}-opt-${k[0]}`)?.scrollIntoView({block:"nearest"})},[p,A,y]);let ue=w=>e.set(t,h.includes(w)?h.filter(ie=>ie!==w):[...h,w]),Q=w=>{f(!0),b(Math.max(0,Math.min(x.length-1,w)))},pe=w=>{switch(w.key){case"ArrowDown":w.preventDefault(),Q(p?A+1:A);break;case"ArrowUp":w.preventDefault(),Q(p?A-1:A);break;case"Home":case"End":p&&(w.preventDefault(),Q(w.key==="Home"?0:x.length-1));break;case"Enter":p&&k?(w.preventDefault(),ue(k[0]),u&&(m(""),b(a.indexOf(k)))):p||(w.preventDefault(),f(!0));break;case"Escape":p?(w.preventDefault(),w.stopPropagation(),f(!1)):u&&(w.preventDefault(),m(""));break;case"Backspace":!u&&h.length&&e.set(t,h.slice(0,-1));break;case"Tab":f(!1);break}};return l`<div class=${"field multiselect"+(d?" has-error":"")}>
    <label for=${s} id=${s+"-label"}>${o}${r?l` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${nt} id=${s} text=${i} />
    <${Pe} id=${s} error=${d} />
    ${h.length>0&&l`<ul class="chips" id=${s+"-chosen"} aria-label=${n("multiselect.chosen",{field:o,count:h.length})}>
      ${h.map(w=>{let[,ie,ne]=oe.get(w)||[w,w];return l`<li class="chip" key=${w} data-value=${w}>
          <span lang=${ne}>${ie}</span>
          <button
            type="button"
            class="chip-remove"
            aria-label=${n("multiselect.remove",{name:ie})}
            onClick=${()=>{ue(w),$.current?.focus()}}
          ><span aria-hidden="true">×</span></button>
        </li>`})}
    </ul>`}
    <div class="combo">
      <input
        id=${s}
        ref=${$}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${p?"true":"false"}
        aria-controls=${c}
        aria-activedescendant=${k?`${s}-opt-${k[0]}`:void 0}
        aria-invalid=${d?"true":void 0}
        aria-required=${r?"true":void 0}
        aria-describedby=${[Be(s,i,d),h.length?s+"-chosen":""].filter(Boolean).join(" ")||void 0}
        placeholder=${n("multiselect.search")}
        value=${u}
        onInput=${w=>{m(w.currentTarget.value),b(0),f(!0)}}
        onKeyDown=${pe}
        onClick=${()=>f(!0)}
        onBlur=${w=>{v.current?.contains(w.relatedTarget)||f(!1)}}
      />
      <ul
        id=${c}
        ref=${v}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby=${s+"-label"}
        class="listbox"
        hidden=${!p}
        onMouseDown=${w=>w.preventDefault()}
      >
        ${x.map(([w,ie,ne],ae)=>l`<li
            key=${w}
            id=${`${s}-opt-${w}`}
            role="option"
            data-value=${w}
            aria-selected=${h.includes(w)?"true":"false"}
            class=${ae===A?"active":void 0}
            onClick=${()=>{ue(w),b(ae)}}
          ><span class="tick" aria-hidden="true"></span><span lang=${ne}>${ie}</span></li>`)}
        ${x.length===0&&l`<li role="option" aria-disabled="true" aria-selected="false" class="none">${n("multiselect.none")}</li>`}
      </ul>
    </div>
  </div>`}var gr="AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(" ");var Ci=new Map;function _r(e){return Ci.has(e)||Ci.set(e,eo(e)),Ci.get(e)}function Bi(e=[]){let t=e.filter(o=>!Zt.includes(o));return[...Zt,...t].map(o=>[o,_r(o),o,te(o)])}var Ai={lang:null,list:[]};function yo(){if(Ai.lang!==q.value){let e=Zt.map(t=>{let o=te(t),i=_r(t);return[t,o.toLocaleLowerCase()===i.toLocaleLowerCase()?i:`${o} (${i})`,o]}).sort((t,o)=>ke(t[2],o[2])).map(([t,o])=>[t,o]);Ai={lang:q.value,list:e}}return Ai.list}var Hi={lang:null,list:[]};function Os(){if(Hi.lang!==q.value){let e=gr.map(t=>[t,Ae(t)]).sort((t,o)=>ke(t[1],o[1]));Hi={lang:q.value,list:e}}return Hi.list}var Ds=["Africa","America","Antarctica","Arctic","Asia","Atlantic","Australia","Europe","Indian","Pacific"],St={lang:null,groups:[],known:new Set};function Fs(e,t=new Date){try{let o=new Intl.DateTimeFormat("en-US",{timeZone:e,timeZoneName:"longOffset"}).formatToParts(t).find(a=>a.type==="timeZoneName"),i=/GMT([+-]\d\d:\d\d)?/.exec(o?.value||"");return i?"UTC"+(i[1]||""):"UTC"}catch{return"UTC"}}function br(e,t){let o=e.split("/").pop().replaceAll("_"," "),i=Fs(e,t),a="";try{a=new Intl.DateTimeFormat(q.value,{timeZone:e,timeZoneName:"longGeneric"}).formatToParts(t).find(s=>s.type==="timeZoneName")?.value||""}catch{}let r=a&&!/^(GMT|UTC)([+\-−]|$)/.test(a);return e==="UTC"?`UTC (${n("field.time_zone.utc")})`:`${o} (${i})${r?" · "+a:""}`}function Us(e){if(St.lang!==q.value){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}let o=new Date,i=new Map;for(let r of new Set(["UTC",...t])){let s=Ds.includes(r.split("/")[0])&&r.includes("/")?r.split("/")[0]:"other";i.has(s)||i.set(s,[]),i.get(s).push([r,br(r,o)])}let a=[...i.entries()].map(([r,s])=>({group:n("field.time_zone.region."+r.toLowerCase()),region:r,options:s.sort((c,d)=>ke(c[1],d[1]))}));a.sort((r,s)=>(s.region==="other")-(r.region==="other")||ke(r.group,s.group)),St={lang:q.value,groups:a,known:new Set(t.concat("UTC"))}}return e&&!St.known.has(e)?[{group:n("field.time_zone.region.other"),region:"current",options:[[e,br(e,new Date)]]},...St.groups]:St.groups}function yr(e){return String(e||"").split(/[,،，、]/).map(t=>t.trim()).filter(Boolean)}var Ii=e=>[...String(e||"").trim()].length;function vo(e){return{display_name:e.display_name||"",stakeholder_group:e.stakeholder_group||"",region:e.region||"",country:e.country||"",languages:[...e.languages||[]],time_zone:e.time_zone||"",themes:[...e.themes||[]],tags:(e.tags||[]).join(", "),expertise:e.expertise||"",youth:!!e.youth,parliamentarian:!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function Tt(e){return{display_name:e.display_name.trim(),stakeholder_group:e.stakeholder_group,region:e.region,country:e.country,languages:e.languages,time_zone:e.time_zone,themes:e.themes,tags:yr(e.tags),expertise:e.expertise.trim(),youth:!!e.youth,parliamentarian:e.stakeholder_group==="government"&&!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function $o(e){let t=ge(e,["display_name","stakeholder_group","region","country","languages","time_zone"]);!t.display_name&&Ii(e.display_name)>80&&(t.display_name={key:"field.display_name.invalid"}),!t.languages&&e.languages.length>10&&(t.languages={key:"field.languages.invalid"});let o=yr(e.tags);return(o.length>10||o.some(i=>Ii(i)>40))&&(t.tags={key:"field.tags.invalid"}),Ii(e.expertise)>500&&(t.expertise={key:"field.expertise.invalid"}),t}function Et(){return{display_name:n("field.display_name"),stakeholder_group:n("field.stakeholder_group"),parliamentarian:n("field.parliamentarian"),region:n("field.region"),country:n("field.country"),youth:n("field.youth"),languages:n("field.languages"),time_zone:n("field.time_zone"),themes:n("field.themes"),tags:n("field.tags"),expertise:n("field.expertise"),directory_opt_in:n("field.directory_opt_in")}}function Pi({form:e,label:t}){let o=e.values.time_zone,i=o?I(new Date().toISOString(),o,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";return l`<${O}
    form=${e}
    name="time_zone"
    label=${t}
    hint=${o?n("field.time_zone.hint",{time:i}):n("field.time_zone.hint_none")}
    options=${Us(o)}
    placeholder=${n("form.choose")}
    required
  />`}function wo({form:e,meta:t,level:o="h2"}){let i=Et(),a=e.values,r=E([]);r.current=[...new Set([...r.current,...a.languages])];let s=o;return l`
    <${s} class="form-section">${n("profile.section.about")}<//>
    <${M} form=${e} name="display_name" label=${i.display_name} hint=${n("field.display_name.hint")} autocomplete="name" required />
    <${O}
      form=${e}
      name="stakeholder_group"
      label=${i.stakeholder_group}
      options=${W("stakeholder",t.stakeholder_groups)}
      placeholder=${n("form.choose")}
      required
      onChange=${c=>c!=="government"&&a.parliamentarian&&e.set("parliamentarian",!1)}
    />
    ${a.stakeholder_group==="government"&&l`<${rt} form=${e} name="parliamentarian" label=${i.parliamentarian} hint=${n("field.parliamentarian.hint")} />`}
    <${O}
      form=${e}
      name="region"
      label=${i.region}
      hint=${n("field.region.hint")}
      options=${W("region",t.regions)}
      placeholder=${n("form.choose")}
      required
    />
    <${O} form=${e} name="country" label=${i.country} options=${Os()} placeholder=${n("form.choose")} required />
    <${rt} form=${e} name="youth" label=${i.youth} hint=${n("field.youth.hint")} />

    <${s} class="form-section">${n("profile.section.languages")}<//>
    <${_o}
      form=${e}
      name="languages"
      label=${i.languages}
      hint=${n("field.languages.hint")}
      options=${Bi(r.current)}
      required
    />
    <${Pi} form=${e} label=${i.time_zone} />

    <${s} class="form-section">${n("profile.section.interests")}<//>
    <${go} form=${e} name="themes" legend=${i.themes} hint=${n("field.themes.hint")} options=${W("theme",t.themes)} />
    <${M} form=${e} name="tags" label=${i.tags} hint=${n("field.tags.hint")} />
    <${M} form=${e} name="expertise" label=${i.expertise} hint=${n("field.expertise.hint")} multiline rows=${4} />

    <${s} class="form-section">${n("profile.section.directory")}<//>
    <${rt} form=${e} name="directory_opt_in" label=${i.directory_opt_in} hint=${n("field.directory_opt_in.hint")} />
  `}var Gs=()=>({email:"",password:"",display_name:"",stakeholder_group:"",region:"",country:"",languages:[],time_zone:Xe(),themes:[],tags:"",expertise:"",youth:!1,parliamentarian:!1,directory_opt_in:!1});function qs({id:e,form:t}){let o=H(()=>P("/api/invitations/"+encodeURIComponent(e)),[e]),i=t.errors.invitation,a=n("register.invitation");o.data&&(a=n("register.invitation_role",{role:S("role",o.data.role)}));let r=i||o.error||o.data&&(o.data.used||o.data.expired);return l`<section
    id="f-invitation"
    tabindex="-1"
    class=${"notice"+(r?" notice-error":"")}
    aria-labelledby="invitation-title"
  >
    <h2 id="invitation-title">${n("register.invitation_title")}</h2>
    ${r?l`<p class="field-error"><span class="visually-hidden">${n("form.error_prefix")} </span>${i?wt(i):n("field.invitation.invalid")}</p>`:l`<p>${a}</p>`}
    <p><a href="/register">${n("register.without_invitation")}</a></p>
  </section>`}function vr(){let e=H(de),t=new URLSearchParams(le.value).get("invitation")||"",o=K(Gs(),{draft:"register"}),i={email:n("field.email"),password:n("field.password"),...Et(),invitation:n("register.invitation_title")},a=o.submit(async s=>{let c={email:s.email.trim(),password:s.password,...Tt(s)};t&&(c.invitation=t);let d=await Kn(c);o.clearDraft(),t?d.role==="participant"?T(n("register.welcome_invitation_lost",{name:d.display_name})):T(n("register.welcome_role",{name:d.display_name,role:S("role",d.role)})):T(n("register.welcome",{name:d.display_name}))},s=>{let c={...ge(s,["email","password"]),...$o(s)};!c.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email.trim())&&(c.email={key:"field.email.invalid"}),!c.password&&([...s.password].length<10||[...s.password].length>128)&&(c.password={key:"field.password.invalid"});let d=Object.keys(i);return Object.fromEntries(Object.entries(c).sort((h,u)=>d.indexOf(h[0])-d.indexOf(u[0])))}),r;return e.error?r=l`<${G} error=${e.error} retry=${e.reload} />`:e.data?r=l`<form class="form" onSubmit=${a} novalidate>
      <${re} form=${o} labels=${i} />
      <p class="muted">${n("form.required_note")}</p>
      ${t&&l`<${qs} id=${t} form=${o} />`}
      <h2 class="form-section">${n("register.section.account")}</h2>
      <${M}
        form=${o}
        name="email"
        label=${i.email}
        hint=${n("field.email.hint")}
        type="email"
        autocomplete="email"
        inputMode="email"
        spellcheck=${!1}
        required
      />
      <${M}
        form=${o}
        name="password"
        label=${i.password}
        hint=${n("field.password.hint")}
        type="password"
        autocomplete="new-password"
        required
      />
      <${wo} form=${o} meta=${e.data} level="h2" />
      <div class="actions">
        <${ce} form=${o} label=${n("register.submit")} busyLabel=${n("register.busy")} />
      </div>
    </form>`:r=l`<${D} />`,l`<${z} title=${n("register.title")} intro=${n("register.intro")}>
    ${r}
    <p>${n("register.have_account")} <a href=${"/signin"+(t?"?next="+encodeURIComponent("/invite/"+t):"")}>${n("register.sign_in")}</a></p>
  <//>`}function $r(e){if(e instanceof U){if(e.status===404)return"invite.not_found";if(e.status===409)return"invite.used";if(e.status===410)return"invite.expired";if(e.code&&e.code!=="bad_request")return"error."+e.code}return"error.internal"}function js({id:e}){let t=H(()=>P("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?l`${t.data.name}`:t.error?l`<span class="muted">${n("invite.organisation_unknown")}</span>`:l`<span class="muted">${n("common.loading")}</span>`}function wr({id:e}){let t=R.value,o=t?.time_zone,i=H(()=>P("/api/invitations/"+encodeURIComponent(e)),[e]),[a,r]=_(!1),[s,c]=_(null),[d,h]=_(null),u=E(null);C(()=>{(d||s)&&u.current?.focus()},[d,s]);let m=async()=>{if(!a){r(!0),c(null);try{let f=await se("/api/invitations/"+encodeURIComponent(e)+"/accept");Ie(f),h(f),i.set(g=>({...g,used:!0})),T(n("invite.accepted_toast",{role:S("role",f.role)}))}catch(f){let g=$r(f);f instanceof U&&f.status===409&&t?.role==="secretariat"&&i.data?.role==="staff"?g="invite.secretariat_staff":f instanceof U&&f.status===410&&i.data?.role==="staff"&&!i.data.expired&&(g="invite.organisation_gone"),c(g)}finally{r(!1)}}},p;if(i.loading&&!i.data)p=l`<${D} />`;else if(i.error)p=l`<div class="notice notice-error" role="alert">
      <p>${n($r(i.error))}</p>
      ${!(i.error instanceof U&&i.error.status===404)&&l`<button type="button" onClick=${i.reload}>${n("common.retry")}</button>`}
    </div>`;else{let f=i.data,g=!f.used&&!f.expired,b="/invite/"+encodeURIComponent(e);p=l`
      <dl class="facts">
        <dt>${n("invite.role")}</dt>
        <dd>${S("role",f.role)}</dd>
        ${f.organisation_id&&l`<dt>${n("invite.organisation")}</dt>
          <dd>${t?l`<${js} id=${f.organisation_id} />`:l`<span class="muted">${n("invite.organisation_signed_out")}</span>`}</dd>`}
        ${f.note&&l`<dt>${n("invite.note")}</dt><dd>${f.note}</dd>`}
        <dt>${f.expired?n("invite.expired_at"):n("invite.expires_at")}</dt>
        <dd>${I(f.expires_at,o)}</dd>
        <dt>${n("invite.state")}</dt>
        <dd>${f.used?n("invite.state.used"):f.expired?n("invite.state.expired"):n("invite.state.open")}</dd>
      </dl>
      <p>${n("invite.role_explained."+f.role)}</p>
      ${f.used&&!d&&l`<div class="notice notice-error"><p>${n("invite.used")}</p></div>`}
      ${!f.used&&f.expired&&l`<div class="notice notice-error"><p>${n("invite.expired")}</p></div>`}
      ${d&&l`<div class="notice notice-ok" tabindex="-1" ref=${u} role="status">
        <p>${n("invite.accepted",{role:S("role",d.role)})}</p>
        <p><a href="/">${n("invite.go_home")}</a></p>
      </div>`}
      ${s&&l`<div class="notice notice-error" tabindex="-1" ref=${u} role="alert"><p>${n(s)}</p></div>`}
      ${g&&!d&&(t?l`<p class="muted">${n("invite.signed_in_as",{name:t.display_name,role:S("role",t.role)})}</p>
            <div class="actions">
              <button type="button" class="primary" onClick=${m} aria-disabled=${a?"true":void 0}>
                ${a?n("invite.accepting"):n("invite.accept",{role:S("role",f.role)})}
              </button>
            </div>`:l`<p>${n("invite.signed_out")}</p>
            <ul class="link-list">
              <li><a href=${"/signin?next="+encodeURIComponent(b)}>${n("invite.sign_in")}</a></li>
              <li><a href=${"/register?invitation="+encodeURIComponent(e)}>${n("invite.register")}</a></li>
            </ul>`)}
    `}return l`<${z} title=${n("invite.title")} intro=${n("invite.intro")}>${p}<//>`}var kr=["image/jpeg","image/png","image/gif"],Vs=25*1024*1024,Ws=1024;async function Ys(e){if(typeof createImageBitmap!="function")return e;try{let t=await createImageBitmap(e,{imageOrientation:"from-image"}),o=Math.min(1,Ws/Math.max(t.width,t.height)),i=document.createElement("canvas");return i.width=Math.max(1,Math.round(t.width*o)),i.height=Math.max(1,Math.round(t.height*o)),i.getContext("2d").drawImage(t,0,0,i.width,i.height),t.close?.(),await new Promise(r=>i.toBlob(r,"image/jpeg",.9))||e}catch{return e}}function xr(e){switch(e?.code){case"payload_too_large":return n("photo.too_large");case"unsupported_media_type":return n("photo.wrong_type");case"validation_failed":return n("photo.unreadable");default:return n(e?.code?"error."+e.code:"error.internal")}}function Sr({me:e}){let[t,o]=_(!1),[i,a]=_(""),r=E(null),s=async d=>{if(a(""),!!d){if(!kr.includes(d.type)){a(n("photo.wrong_type"));return}if(d.size>Vs){a(n("photo.too_large"));return}o(!0);try{let h=await be("PUT","/api/me/photo",{raw:await Ys(d)});Ie(h),T(n("photo.saved"))}catch(h){a(xr(h))}finally{o(!1),r.current&&(r.current.value="")}}},c=async()=>{a(""),o(!0);try{Ie(await be("DELETE","/api/me/photo")),T(n("photo.removed"))}catch(d){a(xr(d))}finally{o(!1)}};return l`<section aria-labelledby="photo-title" class="card photo-section" id="photo">
    <h2 id="photo-title">${n("profile.section.photo")}</h2>
    <div class="photo-row">
      <${j} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="l" />
      <div class="photo-controls">
        <p class="hint" id="f-photo-hint">${n("photo.hint")}</p>
        ${i&&l`<p class="field-error" id="f-photo-error" role="alert">${i}</p>`}
        <div class="actions">
          <input
            type="file"
            id="f-photo"
            ref=${r}
            class="file-input"
            accept=${kr.join(",")}
            aria-describedby=${"f-photo-hint"+(i?" f-photo-error":"")}
            disabled=${t}
            onChange=${d=>s(d.currentTarget.files?.[0])}
          />
          <label for="f-photo" class="button primary">${t?n("photo.uploading"):e.photo_url?n("photo.change"):n("photo.choose")}</label>
          ${e.photo_url&&l`<button type="button" class="danger" onClick=${c} aria-disabled=${t?"true":void 0}>${n("photo.remove")}</button>`}
        </div>
      </div>
    </div>
  </section>`}var Zs=(e,t)=>JSON.stringify(e)===JSON.stringify(t);function Xs({me:e,meta:t}){let o=K(vo(e),{draft:"profile."+e.id}),i=Et(),a=o.submit(async r=>{let s=Tt(r),c=Tt(vo(e)),d={};for(let[u,m]of Object.entries(s))Zs(m,c[u])||(d[u]=m);if(Object.keys(d).length===0){T(n("profile.no_changes"));return}let h=await bt("/api/me",d);Ie(h),o.setAll(vo(h)),o.clearDraft(),T(n("profile.saved"))},$o);return l`<section aria-labelledby="profile-title" class="card">
    <h2 id="profile-title">${n("profile.section.profile")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${re} form=${o} labels=${i} id="profile-errors" />
      <p class="muted">${n("form.required_note")}</p>
      <${wo} form=${o} meta=${t} level="h3" />
      <div class="actions">
        <${ce} form=${o} label=${n("profile.save")} busyLabel=${n("profile.saving")} />
      </div>
    </form>
  </section>`}function Js({me:e}){let t=K({email:e.email,password:"",current_password:""}),o={email:n("field.email"),password:n("profile.new_password"),current_password:n("field.current_password")},i=t.submit(async a=>{let r={};if(a.email.trim().toLowerCase()!==e.email&&(r.email=a.email.trim()),e.has_password&&a.password&&(r.password=a.password),Object.keys(r).length===0){T(n("profile.no_changes"));return}e.has_password&&(r.current_password=a.current_password);let s=await bt("/api/me",r);Ie(s),t.setAll({email:s.email,password:"",current_password:""}),T(r.password?r.email?n("profile.both_changed"):n("profile.password_changed"):n("profile.email_changed"))},a=>{let r=ge(a,["email"]);!r.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email.trim())&&(r.email={key:"field.email.invalid"}),e.has_password&&a.password&&([...a.password].length<10||[...a.password].length>128)&&(r.password={key:"field.password.invalid"});let s=a.email.trim().toLowerCase()!==e.email||e.has_password&&a.password;return e.has_password&&s&&!a.current_password&&(r.current_password={key:"field.current_password.required"}),r});return l`<section aria-labelledby="signin-title" class="card">
    <h2 id="signin-title">${e.has_password?n("profile.section.signin"):n("profile.section.email")}</h2>
    <form class="form narrow" onSubmit=${i} novalidate>
      <${re} form=${t} labels=${o} id="signin-errors" />
      ${!e.has_password&&l`<p>${n("profile.no_password")}</p>`}
      <${M} form=${t} name="email" label=${o.email} type="email" autocomplete="email" inputMode="email" spellcheck=${!1} required />
      ${e.has_password&&l`<${M} form=${t} name="password" label=${o.password} hint=${n("profile.new_password_hint")} type="password" autocomplete="new-password" />
        <${M}
          form=${t}
          name="current_password"
          label=${o.current_password}
          hint=${n("field.current_password.hint")}
          type="password"
          autocomplete="current-password"
        />`}
      <div class="actions">
        <${ce} form=${t} label=${e.has_password?n("profile.signin_save"):n("profile.email_save")} busyLabel=${n("profile.saving")} />
      </div>
    </form>
  </section>`}function Ks({me:e}){let t=K({confirm_delete:!1}),o={confirm_delete:n("field.confirm_delete")},i=t.submit(async()=>{await _e("/api/me");try{sessionStorage.removeItem("village.draft.profile."+e.id)}catch{}ao("user"),$e("/signin",{replace:!0}),T(n("profile.deleted"))},a=>a.confirm_delete?{}:{confirm_delete:{key:"field.confirm_delete.required"}});return l`<section aria-labelledby="delete-title" class="card danger-zone">
    <h2 id="delete-title">${n("profile.section.delete")}</h2>
    <p>${n("profile.delete_what")}</p>
    <ul>
      <li>${n("profile.delete_item.profile")}</li>
      <li>${n("profile.delete_item.sessions")}</li>
      <li>${n("profile.delete_item.role",{role:S("role",e.role)})}</li>
    </ul>
    <p>${n("profile.delete_stays")}</p>
    <form class="form" onSubmit=${i} novalidate>
      <${re} form=${t} labels=${o} id="delete-errors" />
      <${rt} form=${t} name="confirm_delete" label=${o.confirm_delete} />
      <div class="actions">
        <button type="submit" class="danger primary" aria-disabled=${t.busy?"true":void 0}>
          ${t.busy?n("profile.deleting"):n("profile.delete")}
        </button>
      </div>
    </form>
  </section>`}function Tr(){let e=R.value,t=H(de),o;return t.error?o=l`<${G} error=${t.error} retry=${t.reload} />`:t.data?o=l`
      <p class="muted">
        ${n("profile.summary",{role:S("role",e.role),created:I(e.created_at,e.time_zone,{dateStyle:"long"})})}
        ${" "}<a href=${"/people/"+encodeURIComponent(e.id)}>${n("profile.see_public")}</a>
      </p>
      <${Sr} me=${e} />
      <${Xs} me=${e} meta=${t.data} />
      <${Js} me=${e} />
      <${Ks} me=${e} />
    `:o=l`<${D} />`,l`<${z} title=${n("profile.title")} intro=${n("profile.intro")}>${o}<//>`}function Ne(e,t){let o=new URLSearchParams(e),i={};for(let r of t)i[r]=o.get(r)||"";let a=parseInt(o.get("offset")||"0",10);return i.offset=Number.isFinite(a)&&a>0?a:0,i}function ko({form:e,names:t,search:o,results:i,keep:a={}}){let r=E(null),s=E(!1);C(()=>{e.setAll(Ne(o,t))},[o]),C(()=>{if(i.error instanceof U&&i.error.code==="validation_failed"){let{fields:u,general:m}=kt(i.error);e.fail(u,m)}},[i.error]),C(()=>{!i.loading&&s.current&&(s.current=!1,r.current?.focus())},[i.loading]);let c=e.submit(async u=>{let m={...a};for(let p of t)m[p]=typeof u[p]=="string"?u[p].trim():u[p];it(m)});return{heading:r,onSubmit:c,clear:()=>{e.setAll(Ne("",t)),it(a)},go:u=>()=>{s.current=!0;let{offset:m,...p}=Ne(o,t);it({...a,...p,offset:u||void 0})},set:t.filter(u=>Ne(o,t)[u]).length}}function xo({form:e,labels:t,filters:o,children:i}){let[a,r]=_(!1);return l`<section aria-labelledby="filters-title" class=${"card filters-card"+(a?" open":"")}>
    <h2 id="filters-title">
      <span class="filters-title-text">${n("directory.filters")}</span>
      <button type="button" class="filters-toggle" aria-expanded=${a?"true":"false"} aria-controls="filters-body" onClick=${()=>r(!a)}>
        <span>${n("directory.filters_count",{count:o.set})}</span><span class="chevron" aria-hidden="true">▾</span>
      </button>
    </h2>
    <form id="filters-body" class="form filters-body" onSubmit=${o.onSubmit} novalidate role="search" aria-labelledby="filters-title">
      <${re} form=${e} labels=${t} />
      <div class="filters">${i}</div>
      <div class="actions">
        <${ce} form=${e} label=${n("directory.search")} />
        <button type="button" onClick=${o.clear}>${n("directory.clear")}</button>
      </div>
    </form>
  </section>`}function Qs(e,t=o=>n("directory.count",{count:o})){let o=e.data;return e.loading?n("directory.searching"):o&&o.total===0?n("directory.none"):o&&o.items.length===0?n("directory.past_end",{count:o.total}):o?t(o.total)+" "+n("directory.showing",{from:o.offset+1,to:o.offset+o.items.length,total:o.total}):""}function So({results:e,filters:t,limit:o,count:i,children:a}){let r=e.data,s=e.error instanceof U&&e.error.code==="validation_failed";return l`<section aria-labelledby="results-title" class="results-area">
    <h2 id="results-title" tabindex="-1" ref=${t.heading}>${n("directory.results")}</h2>
    <p role="status" aria-live="polite" class="results-count">${Qs(e,i)}</p>
    ${e.error&&!s&&l`<${G} error=${e.error} retry=${e.reload} />`}
    ${!r&&e.loading&&l`<${D} />`}
    ${r&&r.items.length>0&&a}
    ${r&&r.items.length>0&&r.total>r.limit&&l`<nav class="pager" aria-label=${n("directory.pages")}>
      ${r.offset>0&&l`<button type="button" onClick=${t.go(Math.max(0,r.offset-o))}>${n("directory.previous")}</button>`}
      ${r.offset+r.items.length<r.total&&l`<button type="button" onClick=${t.go(r.offset+o)}>${n("directory.next")}</button>`}
    </nav>`}
    ${r&&r.items.length===0&&r.total>0&&l`<p><button type="button" onClick=${t.go(0)}>${n("directory.first_page")}</button></p>`}
  </section>`}var Er=20,Ar=["q","theme","interest","stakeholder_group","region","language","youth"],Cr=e=>Ne(e,Ar);function el({p:e}){let t=[S("stakeholder",e.stakeholder_group),S("region",e.region),e.country&&Ae(e.country)].filter(Boolean);return l`<li class="result">
    <${j} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="m" />
    <div class="result-body">
      <div class="result-head">
        <h3><a href=${"/people/"+encodeURIComponent(e.id)}>${e.display_name}</a></h3>
        ${e.role!=="participant"&&l`<span class=${"role role-"+e.role}>${S("role",e.role)}</span>`}
      </div>
      <p>${t.join(" · ")}</p>
      ${e.languages.length>0&&l`<p>${n("directory.speaks",{languages:e.languages.map(te).join(", ")})}</p>`}
      ${e.themes.length>0&&l`<ul class="tags" aria-label=${n("directory.themes")}>
          ${e.themes.map(o=>l`<li key=${o}>${S("theme",o)}</li>`)}
        </ul>`}
    </div>
  </li>`}function Hr(){let e=H(de),t=K(Cr(le.value)),o=le.value,i=H(()=>{let{offset:d,...h}=Cr(o);return P("/api/directory"+to({...h,offset:d||void 0,limit:Er}))},[o]),a=ko({form:t,names:Ar,search:o,results:i}),r={q:n("field.q"),theme:n("field.theme"),interest:n("field.interest"),stakeholder_group:n("field.stakeholder_group"),region:n("field.region"),language:n("field.language"),youth:n("directory.youth"),offset:n("directory.page"),limit:n("directory.page")},s=e.data||{themes:[],stakeholder_groups:[],regions:[]},c=i.data;return l`<${z} title=${n("directory.title")} intro=${n("directory.intro")} wide>
    ${e.error&&l`<${G} error=${e.error} retry=${e.reload} />`}
    <${xo} form=${t} labels=${r} filters=${a}>
      <${M} form=${t} name="q" label=${r.q} type="search" hint=${n("field.q.hint")} />
      <${O} form=${t} name="theme" label=${r.theme} options=${W("theme",s.themes)} placeholder=${n("directory.any")} />
      <${M} form=${t} name="interest" label=${r.interest} hint=${n("field.interest.hint")} />
      <${O}
        form=${t}
        name="stakeholder_group"
        label=${r.stakeholder_group}
        options=${W("stakeholder",s.stakeholder_groups)}
        placeholder=${n("directory.any")}
      />
      <${O} form=${t} name="region" label=${r.region} options=${W("region",s.regions)} placeholder=${n("directory.any")} />
      <${O} form=${t} name="language" label=${r.language} options=${yo()} placeholder=${n("directory.any")} />
      <${O}
        form=${t}
        name="youth"
        label=${r.youth}
        options=${[["true",n("directory.youth_only")],["false",n("directory.youth_not")]]}
        placeholder=${n("directory.any")}
      />
    <//>
    <${So} results=${i} filters=${a} limit=${Er}>
      <ul class="results" aria-busy=${i.loading?"true":void 0}>
        ${c?.items.map(d=>l`<${el} key=${d.id} p=${d} />`)}
      </ul>
    <//>
  <//>`}function To({id:e}){let t=H(()=>P("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?l`${t.data.name}`:l`<span class="muted">${t.error?n("person.organisation_unknown"):n("common.loading")}</span>`}function tl({p:e,me:t}){let i=Le("lobby").members.value.find(r=>r.id===e.id);if(fe.value!=="connected")return null;let a=async()=>{try{await mo(e.id,"wave",{}),T(n("home.waved",{name:e.display_name}))}catch{T(n("home.wave_failed",{name:e.display_name}),{kind:"error"})}};return l`<div class="presence">
    ${i?l`<p><span class="online-badge"><span class="dot" aria-hidden="true"></span>${n("person.online")}</span></p>
          ${e.id!==t.id&&l`<button type="button" onClick=${a}>${n("home.wave",{name:e.display_name})}</button>`}`:l`<p class="muted">${n("person.offline")}</p>`}
  </div>`}function Ir({id:e}){let t=R.value,o=t?.time_zone,i=H(()=>P("/api/people/"+encodeURIComponent(e)),[e]),a=i.data,r,s=null,c=n("person.title");if(i.error){let d=i.error instanceof U&&i.error.status===404;r=l`<div class="notice notice-error" role="alert">
      <p>${d?n("person.not_found"):n(i.error.code?"error."+i.error.code:"error.internal")}</p>
      ${d?l`<p><a href="/people">${n("person.back")}</a></p>`:l`<button type="button" onClick=${i.reload}>${n("common.retry")}</button>`}
    </div>`}else if(!a)r=l`<${D} />`;else{c=a.display_name,s=l`<${j} id=${a.id} name=${a.display_name} photo=${a.photo_url} size="l" />`;let d=a.time_zone?I(new Date().toISOString(),a.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";r=l`
      ${a.id===t.id&&l`<p class="notice">${n("person.is_you")} <a href="/me">${n("person.edit")}</a></p>`}
      <${tl} p=${a} me=${t} />
      ${a.listed===!1&&a.id!==t.id&&l`<p class="notice">${n("person.unlisted",{name:a.display_name})}</p>`}
      <section aria-labelledby="about-title" class="card">
        <h2 id="about-title">${n("person.about")}</h2>
        <dl class="facts">
          <dt>${n("person.role")}</dt>
          <dd>${S("role",a.role)}</dd>
          ${a.organisation_id&&l`<dt>${n("person.organisation")}</dt><dd><${To} id=${a.organisation_id} /></dd>`}
          ${a.stakeholder_group&&l`<dt>${n("field.stakeholder_group")}</dt><dd>${S("stakeholder",a.stakeholder_group)}</dd>`}
          ${a.parliamentarian&&l`<dt>${n("person.parliamentarian")}</dt><dd>${n("person.yes")}</dd>`}
          ${a.region&&l`<dt>${n("field.region")}</dt><dd>${S("region",a.region)}</dd>`}
          ${a.country&&l`<dt>${n("field.country")}</dt><dd>${Ae(a.country)}</dd>`}
          ${a.youth&&l`<dt>${n("person.youth")}</dt><dd>${n("person.yes")}</dd>`}
          ${a.languages?.length>0&&l`<dt>${n("person.languages")}</dt><dd>${a.languages.map(te).join(", ")}</dd>`}
          ${a.time_zone&&l`<dt>${n("field.time_zone")}</dt>
            <dd>${n("person.time_zone",{zone:a.time_zone.replaceAll("_"," "),time:d})}</dd>`}
          ${a.created_at&&l`<dt>${n("person.registered")}</dt><dd>${I(a.created_at,o,{dateStyle:"long"})}</dd>`}
        </dl>
      </section>
      ${a.listed!==!1&&l`<section aria-labelledby="interests-title" class="card">
        <h2 id="interests-title">${n("person.interests")}</h2>
        ${a.themes.length===0&&a.tags.length===0&&!a.expertise&&l`<p class="muted">${n("person.no_interests")}</p>`}
        ${a.themes.length>0&&l`<h3>${n("person.themes")}</h3>
          <ul class="tags">
            ${a.themes.map(h=>l`<li key=${h}>${S("theme",h)}</li>`)}
          </ul>`}
        ${a.tags.length>0&&l`<h3>${n("field.tags")}</h3>
          <ul class="tags">
            ${a.tags.map(h=>l`<li key=${h}>${h}</li>`)}
          </ul>`}
        ${a.expertise&&l`<h3>${n("field.expertise")}</h3><p class="expertise">${a.expertise}</p>`}
      </section>`}
      <p><a href="/people">${n("person.back")}</a></p>
    `}return l`<${z} title=${c} figure=${s}>${r}<//>`}var ol={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},il={hour:"numeric",minute:"2-digit"};function at(e){return e.open?e.open_now?"open":"between":"closed"}function Eo(e,t,o){let i=at(e);return i==="closed"?n("booth.closed_note"):t?i==="open"?n("booth.open_until",{time:I(t.ends_at,o,il)}):n("booth.opens_at",{when:I(t.starts_at,o,ol)}):n("booth.no_opening")}function Co({b:e}){let t=at(e);return l`<span class=${"booth-state booth-state-"+t}><span class="dot" aria-hidden="true"></span>${n("booth.state."+t)}</span>`}function Br({b:e}){return l`<p class="figures">
    <span>${n("booth.visitors_now",{count:e.visitors_now||0})}</span>
    <span>${n("booth.staff_online",{count:e.staff_online||0})}</span>
  </p>`}var Pr=20,Lr=100,Nr=["q","theme","language","region","kind","open_now"],nl=["list","overview"],Li=e=>Ne(e,Nr),rl=e=>new URLSearchParams(e).get("view")==="overview"?"overview":"list",Rr=e=>"/booths/"+encodeURIComponent(e);function al({b:e,zone:t}){return l`<li class="result booth-card" data-booth-id=${e.id}>
    <${j} id=${e.organisation_id} name=${e.title} size="m" square />
    <div class="result-body">
      <div class="result-head">
        <h3 dir="auto"><a href=${Rr(e.id)}>${e.title}</a></h3>
        <${Co} b=${e} />
      </div>
      <p>${[S("kind",e.kind),S("region",e.region)].filter(Boolean).join(" · ")}</p>
      <p class="opening">${Eo(e,e.next_opening,t)}</p>
      ${e.themes.length>0&&l`<ul class="tags" aria-label=${n("directory.themes")}>
        ${e.themes.map(o=>l`<li key=${o}>${S("theme",o)}</li>`)}
      </ul>`}
      ${e.languages.length>0&&l`<p>${n("village.languages",{languages:e.languages.map(te).join(", ")})}</p>`}
      <${Br} b=${e} />
    </div>
  </li>`}function sl({items:e,kinds:t,busy:o}){let i=new Map;for(let r of e)i.has(r.kind)||i.set(r.kind,[]),i.get(r.kind).push(r);let a=[...t.filter(r=>i.has(r)),...[...i.keys()].filter(r=>!t.includes(r))];return l`<div class="districts" aria-busy=${o?"true":void 0}>
    ${a.map((r,s)=>{let c=i.get(r),d=c.filter(h=>at(h)==="open").length;return l`<section class=${"district district-"+s%6} aria-labelledby=${"district-"+r} key=${r} data-kind=${r}>
        <h3 id=${"district-"+r}>${S("kind",r)} <span class="district-count">${n("village.district_count",{count:c.length,open:d})}</span></h3>
        <ul class="plots">
          ${c.map(h=>l`<li key=${h.id}>
              <a class=${"plot plot-"+at(h)} href=${Rr(h.id)} data-booth-id=${h.id}>
                <span class="dot" aria-hidden="true"></span>
                <span class="plot-title" dir="auto">${h.title}</span>
                <span class="visually-hidden">, ${n("booth.state."+at(h))}</span>
              </a>
            </li>`)}
        </ul>
      </section>`})}
  </div>`}function ll({view:e}){let t=o=>()=>it({...Li(le.value),offset:void 0,view:o==="list"?void 0:o});return l`<div class="view-switch" role="group" aria-label=${n("village.view")}>
    ${nl.map(o=>l`<button type="button" key=${o} aria-pressed=${e===o?"true":"false"} onClick=${t(o)}>${n("village.view."+o)}</button>`)}
  </div>`}function Mr(){let t=R.value?.time_zone,o=H(de),i=K(Li(le.value)),a=le.value,r=rl(a),s=H(()=>{let{offset:m,...p}=Li(a),f=r==="overview";return P("/api/booths"+to({...p,offset:!f&&m||void 0,limit:f?Lr:Pr}))},[a]),c=ko({form:i,names:Nr,search:a,results:s,keep:{view:r==="list"?void 0:r}}),d={q:n("village.q"),theme:n("field.theme"),language:n("village.language"),region:n("field.region"),kind:n("field.kind"),open_now:n("village.open_now"),offset:n("directory.page"),limit:n("directory.page")},h=o.data||{themes:[],regions:[],organisation_kinds:[]},u=s.data;return l`<${z} title=${n("village.title")} intro=${n("village.intro")} wide>
    ${o.error&&l`<${G} error=${o.error} retry=${o.reload} />`}
    <${xo} form=${i} labels=${d} filters=${c}>
      <${M} form=${i} name="q" label=${d.q} type="search" hint=${n("village.q_hint")} />
      <${O} form=${i} name="theme" label=${d.theme} options=${W("theme",h.themes)} placeholder=${n("directory.any")} />
      <${O} form=${i} name="language" label=${d.language} options=${yo()} placeholder=${n("directory.any")} />
      <${O} form=${i} name="region" label=${d.region} options=${W("region",h.regions)} placeholder=${n("directory.any")} />
      <${O} form=${i} name="kind" label=${d.kind} options=${W("kind",h.organisation_kinds)} placeholder=${n("directory.any")} />
      <${O}
        form=${i}
        name="open_now"
        label=${d.open_now}
        options=${[["true",n("village.open_now_only")],["false",n("village.open_now_not")]]}
        placeholder=${n("directory.any")}
      />
    <//>
    <${ll} view=${r} />
    <${So} results=${s} filters=${c} limit=${r==="overview"?Lr:Pr} count=${m=>n("village.count",{count:m})}>
      ${r==="overview"?l`<${sl} items=${u?.items||[]} kinds=${h.organisation_kinds} busy=${s.loading} />`:l`<ul class="results" aria-busy=${s.loading?"true":void 0}>
            ${u?.items.map(m=>l`<${al} key=${m.id} b=${m} zone=${t} />`)}
          </ul>`}
    <//>
  <//>`}var zr=["title","description","themes","languages","links","time_zone","hours"],cl=["kind","stakeholder_group","region"];function Or(e){return{title:e.title,description:e.description,themes:e.themes,languages:e.languages,links:e.links.map(t=>({title:t.title,url:t.url})),time_zone:e.time_zone,hours:e.hours.map(t=>({date:t.date,opens:t.opens,closes:t.closes})),kind:e.kind,stakeholder_group:e.stakeholder_group,region:e.region}}function Dr({form:e,name:t,legend:o,hint:i,columns:a,blank:r,addLabel:s,removeLabel:c}){let d="f-"+t,h=e.errors[t],u=e.values[t]||[],m=(g,b,$)=>e.set(t,u.map((v,y)=>y===g?{...v,[b]:$}:v)),p=E(!1),f=E(null);return C(()=>{p.current&&(p.current=!1,f.current?.querySelector("li:last-child input")?.focus())},[u.length]),l`<fieldset id=${d} class=${"field rows"+(h?" has-error":"")} aria-describedby=${Be(d,i,h)} aria-invalid=${h?"true":void 0} tabindex="-1">
    <legend>${o}</legend>
    ${i&&l`<p class="hint" id=${d+"-hint"}>${i}</p>`}
    <${Pe} id=${d} error=${h} />
    <ol class="row-list" ref=${f}>
      ${u.map((g,b)=>l`<li key=${b} class="row">
          ${a.map($=>l`<div class="field" key=${$.key}>
              <label for=${`${d}-${b}-${$.key}`}>${$.label(b+1)}</label>
              <input
                id=${`${d}-${b}-${$.key}`}
                type=${$.type||"text"}
                value=${g[$.key]}
                placeholder=${$.placeholder}
                maxLength=${$.maxLength}
                inputMode=${$.inputMode}
                dir=${$.dir}
                onInput=${v=>m(b,$.key,v.currentTarget.value)}
              />
            </div>`)}
          <button type="button" class="small" onClick=${()=>e.set(t,u.filter(($,v)=>v!==b))}>${c(b+1)}</button>
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
  </fieldset>`}function dl({b:e,onSaved:t}){let[o,i]=_(!1),a=async()=>{if(!o){i(!0);try{let r=await se("/api/booths/"+encodeURIComponent(e.id)+(e.open?"/close":"/open"));t(r),T(r.open?n("booth.edit.opened"):n("booth.edit.closed"))}catch(r){T(n(r?.code?"error."+r.code:"error.internal"),{kind:"error"})}finally{i(!1)}}};return l`<div class="open-switch">
    <p>${e.open?n("booth.edit.is_open"):n("booth.edit.is_closed")}</p>
    <button type="button" class=${e.open?"danger":"primary"} aria-disabled=${o?"true":void 0} onClick=${a}>
      ${e.open?n("booth.edit.close"):n("booth.edit.open")}
    </button>
  </div>`}function Fr({b:e,me:t,onSaved:o}){let i=t.role==="secretariat",a=H(de),[r,s]=_(!1),c=K(Or(e),{draft:"booth."+e.id}),d=a.data||{themes:[],regions:[],stakeholder_groups:[],organisation_kinds:[]},h={title:n("booth.edit.title_field"),description:n("field.description"),themes:n("field.themes"),languages:n("booth.edit.languages"),links:n("booth.materials"),time_zone:n("field.time_zone"),hours:n("booth.hours"),kind:n("field.kind"),stakeholder_group:n("field.stakeholder_group"),region:n("field.region")},u=c.submit(async m=>{let p={};for(let g of i?[...zr,...cl]:zr)p[g]=typeof m[g]=="string"?m[g].trim():m[g];p.links=m.links.map(g=>({title:g.title.trim(),url:g.url.trim()})),p.hours=m.hours.map(g=>({date:g.date.trim(),opens:g.opens.trim(),closes:g.closes.trim()}));let f=await bt("/api/booths/"+encodeURIComponent(e.id),p);c.clearDraft(),c.setAll(Or(f)),o(f),T(n("booth.edit.saved"))},void 0,{keys:{description:"booth.edit.description_invalid"}});return l`<section aria-labelledby="edit-title" class="card booth-edit">
    <div class="section-head">
      <h2 id="edit-title">${n("booth.edit")}</h2>
      <button type="button" aria-expanded=${r?"true":"false"} aria-controls="booth-edit-body" onClick=${()=>s(!r)}>
        ${r?n("booth.edit.hide"):n("booth.edit.show")}
      </button>
    </div>
    <div id="booth-edit-body" hidden=${!r}>
      ${i&&l`<${dl} b=${e} onSaved=${o} />`}
      ${r&&l`<form class="form" onSubmit=${u} novalidate aria-labelledby="edit-title">
        <${re} form=${c} labels=${h} id="booth-errors" />
        <${M} form=${c} name="title" label=${h.title} maxLength=${120} required />
        <${M} form=${c} name="description" label=${h.description} hint=${n("booth.edit.description_hint")} multiline rows=${10} maxLength=${5e3} />
        ${i&&l`<div class="filters">
          <${O} form=${c} name="kind" label=${h.kind} options=${W("kind",d.organisation_kinds)} required />
          <${O} form=${c} name="stakeholder_group" label=${h.stakeholder_group} options=${W("stakeholder",d.stakeholder_groups)} required />
          <${O} form=${c} name="region" label=${h.region} options=${W("region",d.regions)} required />
        </div>`}
        <${go} form=${c} name="themes" legend=${h.themes} options=${W("theme",d.themes)} />
        <${_o} form=${c} name="languages" label=${h.languages} hint=${n("booth.edit.languages_hint")} options=${Bi(c.values.languages)} />
        <${Dr}
          form=${c}
          name="links"
          legend=${h.links}
          hint=${n("booth.edit.links_hint")}
          blank=${{title:"",url:""}}
          columns=${[{key:"title",label:m=>n("booth.edit.link_title",{n:m}),maxLength:120},{key:"url",label:m=>n("booth.edit.link_url",{n:m}),type:"url",placeholder:"https://",maxLength:500,dir:"ltr"}]}
          addLabel=${n("booth.edit.link_add")}
          removeLabel=${m=>n("booth.edit.link_remove",{n:m})}
        />
        <${Pi} form=${c} label=${n("booth.edit.time_zone")} />
        <${Dr}
          form=${c}
          name="hours"
          legend=${h.hours}
          hint=${n("booth.edit.hours_hint")}
          blank=${{date:"",opens:"09:00",closes:"13:00"}}
          columns=${[{key:"date",label:m=>n("booth.edit.hours_date",{n:m}),type:"date",dir:"ltr"},{key:"opens",label:m=>n("booth.edit.hours_opens",{n:m}),placeholder:"09:00",maxLength:5,dir:"ltr"},{key:"closes",label:m=>n("booth.edit.hours_closes",{n:m}),placeholder:"13:00",maxLength:5,dir:"ltr"}]}
          addLabel=${n("booth.edit.hours_add")}
          removeLabel=${m=>n("booth.edit.hours_remove",{n:m})}
        />
        <div class="actions">
          <${ce} form=${c} label=${n("booth.edit.save")} busyLabel=${n("profile.saving")} />
        </div>
      </form>`}
    </div>
  </section>`}var ul={hour:"numeric",minute:"2-digit"},hl={day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},Ur=2e3;function fl(e,t){let o=new Date(e),i=new Date().toDateString()===o.toDateString();return I(e,t,i?ul:hl)}function pl({m:e,zone:t}){return l`<li class="chat-msg" key=${e.seq}>
    <${j} id=${e.from.id} name=${e.from.name} photo=${e.from.photo_url} />
    <div class="chat-body">
      <p class="chat-meta"><strong dir="auto">${e.from.name}</strong> <time class="muted" datetime=${e.at}>${fl(e.at,t)}</time></p>
      ${e.deleted?l`<p class="chat-text chat-removed muted">${n("chat.removed")}</p>`:l`<p class="chat-text" dir="auto">${e.text}</p>`}
    </div>
  </li>`}function Ao({view:e,id:t="chat",title:o}){let i=R.value?.time_zone,a=e.log.value,[r,s]=_(""),[c,d]=_(null),[h,u]=_([]),[m,p]=_(!1),f=E(null),g=E(!0),b=a.length?a[a.length-1].seq:0;un(()=>{let k=f.current;k&&g.current&&(k.scrollTop=k.scrollHeight)},[b]),C(()=>{let k=f.current;if(!k)return;let oe=()=>g.current=k.scrollHeight-k.scrollTop-k.clientHeight<40;return k.addEventListener("scroll",oe,{passive:!0}),()=>k.removeEventListener("scroll",oe)},[]);async function $(){let k=f.current,oe=k.scrollHeight;p(!0);try{await e.earlier(50),requestAnimationFrame(()=>k.scrollTop+=k.scrollHeight-oe)}catch{d(n("chat.failed"))}finally{p(!1)}}async function v(k){k.preventDefault();let oe=r.trim(),ue=[...oe].length;if(ue===0){d(n("chat.empty"));return}if(ue>Ur){d(n("chat.too_long",{max:Ur}));return}d(null),s("");let Q={key:so(),text:oe};u(pe=>[...pe,Q]),g.current=!0;try{await e.send(oe,Q.key)}catch(pe){s(w=>w||oe),d(pe.code==="muted"||pe.code==="validation_failed"?pe.message:n("chat.failed"))}finally{u(pe=>pe.filter(w=>w!==Q))}}let y=a[0]?.seq,x=new Set(a.map(k=>k.client_id).filter(Boolean)),A=h.filter(k=>!x.has(k.key));return l`<section class="chat" aria-labelledby=${t+"-title"}>
    <h3 id=${t+"-title"}>${o||n("chat.title")}</h3>
    <div class="chat-scroll" ref=${f} tabindex="0" role="region" aria-labelledby=${t+"-title"}>
      ${y>1&&l`<p class="chat-earlier"><button type="button" class="link-button" onClick=${$} disabled=${m}>${n("chat.earlier")}</button></p>`}
      ${a.length===0&&l`<p class="muted chat-empty">${n("chat.none")}</p>`}
      <div role="log" aria-live="polite" aria-relevant="additions">
        <ol class="chat-list">
          ${a.map(k=>l`<${pl} key=${k.seq} m=${k} zone=${i} />`)}
        </ol>
      </div>
      ${A.length>0&&l`<ul class="chat-list chat-pending" aria-hidden="true">
        ${A.map(k=>l`<li key=${k.key} class="chat-msg muted"><p class="chat-pending-text" dir="auto">${k.text} · ${n("chat.sending")}</p></li>`)}
      </ul>`}
    </div>
    <form class="chat-form" onSubmit=${v} novalidate>
      <label for=${t+"-text"}>${n("chat.label")}</label>
      <div class="chat-row">
        <textarea id=${t+"-text"} rows="2" dir="auto" value=${r} aria-describedby=${t+"-error"}
          aria-invalid=${c?"true":void 0}
          onInput=${k=>s(k.currentTarget.value)}
          onKeyDown=${k=>{k.key==="Enter"&&!k.shiftKey&&!k.isComposing&&v(k)}}></textarea>
        <button type="submit">${n("chat.send")}</button>
      </div>
      <p id=${t+"-error"} class="chat-error field-error" role="status">${c||""}</p>
    </form>
  </section>`}var Ni=N({}),Ri=new Map;function st(e,t){let o={...Ni.value};t?o[e]=t:delete o[e],Ni.value=o}po("knock.position",e=>e?.booth&&st(e.booth,{position:e.position,ahead:e.ahead}));po("knock.declined",e=>e?.booth&&st(e.booth,{declined:e.message||""}));po("knock.taken",e=>{if(!e?.room?.startsWith("talk:"))return;st(e.booth,null);let t=e.room.slice(5);Ri.set(t,{booth:e.booth,staff:e.staff}),T(n("knock.taken",{name:e.staff?.name||""}),{kind:"ok"}),$e("/talk/"+encodeURIComponent(t))});function Gr({booth:e,slots:t}){let o=Ni.value[e],[i,a]=_(""),[r,s]=_(null),[c,d]=_(!1),h=o&&o.position;async function u(g){g.preventDefault(),d(!0),s(null);try{let b=i.trim(),$=await me("knock.ask",b?{text:b}:void 0,"booth:"+e);st(e,{position:$.position,ahead:$.ahead})}catch(b){s(b)}finally{d(!1)}}async function m(){d(!0),s(null);try{await me("knock.withdraw",{booth:e}),st(e,null)}catch(g){g.code==="not_found"?st(e,null):s(g)}finally{d(!1)}}let p="";r&&(p=["booth_closed","booth_unstaffed","conflict","validation_failed","muted"].includes(r.code)?r.message:n("knock.failed"));let f=r&&(r.code==="booth_closed"||r.code==="booth_unstaffed");return l`<section class="knock" aria-labelledby="knock-title">
    <h3 id="knock-title">${n("knock.title")}</h3>
    ${h?l`<p class="knock-position"><strong>${n("knock.position",{position:o.position})}</strong></p>
          <button type="button" onClick=${m} disabled=${c}>${n("knock.withdraw")}</button>`:l`<form onSubmit=${u} class="knock-form" novalidate>
          <label for="knock-text">${n("knock.text")}</label>
          <input id="knock-text" type="text" maxlength="200" dir="auto" value=${i} onInput=${g=>a(g.currentTarget.value)} />
          <button type="submit" disabled=${c}>${n("knock.ask")}</button>
        </form>`}
    <div class="knock-status" role="status">
      ${o&&o.declined!==void 0&&l`<p>${n("knock.declined")}${o.declined&&l` <q dir="auto">${o.declined}</q>`}</p>`}
      ${p&&l`<p class="field-error">${p}${f&&l` <a href=${"#"+t}>${n("knock.see_slots")}</a>`}</p>`}
    </div>
  </section>`}function ml(e,t){return e.role==="staff"&&e.organisation_id===t.organisation_id}function qr({b:e,me:t,slots:o}){let i=Le("booth:"+e.id),r=i.members.value.filter(h=>ml(h,e)),s=Math.max(0,i.count.value-r.length),c=i.state.value?.announcement||"",d=t&&t.role==="staff"&&t.organisation_id===e.organisation_id;return i.refused.value?l`<div class="notice notice-error" role="alert"><p>${n("boothroom.refused")}</p></div>`:l`<div class="boothroom">
    <div class="announcement" role="status" aria-live="polite">
      ${c&&l`<p><strong>${n("boothroom.announcement")}</strong> <span dir="auto">${c}</span></p>`}
    </div>
    <section aria-labelledby="here-title" class="here">
      <h3 id="here-title">${n("boothroom.here")}</h3>
      <p class="here-count">${n("booth.visitors_now",{count:s})}</p>
      ${r.length===0?l`<p class="muted">${n("booth.staff_online",{count:0})}</p>`:l`<ul class="staff-online" aria-label=${n("booth.staff_online",{count:r.length})}>
            ${r.map(h=>l`<li key=${h.id}><${j} id=${h.id} name=${h.name} photo=${h.photo_url} /> <span dir="auto">${h.name}</span></li>`)}
          </ul>`}
    </section>
    ${!d&&l`<${Gr} booth=${e.id} slots=${o} />`}
    <${Ao} view=${i} id="booth-chat" />
  </div>`}var Ct={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"};function jr({b:e,me:t,id:o="slots"}){let i=t?.time_zone,a=H(()=>P("/api/booths/"+encodeURIComponent(e.id)+"/slots?limit=100"),[e.id]),[r,s]=_(null),[c,d]=_(null),h=t&&t.role==="staff"&&t.organisation_id===e.organisation_id;async function u(p){d(p.id),s(null);try{await se("/api/bookings",{slot_id:p.id}),s({ok:!0,text:n("slots.booked",{when:I(p.starts_at,i,Ct)})}),a.reload()}catch(f){s({ok:!1,text:n(["taken","overlaps","gone","not_found","forbidden"].includes(f.code)?"slots.error."+f.code:"error.internal")}),a.reload()}finally{d(null)}}let m=(a.data?.items||[]).filter(p=>!p.booked);return l`<section aria-labelledby=${o+"-title"} class="card slots" id=${o} tabindex="-1">
    <h2 id=${o+"-title"}>${n("slots.title")}</h2>
    <p class="muted">${n("slots.intro")}</p>
    ${a.error&&!a.data?l`<${G} error=${a.error} retry=${a.reload} />`:a.data?m.length===0?l`<p>${n("slots.none")}</p>`:l`<ul class="slot-list">
              ${m.map(p=>l`<li key=${p.id}>
                  <span><strong>${I(p.starts_at,i,Ct)}</strong> · ${n("slots.minutes",{minutes:p.minutes})} · ${te(p.language)} · <span dir="auto">${p.staff.name}</span></span>
                  ${!h&&l`<button type="button" onClick=${()=>u(p)} disabled=${c!==null}
                    aria-label=${n("slots.book_named",{when:I(p.starts_at,i,Ct)})}>${n("slots.book")}</button>`}
                </li>`)}
            </ul>`:l`<${D} />`}
    <div role="status" class="slots-status">
      ${r&&l`<p class=${r.ok?"ok":"field-error"}>${r.text}${r.ok&&l` <a href="/schedule">${n("nav.schedule")}</a>`}</p>`}
    </div>
  </section>`}var Wr={name:"lead.name",email:"field.email",organisation:"person.organisation",stakeholder_group:"field.stakeholder_group",country:"field.country",languages:"person.languages"};function gl(e,t){let o=t[e];switch(e){case"stakeholder_group":return S("stakeholder",o);case"country":return o?Ae(o):"";case"languages":return(o||[]).map(te).join(", ");default:return o||""}}function Vr({fields:e,contact:t,note:o}){return l`<dl class="facts">
    ${e.map(i=>l`<dt>${n(Wr[i]||i)}</dt><dd dir="auto">${gl(i,t)||"—"}</dd>`)}
    ${o&&l`<dt>${n("lead.note")}</dt><dd dir="auto">${o}</dd>`}
  </dl>`}function Yr({b:e,zone:t}){let o=H(()=>P("/api/me/leads"),[e.id]),[i,a]=_(null),[r,s]=_(""),[c,d]=_(!1),[h,u]=_(null),[m,p]=_(!1),f=o.data?.items.find(y=>y.booth_id===e.id);async function g(){u(null),p(!0);try{a(await P("/api/booths/"+encodeURIComponent(e.id)+"/lead-preview")),d(!1)}catch(y){u({ok:!1,text:n(y.code==="forbidden"?"lead.own":"error.internal")})}finally{p(!1)}}async function b(y){if(y.preventDefault(),!c){u({ok:!1,text:n("lead.agree_first")});return}p(!0),u(null);try{let x={consent:i.consent};r.trim()&&(x.note=r.trim());let A=await se("/api/booths/"+encodeURIComponent(e.id)+"/leads",x);o.set(k=>({items:[A,...k?.items||[]]})),a(null),s(""),u({ok:!0,text:n("lead.left")})}catch(x){x.code==="validation_failed"&&x.fields?.consent?(await g(),u({ok:!1,text:n("lead.changed")})):x.code==="validation_failed"&&x.fields?.note?u({ok:!1,text:x.fields.note}):x.code==="conflict"?(o.reload(),u({ok:!1,text:n("lead.already")})):u({ok:!1,text:n("error.internal")})}finally{p(!1)}}async function $(){p(!0);try{await _e("/api/me/leads/"+encodeURIComponent(e.id)),o.set(y=>({items:y.items.filter(x=>x.booth_id!==e.id)})),u({ok:!0,text:n("lead.withdrawn")})}catch{u({ok:!1,text:n("error.internal")})}finally{p(!1)}}let v;return o.error&&!o.data?v=l`<${G} error=${o.error} retry=${o.reload} />`:o.data?f?v=l`<p>${n("lead.you_left",{when:I(f.consented_at,t)})}</p>
      <${Vr} fields=${Object.keys(Wr).filter(y=>f.contact[y]&&(y!=="languages"||f.contact[y].length))} contact=${f.contact} note=${f.note} />
      <button type="button" onClick=${$} disabled=${m}>${n("lead.withdraw")}</button>`:i?v=l`<form onSubmit=${b} novalidate>
      <p>${n("lead.exactly",{booth:e.title})}</p>
      <${Vr} fields=${i.fields} contact=${i.contact} />
      <div class="field">
        <label for="lead-note">${n("lead.note")}</label>
        <textarea id="lead-note" rows="2" maxlength="500" dir="auto" value=${r} onInput=${y=>s(y.currentTarget.value)}></textarea>
      </div>
      <div class="field check">
        <input id="lead-consent" type="checkbox" checked=${c} onChange=${y=>d(y.currentTarget.checked)} />
        <label for="lead-consent">${n("lead.consent",{booth:e.title})}</label>
      </div>
      <p class="lead-actions">
        <button type="submit" class="primary" disabled=${m}>${n("lead.send")}</button>
        <button type="button" onClick=${()=>a(null)}>${n("lead.not_now")}</button>
      </p>
    </form>`:v=l`<p>${n("lead.intro")}</p><button type="button" onClick=${g} disabled=${m}>${n("lead.preview")}</button>`:v=l`<${D} />`,l`<section class="card" aria-labelledby="lead-title">
    <h2 id="lead-title">${n("lead.title")}</h2>
    ${v}
    <div role="status" class="slots-status">${h&&l`<p class=${h.ok?"ok":"field-error"}>${h.text}</p>`}</div>
  </section>`}function Zr({zone:e}){let t=H(()=>P("/api/me/leads"),[]),[o,i]=_(null);async function a(s){try{await _e("/api/me/leads/"+encodeURIComponent(s.booth_id)),t.set(c=>({items:c.items.filter(d=>d.booth_id!==s.booth_id)})),i(n("lead.withdrawn"))}catch{i(n("error.internal"))}}let r=t.data?.items||[];return l`<section class="card" aria-labelledby="myleads-title">
    <h2 id="myleads-title">${n("lead.mine")}</h2>
    ${t.error&&!t.data?l`<${G} error=${t.error} retry=${t.reload} />`:t.data?r.length===0?l`<p class="muted">${n("lead.none")}</p>`:l`<ul class="slot-list">
              ${r.map(s=>l`<li key=${s.booth_id}>
                  <span><a href=${"/booths/"+encodeURIComponent(s.booth_id)} dir="auto">${s.booth_title}</a> · <span class="muted">${I(s.consented_at,e)}</span></span>
                  <button type="button" onClick=${()=>a(s)} aria-label=${n("lead.withdraw_named",{booth:s.booth_title})}>${n("lead.withdraw")}</button>
                </li>`)}
            </ul>`:l`<${D} />`}
    <p role="status" class="slots-status">${o||""}</p>
  </section>`}var bl={weekday:"long",day:"numeric",month:"long"},Mi={year:"numeric",month:"2-digit",day:"2-digit"};function _l(e,t){return e&&(e.role==="secretariat"||e.role==="staff"&&e.organisation_id===t.organisation_id)}function yl(e,t){return e.hours.find(o=>new Date(o.ends_at)>t)||null}function vl(e,t){let o=new Date(e.starts_at),i=new Date(e.ends_at),r=I(e.starts_at,t,Mi)===I(new Date(i-1).toISOString(),t,Mi)?{hour:"numeric",minute:"2-digit"}:{weekday:"short",hour:"numeric",minute:"2-digit"};try{return new Intl.DateTimeFormat(q.value,{...r,timeZone:t||Xe()}).formatRange(o,i)}catch{return I(e.starts_at,t,r)+" – "+I(e.ends_at,t,r)}}function $l({b:e,zone:t,now:o}){let i=e.hours.filter(c=>new Date(c.ends_at)>o),a=t||Xe(),r=e.time_zone!==a,s=[];for(let c of i){let d=I(c.starts_at,t,Mi);(s.length===0||s[s.length-1].key!==d)&&s.push({key:d,label:I(c.starts_at,t,bl),hours:[]}),s[s.length-1].hours.push(c)}return l`<section aria-labelledby="hours-title" class="card">
    <h2 id="hours-title">${n("booth.hours")}</h2>
    <p class="muted">${n("booth.hours_zone",{zone:a.replaceAll("_"," ")})}</p>
    ${s.length===0?l`<p>${n("booth.no_opening")}</p>`:l`<ul class="hours">
          ${s.map(c=>l`<li key=${c.key}>
              <span class="hours-day">${c.label}</span>
              <ul>
                ${c.hours.map(d=>{let h=new Date(d.starts_at)<=o;return l`<li key=${d.starts_at} class=${h?"hours-now":void 0}>
                    <span class="hours-range">${vl(d,t)}</span>
                    ${h&&l` <strong class="hours-on">${n("booth.hours_now")}</strong>`}
                    ${r&&l` <span class="muted">${n("booth.hours_there",{time:"⁦"+d.opens+"–"+d.closes+"⁩"})}</span>`}
                  </li>`})}
              </ul>
            </li>`)}
        </ul>`}
  </section>`}function wl({links:e}){let t=e.filter(o=>/^https:\/\//i.test(o.url));return t.length===0?null:l`<section aria-labelledby="materials-title" class="card">
    <h2 id="materials-title">${n("booth.materials")}</h2>
    <ul class="link-list materials">
      ${t.map((o,i)=>l`<li key=${i}>
          <a href=${o.url} target="_blank" rel="noopener noreferrer" dir="auto">${o.title}<span class="visually-hidden"> (${n("common.new_tab")})</span> <${Ge} name="external" /></a>
          <span class="muted link-host">${kl(o.url)}</span>
        </li>`)}
    </ul>
  </section>`}function kl(e){try{return new URL(e).host}catch{return""}}function xl({b:e,zone:t,now:o,me:i}){let a=I(o.toISOString(),e.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"});return l`<aside aria-labelledby="visit-title" class="card booth-visit">
    <h2 id="visit-title">${n("booth.visit")}</h2>
    <p><${Co} b=${e} /></p>
    <p class="opening">${Eo(e,yl(e,o),t)}</p>
    <p class="muted">${n("booth.local_time",{time:a,zone:e.time_zone.replaceAll("_"," ")})}</p>
    <${qr} key=${e.id} b=${e} me=${i} slots="slots" />
  </aside>`}function Xr({id:e}){let t=R.value,o=t?.time_zone,i=H(()=>P("/api/booths/"+encodeURIComponent(e)),[e]),[a]=_(()=>new Date),r=i.data,s=n("booth.title"),c,d=l`<span class="avatar avatar-l avatar-square avatar-empty" aria-hidden="true"></span>`;if(i.error){let h=i.error instanceof U&&i.error.status===404;d=null,c=l`<div class="notice notice-error" role="alert">
      <p>${h?n("booth.not_found"):n(i.error.code?"error."+i.error.code:"error.internal")}</p>
      ${h?l`<p><a href="/village">${n("booth.back")}</a></p>`:l`<button type="button" onClick=${i.reload}>${n("common.retry")}</button>`}
    </div>`}else r?(s=r.title,d=l`<${j} id=${r.organisation_id} name=${r.title} size="l" square />`,c=l`<div class="booth-grid">
        <div class="booth-main">
          <section aria-labelledby="about-title" class="card">
            <h2 id="about-title">${n("booth.about")}</h2>
            ${r.description_html?l`<div class="markdown" dir="auto" dangerouslySetInnerHTML=${{__html:r.description_html}}></div>`:l`<p class="muted">${n("booth.no_description")}</p>`}
            <dl class="facts">
              <dt>${n("person.organisation")}</dt>
              <dd><${To} id=${r.organisation_id} /></dd>
              <dt>${n("field.kind")}</dt>
              <dd>${S("kind",r.kind)}</dd>
              <dt>${n("field.region")}</dt>
              <dd>${S("region",r.region)}</dd>
              <dt>${n("field.stakeholder_group")}</dt>
              <dd>${S("stakeholder",r.stakeholder_group)}</dd>
              ${r.languages.length>0&&l`<dt>${n("person.languages")}</dt><dd>${r.languages.map(te).join(", ")}</dd>`}
            </dl>
            ${r.themes.length>0&&l`<h3>${n("person.themes")}</h3>
              <ul class="tags">
                ${r.themes.map(h=>l`<li key=${h}>${S("theme",h)}</li>`)}
              </ul>`}
          </section>
          <${$l} b=${r} zone=${o} now=${a} />
          <${wl} links=${r.links} />
          ${!(t&&t.role==="staff"&&t.organisation_id===r.organisation_id)&&l`<${Yr} key=${r.id} b=${r} zone=${o} />`}
          ${_l(t,r)&&l`<${Fr} b=${r} me=${t} onSaved=${h=>i.set(h)} />`}
        </div>
        <div class="booth-side">
          <${xl} b=${r} zone=${o} now=${a} me=${t} />
          <${jr} b=${r} me=${t} id="slots" />
        </div>
      </div>
      <p><a href="/village">${n("booth.back")}</a></p>`):c=l`<div class="booth-placeholder"><${D} /></div>`;return l`<${z} title=${s} figure=${d} wide>${c}<//>`}function Ho({id:e,label:t,url:o,hint:i}){let a=E(null),[r,s]=_("");C(()=>{s(""),a.current?.focus(),a.current?.select()},[o]);let c=async()=>{try{await navigator.clipboard.writeText(o),s(n("link.copied"))}catch{a.current?.focus(),a.current?.select(),s(n("link.copy_failed"))}};return l`<div class="field linkbox">
    <label for=${e}>${t}</label>
    ${i&&l`<p class="hint" id=${e+"-hint"}>${i}</p>`}
    <div class="linkbox-row">
      <input id=${e} ref=${a} type="text" readonly value=${o} dir="ltr" spellcheck=${!1} aria-describedby=${i?e+"-hint":void 0} />
      <button type="button" onClick=${c}>${n("link.copy")}</button>
    </div>
    <p class="muted linkbox-status" role="status">${r}</p>
  </div>`}var zi={name:"",kind:"",stakeholder_group:"",region:"",website:"",logo_url:"",description:""},Oi=e=>[...String(e||"").trim()].length,Sl=e=>{try{let t=new URL(e);return(t.protocol==="http:"||t.protocol==="https:")&&!!t.host}catch{return!1}};function Tl({meta:e,onAdded:t}){let o=K(zi,{draft:"organisation"}),i={name:n("field.name"),kind:n("field.kind"),stakeholder_group:n("field.stakeholder_group"),region:n("field.region"),website:n("field.website"),logo_url:n("field.logo_url"),description:n("field.description")},a=o.submit(async r=>{let s={};for(let d of Object.keys(zi))s[d]=r[d].trim();let c=await se("/api/organisations",s);o.setAll(zi),o.clearDraft(),t(c)},r=>{let s=ge(r,["name","kind","stakeholder_group","region"]);!s.name&&Oi(r.name)>120&&(s.name={key:"field.name.invalid"});for(let c of["website","logo_url"])r[c].trim()&&(!Sl(r[c].trim())||Oi(r[c])>500)&&(s[c]={key:`field.${c}.invalid`});return Oi(r.description)>2e3&&(s.description={key:"field.description.invalid"}),s});return l`<section aria-labelledby="add-title" class="card">
    <h2 id="add-title">${n("organisations.add_title")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${re} form=${o} labels=${i} id="add-errors" />
      <p class="muted">${n("form.required_note")}</p>
      <${M} form=${o} name="name" label=${i.name} autocomplete="organization" required />
      <div class="filters">
        <${O} form=${o} name="kind" label=${i.kind} options=${W("kind",e.organisation_kinds)} placeholder=${n("form.choose")} required />
        <${O}
          form=${o}
          name="stakeholder_group"
          label=${i.stakeholder_group}
          options=${W("stakeholder",e.stakeholder_groups)}
          placeholder=${n("form.choose")}
          required
        />
        <${O} form=${o} name="region" label=${i.region} options=${W("region",e.regions)} placeholder=${n("form.choose")} required />
      </div>
      <${M} form=${o} name="website" label=${i.website} hint=${n("field.website.hint")} type="url" inputMode="url" autocomplete="url" spellcheck=${!1} dir="ltr" />
      <${M} form=${o} name="logo_url" label=${i.logo_url} hint=${n("field.logo_url.hint")} type="url" inputMode="url" spellcheck=${!1} dir="ltr" />
      <${M} form=${o} name="description" label=${i.description} hint=${n("field.description.hint")} multiline rows=${4} />
      <div class="actions">
        <${ce} form=${o} label=${n("organisations.add")} busyLabel=${n("organisations.adding")} />
      </div>
    </form>
  </section>`}function El({org:e,called:t,onInvite:o,onRemove:i,inviting:a}){let[r,s]=_(!1),[c,d]=_(!1),h=E(null),u=E(null),m=E(!1);C(()=>{r?h.current?.focus():m.current&&u.current?.focus(),m.current=r},[r]);let p=async()=>{if(!c){d(!0);try{await i(e)}catch{d(!1)}}};return l`<tr>
    <th scope="row"><span class="org-cell"><${j} id=${e.id} name=${e.name} photo=${e.logo_url} square />${e.name}</span></th>
    <td data-label=${n("field.kind")}>${S("kind",e.kind)}</td>
    <td data-label=${n("field.stakeholder_group")}>${S("stakeholder",e.stakeholder_group)}</td>
    <td data-label=${n("field.region")}>${S("region",e.region)}</td>
    <td class="url" data-label=${n("field.website")}>${e.website?l`<a href=${e.website} rel="noopener noreferrer" dir="ltr">${e.website.replace(/^https?:\/\//,"")}</a>`:l`<span class="muted">${n("organisations.no_website")}</span>`}</td>
    <td class="cell-actions">
      ${r?l`<div class="confirm" role="group" aria-label=${n("organisations.confirm_label",{name:t})}>
            <p>${n("organisations.confirm",{name:e.name})}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${h} onClick=${p} aria-disabled=${c?"true":void 0}>
                ${c?n("organisations.removing"):n("organisations.confirm_yes",{name:t})}
              </button>
              <button type="button" class="small" onClick=${()=>s(!1)}>${n("common.cancel")}</button>
            </div>
          </div>`:l`<div class="actions row-actions">
            <button type="button" class="small" onClick=${()=>o(e)} aria-disabled=${a?"true":void 0} aria-label=${n("organisations.invite_named",{name:t})}>
              ${n("organisations.invite")}
            </button>
            <button type="button" class="small danger" ref=${u} onClick=${()=>s(!0)} aria-label=${n("organisations.remove_named",{name:t})}>
              ${n("organisations.remove")}
            </button>
          </div>`}
    </td>
  </tr>`}function Jr(){let e=H(de),t=H(()=>P("/api/organisations")),[o,i]=_(null),[a,r]=_(null),s=E(null),c=(g,b)=>ke(g.name,b.name),d=g=>{t.set(b=>({items:[...b?.items||[],g].sort(c)})),T(n("organisations.added",{name:g.name}))},h=async g=>{if(!a){r(g.id);try{let b=await se("/api/invitations",{role:"staff",organisation_id:g.id});i({url:b.url,name:g.name}),T(n("organisations.invited",{name:g.name}))}catch(b){T(n(b.code?"error."+b.code:"error.internal"),{kind:"error"})}finally{r(null)}}},u=async g=>{try{await _e("/api/organisations/"+encodeURIComponent(g.id))}catch(b){if(b.status!==404)throw T(n(b.code?"error."+b.code:"error.internal"),{kind:"error"}),b}t.set(b=>({items:(b?.items||[]).filter($=>$.id!==g.id)})),T(n("organisations.removed",{name:g.name})),s.current?.focus()},m=t.data?.items||[],p=new Map;for(let g of m)p.set(g.name,(p.get(g.name)||0)+1);let f=g=>p.get(g.name)>1?`${g.name} (${(g.website||g.id).replace(/^https?:\/\//,"")})`:g.name;return l`<${z} title=${n("organisations.title")} intro=${n("organisations.intro")} wide>
    ${e.error&&l`<${G} error=${e.error} retry=${e.reload} />`}
    <${Tl} meta=${e.data||{organisation_kinds:[],stakeholder_groups:[],regions:[]}} onAdded=${d} />
    ${o&&l`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${n("organisations.link_title",{name:o.name})}</h2>
      <${Ho} id="new-link" label=${n("organisations.link_label",{name:o.name})} hint=${n("link.hint")} url=${o.url} />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${s}>
        ${t.data?n("organisations.list_title_count",{count:m.length}):n("organisations.list_title")}
      </h2>
      ${t.error&&l`<${G} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&l`<${D} />`}
      ${t.data&&m.length===0&&l`<p>${n("organisations.empty")}</p>`}
      ${m.length>0&&l`<div class="table-wrap">
        <table aria-labelledby="list-title">
          <thead>
            <tr>
              <th scope="col">${n("field.name")}</th>
              <th scope="col">${n("field.kind")}</th>
              <th scope="col">${n("field.stakeholder_group")}</th>
              <th scope="col">${n("field.region")}</th>
              <th scope="col">${n("field.website")}</th>
              <th scope="col">${n("organisations.actions")}</th>
            </tr>
          </thead>
          <tbody>
            ${m.map(g=>l`<${El} key=${g.id} org=${g} called=${f(g)} onInvite=${h} onRemove=${u} inviting=${a===g.id} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}var Cl={role:"staff",organisation_id:"",note:"",ttl_days:"14"};function Al(e){return e.used?"used":e.expired?"expired":"open"}function Hl(e,t){let o=I(e.redeemed_at,t);return e.redeemed_by?n("invitations.used_by",{name:e.redeemed_by.name,date:o}):n("invitations.used_on",{date:o})}function Il({orgs:e,onCreated:t}){let o=K(Cl),i={role:n("field.role"),organisation_id:n("field.organisation_id"),note:n("field.note"),ttl_days:n("field.ttl_days")},a=o.submit(async r=>{let s={role:r.role,note:r.note.trim(),ttl_hours:Number(r.ttl_days)*24};r.role==="staff"&&(s.organisation_id=r.organisation_id);let c;try{c=await se("/api/invitations",s)}catch(d){throw d instanceof U&&d.fields&&d.fields.ttl_hours&&(d.fields={...d.fields,ttl_days:d.fields.ttl_hours},delete d.fields.ttl_hours),d}o.setAll({...r,note:""}),t(c)},r=>{let s=ge(r,r.role==="staff"?["role","organisation_id","ttl_days"]:["role","ttl_days"]);return!s.ttl_days&&!/^\s*\d+\s*$/.test(r.ttl_days)?s.ttl_days={key:"field.ttl_days.invalid"}:!s.ttl_days&&(Number(r.ttl_days)<1||Number(r.ttl_days)>90)&&(s.ttl_days={key:"field.ttl_days.invalid"}),[...r.note.trim()].length>200&&(s.note={key:"field.note.invalid"}),s});return l`<section aria-labelledby="create-title" class="card">
    <h2 id="create-title">${n("invitations.create_title")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${re} form=${o} labels=${i} id="create-errors" />
      <p class="muted">${n("form.required_note")}</p>
      <div class="filters">
        <${O}
          form=${o}
          name="role"
          label=${i.role}
          hint=${n("field.role.hint")}
          options=${[["staff",S("role","staff")],["secretariat",S("role","secretariat")]]}
          required
        />
        ${o.values.role==="staff"&&l`<${O}
          form=${o}
          name="organisation_id"
          label=${i.organisation_id}
          options=${e.map(r=>[r.id,r.name])}
          placeholder=${n("form.choose")}
          required
        />`}
      </div>
      <${M} form=${o} name="note" label=${i.note} hint=${n("field.note.hint")} />
      <${M} form=${o} name="ttl_days" label=${i.ttl_days} hint=${n("field.ttl_days.hint")} inputMode="numeric" required />
      <div class="actions">
        <${ce} form=${o} label=${n("invitations.create")} busyLabel=${n("invitations.creating")} />
      </div>
    </form>
  </section>`}async function Bl(e){try{return await navigator.clipboard.writeText(e),!0}catch{return!1}}function Pl({inv:e,what:t}){let[o,i]=_(!1),a=E(null);return C(()=>{o&&(a.current?.focus(),a.current?.select())},[o]),l`<button type="button" class="small" onClick=${async()=>{if(await Bl(e.url)){T(n("invitations.copied",{what:t}));return}o&&(a.current?.focus(),a.current?.select()),i(!0),T(n("link.copy_failed"),{kind:"error"})}} aria-label=${n("invitations.copy_named",{what:t})}>${n("link.copy")}</button>
    ${o&&l`<input
      type="text"
      class="row-link"
      ref=${a}
      readonly
      value=${e.url}
      dir="ltr"
      spellcheck=${!1}
      aria-label=${n("invitations.link_named",{what:t})}
      onFocus=${s=>s.currentTarget.select()}
    />`}`}function Ll({inv:e,orgName:t,zone:o,onWithdraw:i}){let[a,r]=_(!1),[s,c]=_(!1),d=E(null),h=E(null),u=E(!1);C(()=>{a?d.current?.focus():u.current&&h.current?.focus(),u.current=a},[a]);let m=Al(e),p=I(e.created_at,o),f=t?n("invitations.what_org",{role:S("role",e.role),organisation:t,created:p}):n("invitations.what",{role:S("role",e.role),created:p}),g=async()=>{if(!s){c(!0);try{await i(e)}catch{c(!1)}}};return l`<tr>
    <th scope="row">${S("role",e.role)}</th>
    <td data-label=${n("field.organisation_id")}>${t||l`<span class="muted">${n("invitations.no_organisation")}</span>`}</td>
    <td dir="auto" data-label=${n("field.note")}>${e.note||""}</td>
    <td data-label=${n("invitations.created_at")}>${p}</td>
    <td data-label=${n("invitations.expires_at")}>${I(e.expires_at,o)}</td>
    <td data-label=${n("invitations.state")}>
      <span class=${"state state-"+m}>${n("invitations.state."+m)}</span>
      ${e.used&&e.redeemed_at&&l`<span class="used-by">${Hl(e,o)}</span>`}
    </td>
    <td class="cell-actions">
      ${a?l`<div class="confirm" role="group" aria-label=${n("invitations.confirm_label",{what:f})}>
            <p>${e.used?n("invitations.confirm_used"):n("invitations.confirm")}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${d} onClick=${g} aria-disabled=${s?"true":void 0}>
                ${s?n("invitations.withdrawing"):n("invitations.confirm_yes")}
              </button>
              <button type="button" class="small" onClick=${()=>r(!1)}>${n("common.cancel")}</button>
            </div>
          </div>`:l`<div class="actions row-actions">
            ${m==="open"&&e.url&&l`<${Pl} inv=${e} what=${f} />`}
            <button type="button" class="small danger" ref=${h} onClick=${()=>r(!0)} aria-label=${n("invitations.withdraw_named",{what:f})}>
              ${n("invitations.withdraw")}
            </button>
          </div>`}
    </td>
  </tr>`}function Kr(){let e=R.value?.time_zone,t=H(()=>P("/api/invitations")),o=H(()=>P("/api/organisations")),[i,a]=_(null),r=E(null),s=(o.data?.items||[]).slice().sort((p,f)=>ke(p.name,f.name)),c=new Map(s.map(p=>[p.id,p.name])),d=p=>p.organisation_id?c.get(p.organisation_id)||n("invitations.organisation_removed"):"",h=p=>{t.set(f=>({items:[p,...f?.items||[]]})),a(p),T(n("invitations.created"))},u=async p=>{try{await _e("/api/invitations/"+encodeURIComponent(p.id))}catch(f){if(f.status!==404)throw T(n(kt(f).general?.key||"error.internal"),{kind:"error"}),f}t.set(f=>({items:(f?.items||[]).filter(g=>g.id!==p.id)})),i&&i.id===p.id&&a(null),T(n("invitations.withdrawn")),r.current?.focus()},m=t.data?.items||[];return l`<${z} title=${n("invitations.title")} intro=${n("invitations.intro")} wide>
    ${o.error&&l`<${G} error=${o.error} retry=${o.reload} />`}
    ${o.data?l`<${Il} orgs=${s} onCreated=${h} />`:!o.error&&l`<${D} />`}
    ${i&&l`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${n("invitations.link_title")}</h2>
      <${Ho}
        id="new-link"
        label=${d(i)?n("invitations.link_label_org",{role:S("role",i.role),organisation:d(i)}):n("invitations.link_label",{role:S("role",i.role)})}
        hint=${n("link.hint_expires",{expires:I(i.expires_at,e)})}
        url=${i.url}
      />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${r}>
        ${t.data?n("invitations.list_title_count",{count:m.length}):n("invitations.list_title")}
      </h2>
      ${t.error&&l`<${G} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&l`<${D} />`}
      ${t.data&&m.length===0&&l`<p>${n("invitations.empty")}</p>`}
      ${m.length>0&&l`<div class="table-wrap">
        <table aria-labelledby="list-title">
          <thead>
            <tr>
              <th scope="col">${n("field.role")}</th>
              <th scope="col">${n("field.organisation_id")}</th>
              <th scope="col">${n("field.note")}</th>
              <th scope="col">${n("invitations.created_at")}</th>
              <th scope="col">${n("invitations.expires_at")}</th>
              <th scope="col">${n("invitations.state")}</th>
              <th scope="col">${n("invitations.actions")}</th>
            </tr>
          </thead>
          <tbody>
            ${m.map(p=>l`<${Ll} key=${p.id} inv=${p} orgName=${d(p)} zone=${e} onWithdraw=${u} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}function Qr({name:e,known:t}){let o=Le(e),i=R.value,a=o.members.value.find(r=>r.id!==i?.id)||t;return o.refused.value?l`<div class="notice notice-error" role="alert"><p>${n("talk.refused")}</p><p><a href="/">${n("nav.home")}</a></p></div>`:l`<div class="talk">
    <div class="talk-with card">
      ${a?l`<${j} id=${a.id} name=${a.name} photo=${a.photo_url} size="m" /> <p><span dir="auto"><strong>${a.name}</strong></span><br /><span class="muted">${o.members.value.some(r=>r.id===a.id)?n("talk.here"):n("talk.away")}</span></p>`:l`<p class="muted">${n("talk.waiting")}</p>`}
    </div>
    <div class="card"><${Ao} view=${o} id="talk-chat" /></div>
  </div>`}function ea({id:e}){let t=Ri.get(e)?.staff;return l`<${z} title=${n("talk.title")}><${Qr} key=${e} name=${"talk:"+e} known=${t} /><//>`}function ta({id:e}){return l`<${z} title=${n("meet.title")}><${Qr} key=${e} name=${"booking:"+e} /><//>`}var Nl=5*6e4;async function Rl(e){let t=await fetch("/api/bookings/"+encodeURIComponent(e.id)+"/event.ics",{headers:{Authorization:"Bearer "+He()},credentials:"same-origin"});if(!t.ok)throw new U(t.status,"internal",t.statusText);let o=await t.blob(),i=URL.createObjectURL(o),a=document.createElement("a");a.href=i,a.download="village-"+e.id+".ics",document.body.append(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4)}function Ml(){let e=H(()=>P("/api/me/calendar"),[]),[t,o]=_(null);async function i(){try{await navigator.clipboard.writeText(e.data.url),o(n("link.copied"))}catch{document.getElementById("feed-url")?.select(),o(n("link.copy_failed"))}}async function a(){if(confirm(n("schedule.rotate_confirm")))try{e.set(await se("/api/me/calendar/rotate")),o(n("schedule.rotated"))}catch{o(n("error.internal"))}}return l`<section class="card" aria-labelledby="feed-title">
    <h2 id="feed-title">${n("schedule.feed")}</h2>
    <p class="hint" id="feed-hint">${n("schedule.feed_hint")}</p>
    ${e.error?l`<${G} error=${e.error} retry=${e.reload} />`:l`<div class="field"><label for="feed-url">${n("schedule.feed_url")}</label>
          <div class="linkbox-row">
            <input id="feed-url" type="text" readonly value=${e.data?.url||""} dir="ltr" spellcheck=${!1} aria-describedby="feed-hint" />
            <button type="button" onClick=${i} disabled=${!e.data}>${n("link.copy")}</button>
          </div></div>`}
    <p><button type="button" onClick=${a} disabled=${!e.data}>${n("schedule.rotate")}</button></p>
    <p role="status">${t||""}</p>
  </section>`}function oa(){let e=R.value?.time_zone,t=H(()=>P("/api/bookings?limit=100"),[]),[o,i]=_(null),[a,r]=_(()=>Date.now());C(()=>{let h=setInterval(()=>r(Date.now()),3e4);return()=>clearInterval(h)},[]);async function s(h){try{await _e("/api/bookings/"+encodeURIComponent(h.id)),t.set(u=>({...u,items:u.items.filter(m=>m.id!==h.id)})),i(n("schedule.cancelled"))}catch{i(n("error.internal"))}}async function c(h){try{await Rl(h)}catch{i(n("error.internal"))}}let d=t.data?.items||[];return l`<${z} title=${n("schedule.title")}>
    <p class="muted">${n("booth.hours_zone",{zone:(e||Intl.DateTimeFormat().resolvedOptions().timeZone).replaceAll("_"," ")})}</p>
    ${t.error&&!t.data?l`<${G} error=${t.error} retry=${t.reload} />`:t.data?d.length===0?l`<p>${n("schedule.none")} <a href="/village">${n("nav.village")}</a></p>`:l`<ul class="bookings">
              ${d.map(h=>{let u=h.side==="booker"?h.staff:h.booker,m=a>=new Date(h.starts_at)-Nl&&a<new Date(h.ends_at);return l`<li key=${h.id} class="card booking">
                  <h2><a href=${"/booths/"+encodeURIComponent(h.booth_id)} dir="auto">${h.booth_title}</a></h2>
                  <p><strong>${I(h.starts_at,e,Ct)}</strong> · ${n("slots.minutes",{minutes:h.minutes})} · ${te(h.language)}</p>
                  <p>${n("schedule.with",{name:u.name})}</p>
                  <p class="booking-actions">
                    ${m&&l`<a class="button" href=${"/meet/"+encodeURIComponent(h.id)}>${n("schedule.join")}</a>`}
                    <button type="button" onClick=${()=>c(h)}>${n("schedule.ics")}</button>
                    <button type="button" onClick=${()=>s(h)}>${n("schedule.cancel")}</button>
                  </p>
                </li>`})}
            </ul>`:l`<${D} />`}
    <p role="status" class="schedule-status">${o||""}</p>
    <${Ml} />
    <${Zr} zone=${e} />
  <//>`}var zl=[{path:"/",page:mr,who:"in"},{path:"/signin",page:pr,who:"out"},{path:"/register",page:vr,who:"out"},{path:"/invite/:id",page:wr,who:"any"},{path:"/me",page:Tr,who:"in"},{path:"/people",page:Hr,who:"in"},{path:"/people/:id",page:Ir,who:"in"},{path:"/village",page:Mr,who:"in"},{path:"/booths/:id",page:Xr,who:"in"},{path:"/organisations",page:Jr,who:"in",role:"secretariat"},{path:"/invitations",page:Kr,who:"in",role:"secretariat"},{path:"/talk/:id",page:ea,who:"in"},{path:"/meet/:id",page:ta,who:"in"},{path:"/schedule",page:oa,who:"in"}];function Ol(e){for(let t of zl){let o=cr(t.path,e);if(o)return{route:t,params:o}}return{route:{page:Ei,who:"any"},params:{}}}function Ti(){let e=new URLSearchParams(le.value).get("next");return e&&e.startsWith("/")&&!e.startsWith("//")?e:"/"}function ia(){let e=Se.value,t=J.value,o=R.value,{route:i,params:a}=Ol(e),r=E(!0),s=E(!1);t==="in"&&(s.current=!0);let c=null;t==="out"&&i.who==="in"?c="/signin"+(e==="/"||s.current?"":"?next="+encodeURIComponent(e+le.value)):t==="in"&&i.who==="out"&&(c=Ti()),C(()=>{c&&$e(c,{replace:!0})},[c]),C(()=>{if(r.current){r.current=!1;return}requestAnimationFrame(()=>document.querySelector("main h1")?.focus())},[e]);let d;return t==="loading"||c?d=l`<${D} />`:i.role&&o&&o.role!==i.role?d=l`<${Ei} />`:d=l`<${i.page} ...${a} />`,l`<${hr} />
    <main id="main" tabindex="-1">${d}</main>
    <footer class="site-footer"><div class="frame"><p>${n("footer.text")}</p></div></footer>
    <${fr} />`}async function Dl(){await Promise.allSettled([Ze(Qt()),Zn()]);let e=R.peek();if(e&&!Jt()){Kt(e.languages||[]);let o=Qt(e.languages||[]);o!==q.peek()&&await Ze(o).catch(()=>{})}he(()=>{let o=R.value;o&&!Jt()?(Kt(o.languages||[]),Ze(Qt(o.languages||[]))):!o&&Je.peek()==="user"&&Kt([])}),he(()=>{let o=Je.value;o==="expired"||o==="gone"?Ce(()=>T(n("error.unauthenticated"),{kind:"error",timeout:0})):o==="unreachable"&&Ce(()=>T(n("error.session_unreachable"),{kind:"error",timeout:0}))}),lr(o=>{let i=o?.from?.name||"",a="toast.direct."+o.kind,r=n(a,{name:i});T(r===a?n("toast.direct",{name:i}):r)});let t=document.getElementById("app");t.textContent="",Do(l`<${ia} />`,t)}Dl();
