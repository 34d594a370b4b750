var H,Ni,To,we,So,Tt,Li,St,Ri,Co,Eo,Lr,rt=Symbol.for("pv"),Ct={},At=[],Rr=/^m(i|n|o|s|text|space)$/,Ao=Array.isArray,Ho=At.slice,He=Object.assign;function Ae(e){e&&e.parentNode&&e.remove()}function at(e,t,o){var i,a,n,s={},l=arguments.length;for(n in t)n=="key"?i=t[n]:n=="ref"&&typeof e!="function"?a=t[n]:s[n]=t[n];return l>2&&(s.children=l>3?Ho.call(arguments,2):o),nt(e,s,i,a,null)}function nt(e,t,o,i,a){var n={type:e,props:t,key:o,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:rt,__v:a||++Ni,__i:-1,__u:0};return!a&&H.vnode&&H.vnode(n),n}function Pe(e){return e.children}function Ie(e,t){this.props=e,this.context=t,this.__g=0}function ke(e,t){if(t==null)return e.__&&ke(e.__,e.__i+1);for(var o;t<e.__k.length;t++)if((o=e.__k[t])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:ke(e)}function Mr(e){var t,o=e.__v,i=o.__e,a=[],n=[],s=e.__P;s&&((t=He({constructor:rt},o)).__v=o.__v+1,H.vnode&&H.vnode(t),Io(s,t,o,e.__n,s.namespaceURI,32&o.__u?[i]:null,a,i||ke(o),32&o.__u,n),t.__v=o.__v,t.__.__k[t.__i]=t,Ui(a,t,n),o.__=o.__e=null,t.__e!=i&&Mi(t))}function Mi(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Mi(e)}function Pi(e){(8&e.__g||(e.__g|=8,we.push(e),Tt++))&&So==H.debounceRendering||((So=H.debounceRendering)||queueMicrotask)(Oi)}function Oi(){try{for(var e,t=1;we.length;)we.length>t&&we.sort(Li),e=we.shift(),t=we.length,8&e.__g&&Mr(e)}finally{(Tt=we.length)&&(So||queueMicrotask)(Oi)}}function zi(e,t,o,i,a,n,s,l,u,f,d){var p,m,h,g,b,_,v=i.__k||At,$=t.length;for(u=Or(o,t,v,u,$),p=0;p<$;p++)(h=o.__k[p])!=null&&(m=~h.__i&&v[h.__i]||Ct,h.__i=p,_=Io(e,h,m,a,n,s,l,u,f,d),g=h.__e,(m.ref!=h.ref||8&m.__u)&&(m.ref&&Po(m.ref,null,h,m),h.ref&&d.push(h.ref,h.__c||g,h)),b=b||g,4&h.__u?(u=Di(h,u,e,!m.__v),m.__e&&(m.__e=null)):typeof h.type=="function"&&_!==void 0?u=_:g&&(u=g.nextSibling),h.__u&=-21);return o.__e=b,u}function Or(e,t,o,i,a){var n,s,l,u,f,d,p,m,h,g=o.length,b=g,_=0,v=0,$=e.__k=Array(a);for(n=0;n<a;n++)(s=t[n])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=$[n]=nt(null,s):Ao(s)?s=$[n]=nt(Pe,{children:s}):s.constructor===rt&&s.__b?s=$[n]=nt(s.type,s.props,s.key,s.ref,s.__v):$[n]=s,u=n+_,s.__=e,s.__b=e.__b+1,l=null,~(f=s.__i=zr(s,o,u,b))&&(b--,(l=o[f])&&(l.__u|=2)),l&&l.__v?(s.__u|=16,f==u-1?_--:f==u+1?_++:f!=u&&(f>u?_--:_++,v=1)):(~f||(a>g?_--:a<g&&_++),typeof s.type!="function"&&(s.__u|=4))):$[n]=null;if(v){for(d=[],p=[],n=0;n<a;n++)if((s=$[n])&&16&s.__u){for(_=0,m=d.length;_<m;)d[h=_+m>>1]<s.__i?_=h+1:m=h;d[_]=s.__i,p[n]=_+1}for(_=d.length;n--;)p[n]&&(p[n]==_?_--:$[n].__u|=4)}if(b)for(n=0;n<g;n++)!(l=o[n])||2&l.__u||(l.__e==i&&(i=ke(l)),Bo(l,l));return i}function Di(e,t,o,i){var a,n,s,l;if(typeof e.type=="function"){if(e.props.__P)return t;if(a=e.__k)for(n=0;n<a.length;n++)a[n]&&(a[n].__=e,t=Di(a[n],t,o,!1));return t}for(t&&!t.parentNode&&(t=ke(e))&&!t.parentNode&&(t=null),s=e.__e,l=t;l&&l.nodeType==8;)l=l.nextSibling;for(s!=l&&(!i&&o.moveBefore&&s.parentNode?o.moveBefore(s,t):o.insertBefore(s,t||null)),t=s;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function zr(e,t,o,i){var a,n=e.key,s=e.type,l=t[o],u=l&&!(2&l.__u);if(l===null&&n==null||u&&n==l.key&&s==l.type)return o;if(i>(u?1:0)){for(a=o-1;a>=0;a--)if((l=t[a])&&!(2&l.__u)&&n==l.key&&s==l.type)return a;for(a=o+1;a<t.length;a++)if((l=t[a])&&!(2&l.__u)&&n==l.key&&s==l.type)return a}return-1}function Bi(e,t,o){o==null&&(o=""),t[0]=="-"?e.setProperty(t,o):e[t]=o}function xt(e,t,o,i,a){var n,s;if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)o&&t in o||Bi(e.style,t);if(o)for(t in o)i&&o[t]==i[t]||Bi(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")typeof o!="function"&&(o=null),typeof i!="function"&&(i=null),(e.__e||(e.__e={}))[t]=o,o&&i||(s=Eo[t]||(Eo[t]=Dr(t)),(e.__a||(e.__a={}))[t]=Co,n=t!=(t=t.replace(Ri,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),o?e.addEventListener(t,s,n):e.removeEventListener(t,s,n));else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o)}}function Dr(e){return function(t){var o=this.__e;if(o){if(o=o[e],t[St]==null)t[St]=Co++;else if(t[St]<this.__a[e])return;return o(H.event?H.event(t):t)}}}function Io(e,t,o,i,a,n,s,l,u,f){var d,p,m,h,g,b,_,v,$,C,A,J,Me,me,se,kt,y,Q,K=t.type;if(t.constructor!==rt)return null;128&o.__u&&(u=32&o.__u,d=o.__c.__z)&&(t.__u|=u,p=n=[],d.nodeType==8?l=Et(d,n):n.push(d),l=n[0]||l),(d=H.__b)&&d(t);e:if(typeof K=="function"){m=s.length;try{if(v=t.props,$=(d=K.prototype)&&d.render,C=(d=K.contextType)&&i[d.__c],A=d?C?C.props.value:d.__:i,(h=o.__c)?(t.__c=h,2&h.__g&&(h.__g|=1)):($?t.__c=h=new K(v,A):(t.__c=h=new Ie(v,A),h.constructor=K,h.render=Ur),C&&C.sub(h),h.state||(h.state={}),h.__n=i,h.__g|=8,h.__h=[],h.__k=[]),$&&(h.__s||(h.__s=h.state),K.getDerivedStateFromProps&&(h.__s==h.state&&(h.__s=He({},h.__s)),He(h.__s,K.getDerivedStateFromProps(v,h.__s)))),g=h.props,b=h.state,h.__v=t,o.__c){if(v!==g&&$&&!K.getDerivedStateFromProps&&h.componentWillReceiveProps&&h.componentWillReceiveProps(v,A),t.__v==o.__v&&!(8&h.__g)||!(4&h.__g)&&h.shouldComponentUpdate&&h.shouldComponentUpdate(v,h.__s,A)===!1){t.__v!=o.__v&&(h.props=v,h.state=h.__s,h.__g&=-9),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(ie){ie&&(ie.__=t)}),At.push.apply(h.__h,h.__k),h.__k=[],h.__h.length&&s.push(h),l=ke(o);break e}h.componentWillUpdate&&h.componentWillUpdate(v,h.__s,A),$&&h.componentDidUpdate&&h.__h.push(function(){h.componentDidUpdate(g,b,_)})}else $&&!K.getDerivedStateFromProps&&h.componentWillMount&&h.componentWillMount(),$&&h.componentDidMount&&h.__h.push(h.componentDidMount);h.context=A,h.props=v,h.__P=e,h.__g&=-5,J=H.__r,Me=$?25:0;do h.__g&=-9,J&&J(t),d=h.render(h.props,h.state=h.__s,h.context);while(8&h.__g&&++Me<25);$&&(At.push.apply(h.__h,h.__k),h.__k=[]),h.state=h.__s,h.getChildContext&&(i=He({},i,h.getChildContext())),$&&o.__c&&h.getSnapshotBeforeUpdate&&(_=h.getSnapshotBeforeUpdate(g,b)),me=d&&d.type===Pe&&d.key==null?d.props.children:d,v.__P&&(d=l,a=(e=v.__P).namespaceURI,u=n=null,o.props&&o.props.__P!=e&&(o.__k.some(function(ie){ie&&Bo(ie,ie)}),o.__k=null),l=o.__k?ke(o,0):null),l=zi(e,Ao(me)?me:[me],t,o,i,a,n,s,l,u,f),v.__P&&(t.__e=null,l=d),t.__u&=-161,p&&p.some(Ae),h.__h.length&&s.push(h),1&h.__g&&(h.__g&=-4)}catch(ie){if(s.length=m,t.__v=null,u||n)if(ie&&ie.then){if(t.__u|=128|u,n){for(~(y=n.indexOf(l||void 0))||(y=n.length);(Q=n[y-1])&&Q.nodeType==8;)y--;for(;y<n.length;y++)if(Q=n[y])if(n[y]=null,se){if(Q==kt)break}else{if(Q.nodeType!=8)break;Q.data.startsWith("$s")&&(kt=Et(se=Q))}}if(!se){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;se=l}(d=Et(se=t.__c.__z||(t.__c.__z=se)))?(t.__e=se,l=d):t.__e=l,l=l&&l.nextSibling}else n&&n.some(Ae);else t.__e=o.__e;t.__k||(t.__k=o.__k||[]),ie&&ie.then||Fi(t),H.__e(ie,t,o)}}else l=t.__e=Fr(o.__e,t,o,i,a,n,s,u,f,e);return(d=H.diffed)&&d(t),l}function Et(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}t&&t.push(e)}}function Fi(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Fi))}function Ui(e,t,o){for(var i=0;i<o.length;)Po(o[i++],o[i++],o[i++]);H.__c&&H.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(n){n.call(a)})}catch(n){H.__e(n,a.__v)}})}function Fr(e,t,o,i,a,n,s,l,u,f){var d,p,m,h,g,b,_,v,$=o.props||Ct,C=t.props,A=t.type;if(A=="svg"?a="http://www.w3.org/2000/svg":A=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),n){for(d=0;d<n.length;d++)if((g=n[d])&&(A?g.localName==A:g.nodeType==3)){e=g,n[d]=null;break}}if(!e){if(v=f.ownerDocument||document,!A)return v.createTextNode(C);e=v.createElementNS(a,A,C.is?C:f),l&&(H.__m&&H.__m(t,n),l=!1),n=null}if(A){if(f=A=="template"&&e.content||e,n=A=="textarea"&&C.defaultValue!=null?null:n&&Ho.call(f.childNodes),!l&&n)for($={},d=0;d<e.attributes.length;d++)$[(g=e.attributes[d]).name]=g.value;for(d in $)g=$[d],d=="dangerouslySetInnerHTML"?m=g:d=="children"||d in C||d=="value"&&"defaultValue"in C||d=="checked"&&"defaultChecked"in C||xt(e,d,null,g,a);for(d in C)g=C[d],d=="children"?h=g:d=="dangerouslySetInnerHTML"?p=g:d=="value"?b=g:d=="checked"?_=g:l&&typeof g!="function"||$[d]===g||xt(e,d,g,$[d],a);p?(l||m&&(p.__html==m.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),t.__k=[]):(m&&(e.textContent=""),(A=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Rr.test(A))&&(a="http://www.w3.org/1999/xhtml"),zi(f,Ao(h)?h:[h],t,o,i,a,n,s,n?n[0]:o.__k&&ke(o,0),l,u),n&&n.some(Ae)),l&&A!="textarea"||(d="value",A=="progress"&&b==null?e.removeAttribute(d):b==null||b===e[d]&&(A!="progress"||b)||xt(e,d,b,$[d],a),d="checked",_!=null&&_!=e[d]&&xt(e,d,_,$[d],a))}else $===C||l&&e.data==C||(e.data=C);return e}function Po(e,t,o,i){try{typeof e=="function"?t?t.__x=e(t)||1:i&&(i=i.__c||i.__e)&&(t=i.__x)&&(i.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(a){H.__e(a,o)}}function Bo(e,t,o){var i,a,n,s;if(H.unmount&&H.unmount(e),!(i=e.ref)||i.current&&i.current!=e.__e||Po(i,null,t,e),i=e.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(l){H.__e(l,t)}i.__P=i.__n=null}if(i=e.__k)for(s=0;s<i.length;s++)i[s]&&Bo(i[s],t,typeof e.type!="function"||o&&!e.props.__P);!o&&(i=e.__c)&&(i=i.__z)&&(a=Et(i,n=[]))&&(i==e.__e&&n.some(Ae),Ae(a),Ae(i)),o||Ae(e.__e),e.__e=e.__c=e.__=null}function Ur(e,t,o){return this.constructor(e,o)}function No(e,t){var o,i,a,n;H.__&&H.__(e,t),t.nodeType==9&&(t=t.documentElement),i=(o=e&&32&e.__u)?null:t.__k,t.__k=nt(Pe,{children:[e]}),a=[],n=[],Io(t,t.__k,i||Ct,Ct,t.namespaceURI,i?null:t.firstChild?Ho.call(t.childNodes):null,a,i?i.__e:t.firstChild,o,n),Ui(a,t.__k,n),t.__k.props.children=null}H={__e:function(e,t,o,i){for(var a,n,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(n=a.constructor)&&n.getDerivedStateFromError)&&a.setState(n.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,i||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(l){e=l}}throw Tt=0,e}},Ni=0,To=function(e){return e!=null&&e.constructor===rt},Ie.prototype.setState=function(e,t){var o=this.__s;o&&o!=this.state||(o=this.__s=He({},this.state)),typeof e=="function"&&(e=e(He({},o),this.props)),e&&(He(o,e),this.__v&&(t&&this.__k.push(t),Pi(this)))},Ie.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Pi(this))},Ie.prototype.render=Pe,we=[],Tt=0,Li=function(e,t){return e.__v.__b-t.__v.__b},St=Symbol(),Ri=/(PointerCapture)$|Capture$/i,Co=0,Eo={},Lr=0;var qi=function(e,t,o,i){var a;t[0]=0;for(var n=1;n<t.length;n++){var s=t[n++],l=t[n]?(t[0]|=s?1:2,o[t[n++]]):t[++n];s===3?i[0]=l:s===4?i[1]=Object.assign(i[1]||{},l):s===5?(i[1]=i[1]||{})[t[++n]]=l:s===6?i[1][t[++n]]+=l+"":s?(a=e.apply(l,qi(e,l,o,["",null])),i.push(a),l[0]?t[0]|=2:(t[n-2]=0,t[n]=a)):i.push(l)}return i},Gi=new Map;function Vi(e){var t=Gi.get(this);return t||(t=new Map,Gi.set(this,t)),(t=qi(this,t.get(e)||(t.set(e,t=(function(o){for(var i,a,n=1,s="",l="",u=[0],f=function(m){n===1&&(m||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,m,s):n===3&&(m||s)?(u.push(3,m,s),n=2):n===2&&s==="..."&&m?u.push(4,m,0):n===2&&s&&!m?u.push(5,0,!0,s):n>=5&&((s||!m&&n===5)&&(u.push(n,0,s,a),n=6),m&&(u.push(n,m,0,a),n=6)),s=""},d=0;d<o.length;d++){d&&(n===1&&f(),f(d));for(var p=0;p<o[d].length;p++)i=o[d][p],n===1?i==="<"?(f(),u=[u],n=3):s+=i:n===4?s==="--"&&i===">"?(n=1,s=""):s=i+s[0]:l?i===l?l="":s+=i:i==='"'||i==="'"?l=i:i===">"?(f(),n=1):n&&(i==="="?(n=5,a=s,s=""):i==="/"&&(n<5||o[d][p+1]===">")?(f(),n===3&&(u=u[0]),n=u,(u=u[0]).push(2,0,n),n=0):i===" "||i==="	"||i===`
`||i==="\r"?(f(),n=2):s+=i),n===3&&s==="!--"&&(n=4,u=u[0])}return f(),u})(e)),t),arguments,[])).length>1?t:t[0]}var c=Vi.bind(at);var lt,q,Lo,ji,Ro=Object.is,Ht=0,tn=[],Mo=[],G=H,Wi=G.__b,Zi=G.__r,Yi=G.diffed,Xi=G.__c,Ji=G.unmount,Qi=G.__;function zo(e,t){G.__h&&G.__h(q,e,Ht||t),Ht=0;var o=q.__H||(q.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function w(e){return Ht=1,Gr(nn,e)}function Gr(e,t,o){var i=zo(lt++,2);if(i.t=e,!i.__c&&(i.__=[o?o(t):nn(void 0,t),function(n){var s=(i.__N||i.__)[0],l=i.t(s,n);Ro(s,l)||(i.__N=[l,i.__[1]],i.__c.setState({}))}],i.__c=q,!q.__f)){q.__f=!0;var a=q.shouldComponentUpdate;q.shouldComponentUpdate=function(n,s,l){var u=this.__H;if(!u)return!0;var f=!1,d=this.props!=n;if(u.__.some(function(m){m.__N&&(f=!0,Ro(m.__[0],m.__N[0])||(d=!0))}),a){var p=a.call(this,n,s,l);return f?p||d:p}return!f||d}}return i.__}function E(e,t){var o=zo(lt++,3);!G.__s&&on(o.__H,t)&&(o.__P=!0,o.__=e,o.u=t,q.__H.__h.push(o))}function S(e){return Ht=5,It(function(){return{current:e}},[])}function It(e,t){var o=zo(lt++,7);return on(o.__H,t)&&(o.__=e(),o.__H=t),o.__}function qr(){var e;do{for(;e=Mo.shift();)try{st(e)}catch(o){G.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=tn.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(st),t.__h.some(Oo),t.__h=[]}catch(o){t.__h=[],G.__e(o,e.__v)}}}while(Mo.length)}G.__b=function(e){q=null,Wi&&Wi(e)},G.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Qi&&Qi(e,t)},G.__r=function(e){Zi&&Zi(e),lt=0;var t=(q=e.__c).__H;t&&(Lo==q?q.__h=[]:(t.__h.some(st),t.__h.some(Oo),lt=0),t.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),Lo=q},G.diffed=function(e){Yi&&Yi(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&en(tn.push(t)),t.__H.__.some(function(o){o.u&&(o.__H=o.u)})),Lo=q=null},G.__c=function(e,t){t.some(function(o){try{o.__h.some(st),o.__h=o.__h.filter(function(i){return!i.__||Oo(i)})}catch(i){o.__h=[function(){throw i}]}}),Xi&&Xi(e,t)},G.unmount=function(e){Ji&&Ji(e);var t,o,i=e.__c;i&&i.__H&&(i.__H.__.some(function(a){try{if(a.__P&&a.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}a.__P=o,en(Mo.push(a))}else st(a)}catch(n){t=n}}),i.__H=void 0,t&&G.__e(t,i.__v))};var Ki=typeof requestAnimationFrame=="function";function Vr(e){var t,o=function(){clearTimeout(i),Ki&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(o,35);Ki&&(t=requestAnimationFrame(o))}function en(e){e!=1&&ji==G.requestAnimationFrame||((ji=G.requestAnimationFrame)||Vr)(qr)}function st(e){var t=q,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),q=t}function Oo(e){var t=q;e.__c=e.__(),q=t}function on(e,t){return!e||e.length!=t.length||t.some(function(o,i){return!Ro(o,e[i])})}function nn(e,t){return typeof t=="function"?t(e):t}var jr=Symbol.for("preact-signals");function Lt(){if(ge>1)ge--;else{var e,t=!1;for((function(){var a=Bt;for(Bt=void 0;a!==void 0;){var n=a.S;if(n.v===a.v)for(var s=n.t;s!==void 0;s=s.x)s.i===a.i&&(s.i=n.i);a=a.o}})();ut!==void 0;){var o=ut;for(ut=void 0,Pt++;o!==void 0;){var i=o.u;if(o.u=void 0,o.f&=-3,!(8&o.f)&&an(o))try{o.c()}catch(a){t||(e=a,t=!0)}o=i}}if(Pt=0,ge--,t)throw e}}function Fo(e){if(ge>0)return e();Do=++Wr,ge++;try{return e()}finally{Lt()}}var ct,R=void 0;function xe(e){var t=R,o=ct;R=void 0,ct=void 0;try{return e()}finally{R=t,ct=o}}var ut=void 0,ge=0,Pt=0,Wr=0,Do=0,Bt=void 0,Nt=0;function rn(e){if(R!==void 0){var t=e.n;if(t===void 0||t.t!==R)return t={i:0,S:e,p:R.s,n:void 0,t:R,e:void 0,x:void 0,r:t},R.s!==void 0&&(R.s.n=t),R.s=t,e.n=t,32&R.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=R.s,t.n=void 0,R.s.n=t,R.s=t),t}}function V(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}V.prototype.brand=jr;V.prototype.h=function(){return!0};V.prototype.S=function(e){var t=this,o=this.t;o!==e&&e.e===void 0&&(e.x=o,this.t=e,o!==void 0?o.e=e:xe(function(){var i;(i=t.W)==null||i.call(t)}))};V.prototype.U=function(e){var t=this;if(this.t!==void 0){var o=e.e,i=e.x;o!==void 0&&(o.x=i,e.e=void 0),i!==void 0&&(i.e=o,e.x=void 0),e===this.t&&(this.t=i,i===void 0&&xe(function(){var a;(a=t.Z)==null||a.call(t)}))}};V.prototype.subscribe=function(e){var t=this;return le(function(){var o=t.value;xe(function(){return e(o)})},{name:"sub"})};V.prototype.valueOf=function(){return this.value};V.prototype.toString=function(){return this.value+""};V.prototype.toJSON=function(){return this.value};V.prototype.peek=function(){var e=this;return xe(function(){return e.value})};Object.defineProperty(V.prototype,"value",{get:function(){var e=rn(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(Pt>100)throw new Error("Cycle detected");(function(o){ge!==0&&Pt===0&&o.l!==Do&&(o.l=Do,Bt={S:o,v:o.v,i:o.i,o:Bt})})(this),this.v=e,this.i++,Nt++,ge++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Lt()}}}});function N(e,t){return new V(e,t)}function an(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function sn(e){for(var t=e.s;t!==void 0;t=t.n){var o=t.S.n;if(o!==void 0&&(t.r=o),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function ln(e){for(var t=e.s,o=void 0;t!==void 0;){var i=t.p;t.i===-1?(t.S.U(t),i!==void 0&&(i.n=t.n),t.n!==void 0&&(t.n.p=i)):o=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=i}e.s=o}function Be(e,t){V.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Nt-1,this.f=4}Be.prototype=new V;Be.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Nt))return!0;if(this.g=Nt,this.f|=1,this.i>0&&!an(this))return this.f&=-2,!0;var e=R;try{sn(this),R=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(o){this.v=o,this.f|=16,this.i++}return R=e,ln(this),this.f&=-2,!0};Be.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}V.prototype.S.call(this,e)};Be.prototype.U=function(e){if(this.t!==void 0&&(V.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};Be.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(Be.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=rn(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function Oe(e,t){return new Be(e,t)}function cn(e){var t=e.j;if(e.j=void 0,typeof t=="function"){ge++;var o=R;R=void 0;try{t()}catch(i){throw e.f&=-2,e.f|=8,Uo(e),i}finally{R=o,Lt()}}}function Uo(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,cn(e)}function Zr(e){if(R!==this)throw new Error("Out-of-order effect");ln(this),R=e,this.f&=-2;try{8&this.f&&Uo(this)}finally{Lt()}}function ze(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,ct&&ct.push(this)}ze.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};ze.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,cn(this),sn(this),ge++;var e=R;return R=this,Zr.bind(this,e)};ze.prototype.N=function(){2&this.f||(this.f|=2,this.u=ut,ut=this)};ze.prototype.d=function(){this.f|=8,1&this.f||Uo(this)};ze.prototype.dispose=function(){this.d()};function le(e,t){var o=new ze(e,t);try{o.c()}catch(a){throw o.d(),a}var i=o.d.bind(o);return i[Symbol.dispose]=i,i}var un,Mt,Rt,Yr=typeof window<"u"&&!!window.__PREACT_SIGNALS_DEVTOOLS__;var dn=[];le(function(){un=this.N})();function De(e,t){H[e]=t.bind(null,H[e]||function(){})}function dt(e){if(Rt){var t=Rt;Rt=void 0,t()}Rt=e&&e.S()}function hn(e){var t=this,o=e.data,i=Jr(o);i.name="ReactiveDom",i.value=o;var a=It(function(){for(var l=t,u=t.__v;u=u.__;)if(u.__c){u.__c.__$f|=4;break}var f=Oe(function(){var h=i.value.value;return h===0?0:h===!0?"":h||""}),d=Oe(function(){return!Array.isArray(f.value)&&!To(f.value)}),p=le(function(){if(this.N=fn,d.value){var h=f.value;l.__v&&l.__v.__e&&l.__v.__e.nodeType===3&&(l.__v.__e.data=h)}}),m=t.__$u.d;return t.__$u.d=function(){p(),m.call(this)},[d,f]},[]),n=a[0],s=a[1];return n.value?s.peek():s.value}hn.displayName="ReactiveTextNode";Object.defineProperties(V.prototype,{constructor:{configurable:!0,value:at(Pe,null).constructor},type:{configurable:!0,value:hn},props:{configurable:!0,get:function(){var e=this;return{data:{get value(){return e.value}}}}},__b:{configurable:!0,value:1}});De("__b",function(e,t){if(dt(),Mt=void 0,typeof t.type=="string"){var o,i=t.props;for(var a in i)if(a!=="children"){var n=i[a];n instanceof V&&(o||(t.__np=o={}),o[a]=n,i[a]=n.peek())}}e(t)});De("__r",function(e,t){if(e(t),t.type!==Pe){dt();var o,i=t.__c;i&&(i.__$f&=-2,(o=i.__$u)===void 0&&(i.__$u=o=(function(a,n){var s;return le(function(){s=this},{name:n}),s.c=a,s})((function(a){return function(){var n;Yr&&((n=this.y)==null||n.call(this)),a.__$f|=1,a.setState({})}})(i),typeof t.type=="function"?t.type.displayName||t.type.name:""))),Mt=i,dt(o)}});De("__e",function(e,t,o,i){dt(),Mt=void 0,e(t,o,i)});De("diffed",function(e,t){dt(),Mt=void 0;var o;if(typeof t.type=="string"&&(o=t.__e)){var i=t.__np,a=t.props,n=o.U;if(n)for(var s in n){var l=n[s];l===void 0||i&&s in i||(l.d(),n[s]=void 0)}if(i){n||(n={},o.U=n);for(var u in i){var f=n[u],d=i[u];f===void 0?(f=Xr(o,u,d,a),n[u]=f):f.o(d,a)}}}e(t)});function Xr(e,t,o,i){var a=t in e&&e.ownerSVGElement===void 0,n=N(o);return{o:function(s,l){n.value=s,i=l},d:le(function(){this.N=fn;var s=n.value.value;i[t]!==s&&(i[t]=s,a?e[t]=s:s!=null&&(s!==!1||t[4]==="-")?e.setAttribute(t,s):e.removeAttribute(t))})}}De("unmount",function(e,t){if(typeof t.type=="string"){var o=t.__e;if(o){var i=o.U;if(i){o.U=void 0;for(var a in i){var n=i[a];n&&n.d()}}}var s=t.__np;if(s){var l=t.props;for(var u in s)l[u]=s[u]}t.__np=void 0}else{var f=t.__c;if(f){f.__$f|=8;var d=f.__$u;d&&(f.__$u=void 0,d.d())}}e(t)});De("__h",function(e,t,o,i){i<3&&(t.__$f|=2),e(t,o,i)});Ie.prototype.shouldComponentUpdate=function(e,t){if(this.__R)return!0;var o=this.__$u,i=o&&o.s!==void 0;for(var a in t)return!0;if(this.__f||typeof this.u=="boolean"&&this.u===!0){var n=2&this.__$f;if(!(i||n||4&this.__$f)||1&this.__$f)return!0}else if(!(i||4&this.__$f)||3&this.__$f)return!0;for(var s in e)if(s!=="__source"&&e[s]!==this.props[s])return!0;for(var l in this.props)if(!(l in e))return!0;return!1};function Jr(e,t){return It(function(){return N(e,t)},[])}var Qr=function(e){queueMicrotask(function(){queueMicrotask(e)})};function Kr(){Fo(function(){for(var e;e=dn.shift();)un.call(e)})}function fn(){dn.push(this)===1&&(H.requestAnimationFrame||Qr)(Kr)}function Ot(e,t){let o=t&&t.cache?t.cache:aa,i=t&&t.serializer?t.serializer:na;return(t&&t.strategy?t.strategy:ta)(e,{cache:o,serializer:i})}function ea(e){return e==null||typeof e=="number"||typeof e=="boolean"}function pn(e,t,o,i){let a=ea(i)?i:o(i),n=t.get(a);return typeof n>"u"&&(n=e.call(this,i),t.set(a,n)),n}function mn(e,t,o){let i=Array.prototype.slice.call(arguments,3),a=o(i),n=t.get(a);return typeof n>"u"&&(n=e.apply(this,i),t.set(a,n)),n}function Go(e,t,o,i,a){return o.bind(t,e,i,a)}function ta(e,t){let o=e.length===1?pn:mn;return Go(e,this,o,t.cache.create(),t.serializer)}function oa(e,t){return Go(e,this,mn,t.cache.create(),t.serializer)}function ia(e,t){return Go(e,this,pn,t.cache.create(),t.serializer)}var na=function(){return JSON.stringify(arguments)},ra=class{constructor(){this.cache=Object.create(null)}get(e){return this.cache[e]}set(e,t){this.cache[e]=t}},aa={create:function(){return new ra}},zt={variadic:oa,monadic:ia};var sa=/(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;function vn(e){let t={};return e.replace(sa,o=>{let i=o.length;switch(o[0]){case"G":t.era=i===4?"long":i===5?"narrow":"short";break;case"y":t.year=i===2?"2-digit":"numeric";break;case"Y":case"u":case"U":case"r":throw new RangeError("`Y/u/U/r` (year) patterns are not supported, use `y` instead");case"q":case"Q":throw new RangeError("`q/Q` (quarter) patterns are not supported");case"M":case"L":t.month=["numeric","2-digit","short","long","narrow"][i-1];break;case"w":case"W":throw new RangeError("`w/W` (week) patterns are not supported");case"d":t.day=["numeric","2-digit"][i-1];break;case"D":case"F":case"g":throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");case"E":t.weekday=i===4?"long":i===5?"narrow":"short";break;case"e":if(i<4)throw new RangeError("`e..eee` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][i-3];break;case"c":if(i<4)throw new RangeError("`c..ccc` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][i-3];break;case"a":t.hour12=!0;break;case"b":case"B":throw new RangeError("`b/B` (period) patterns are not supported, use `a` instead");case"h":t.hourCycle="h12",t.hour=["numeric","2-digit"][i-1];break;case"H":t.hourCycle="h23",t.hour=["numeric","2-digit"][i-1];break;case"K":t.hourCycle="h11",t.hour=["numeric","2-digit"][i-1];break;case"k":t.hourCycle="h24",t.hour=["numeric","2-digit"][i-1];break;case"j":case"J":case"C":throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");case"m":t.minute=["numeric","2-digit"][i-1];break;case"s":t.second=["numeric","2-digit"][i-1];break;case"S":case"A":throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");case"z":t.timeZoneName=i<4?"short":"long";break;case"Z":case"O":case"v":case"V":case"X":case"x":throw new RangeError("`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead")}return""}),t}var la=/[\t-\r \x85\u200E\u200F\u2028\u2029]/i;function yn(e){if(e.length===0)throw new Error("Number skeleton cannot be empty");let t=e.split(la).filter(i=>i.length>0),o=[];for(let i of t){let a=i.split("/");if(a.length===0)throw new Error("Invalid number skeleton");let[n,...s]=a;for(let l of s)if(l.length===0)throw new Error("Invalid number skeleton");o.push({stem:n,options:s})}return o}function ca(e){return e.replace(/^(.*?)-/,"")}var gn=/^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g,$n=/^(@+)?(\+|#+)?[rs]?$/g,ua=/(\*)(0+)|(#+)(0+)|(0+)/g,wn=/^(0+)$/;function bn(e){let t={};return e[e.length-1]==="r"?t.roundingPriority="morePrecision":e[e.length-1]==="s"&&(t.roundingPriority="lessPrecision"),e.replace($n,function(o,i,a){return typeof a!="string"?(t.minimumSignificantDigits=i.length,t.maximumSignificantDigits=i.length):a==="+"?t.minimumSignificantDigits=i.length:i[0]==="#"?t.maximumSignificantDigits=i.length:(t.minimumSignificantDigits=i.length,t.maximumSignificantDigits=i.length+(typeof a=="string"?a.length:0)),""}),t}function kn(e){switch(e){case"sign-auto":return{signDisplay:"auto"};case"sign-accounting":case"()":return{currencySign:"accounting"};case"sign-always":case"+!":return{signDisplay:"always"};case"sign-accounting-always":case"()!":return{signDisplay:"always",currencySign:"accounting"};case"sign-except-zero":case"+?":return{signDisplay:"exceptZero"};case"sign-accounting-except-zero":case"()?":return{signDisplay:"exceptZero",currencySign:"accounting"};case"sign-never":case"+_":return{signDisplay:"never"}}}function da(e){let t;if(e[0]==="E"&&e[1]==="E"?(t={notation:"engineering"},e=e.slice(2)):e[0]==="E"&&(t={notation:"scientific"},e=e.slice(1)),t){let o=e.slice(0,2);if(o==="+!"?(t.signDisplay="always",e=e.slice(2)):o==="+?"&&(t.signDisplay="exceptZero",e=e.slice(2)),!wn.test(e))throw new Error("Malformed concise eng/scientific notation");t.minimumIntegerDigits=e.length}return t}function _n(e){let t={},o=kn(e);return o||t}function xn(e){let t={};for(let o of e){switch(o.stem){case"percent":case"%":t.style="percent";continue;case"%x100":t.style="percent",t.scale=100;continue;case"currency":t.style="currency",t.currency=o.options[0];continue;case"group-off":case",_":t.useGrouping=!1;continue;case"precision-integer":case".":t.maximumFractionDigits=0;continue;case"measure-unit":t.style="unit",t.unit=ca(o.options[0]);continue;case"unit":t.style="unit",t.unit=o.options[0];continue;case"compact-short":case"K":t.notation="compact",t.compactDisplay="short";continue;case"compact-long":case"KK":t.notation="compact",t.compactDisplay="long";continue;case"scientific":t={...t,notation:"scientific",...o.options.reduce((n,s)=>({...n,..._n(s)}),{})};continue;case"engineering":t={...t,notation:"engineering",...o.options.reduce((n,s)=>({...n,..._n(s)}),{})};continue;case"notation-simple":t.notation="standard";continue;case"unit-width-narrow":t.currencyDisplay="narrowSymbol",t.unitDisplay="narrow";continue;case"unit-width-short":t.currencyDisplay="code",t.unitDisplay="short";continue;case"unit-width-full-name":t.currencyDisplay="name",t.unitDisplay="long";continue;case"unit-width-iso-code":t.currencyDisplay="symbol";continue;case"scale":t.scale=parseFloat(o.options[0]);continue;case"rounding-mode-floor":t.roundingMode="floor";continue;case"rounding-mode-ceiling":t.roundingMode="ceil";continue;case"rounding-mode-down":t.roundingMode="trunc";continue;case"rounding-mode-up":t.roundingMode="expand";continue;case"rounding-mode-half-even":t.roundingMode="halfEven";continue;case"rounding-mode-half-down":t.roundingMode="halfTrunc";continue;case"rounding-mode-half-up":t.roundingMode="halfExpand";continue;case"integer-width":if(o.options.length>1)throw new RangeError("integer-width stems only accept a single optional option");o.options[0].replace(ua,function(n,s,l,u,f,d){if(s)t.minimumIntegerDigits=l.length;else{if(u&&f)throw new Error("We currently do not support maximum integer digits");if(d)throw new Error("We currently do not support exact integer digits")}return""});continue}if(wn.test(o.stem)){t.minimumIntegerDigits=o.stem.length;continue}if(gn.test(o.stem)){if(o.options.length>1)throw new RangeError("Fraction-precision stems only accept a single optional option");o.stem.replace(gn,function(s,l,u,f,d,p){return u==="*"?t.minimumFractionDigits=l.length:f&&f[0]==="#"?t.maximumFractionDigits=f.length:d&&p?(t.minimumFractionDigits=d.length,t.maximumFractionDigits=d.length+p.length):(t.minimumFractionDigits=l.length,t.maximumFractionDigits=l.length),""});let n=o.options[0];n==="w"?t={...t,trailingZeroDisplay:"stripIfInteger"}:n&&(t={...t,...bn(n)});continue}if($n.test(o.stem)){t={...t,...bn(o.stem)};continue}let i=kn(o.stem);i&&(t={...t,...i});let a=da(o.stem);a&&(t={...t,...a})}return t}var ha=(function(e){return e[e.EXPECT_ARGUMENT_CLOSING_BRACE=1]="EXPECT_ARGUMENT_CLOSING_BRACE",e[e.EMPTY_ARGUMENT=2]="EMPTY_ARGUMENT",e[e.MALFORMED_ARGUMENT=3]="MALFORMED_ARGUMENT",e[e.EXPECT_ARGUMENT_TYPE=4]="EXPECT_ARGUMENT_TYPE",e[e.INVALID_ARGUMENT_TYPE=5]="INVALID_ARGUMENT_TYPE",e[e.EXPECT_ARGUMENT_STYLE=6]="EXPECT_ARGUMENT_STYLE",e[e.INVALID_NUMBER_SKELETON=7]="INVALID_NUMBER_SKELETON",e[e.INVALID_DATE_TIME_SKELETON=8]="INVALID_DATE_TIME_SKELETON",e[e.EXPECT_NUMBER_SKELETON=9]="EXPECT_NUMBER_SKELETON",e[e.EXPECT_DATE_TIME_SKELETON=10]="EXPECT_DATE_TIME_SKELETON",e[e.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE=11]="UNCLOSED_QUOTE_IN_ARGUMENT_STYLE",e[e.EXPECT_SELECT_ARGUMENT_OPTIONS=12]="EXPECT_SELECT_ARGUMENT_OPTIONS",e[e.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE=13]="EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE=14]="INVALID_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR=15]="EXPECT_SELECT_ARGUMENT_SELECTOR",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR=16]="EXPECT_PLURAL_ARGUMENT_SELECTOR",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT=17]="EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT=18]="EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT",e[e.INVALID_PLURAL_ARGUMENT_SELECTOR=19]="INVALID_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_PLURAL_ARGUMENT_SELECTOR=20]="DUPLICATE_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_SELECT_ARGUMENT_SELECTOR=21]="DUPLICATE_SELECT_ARGUMENT_SELECTOR",e[e.MISSING_OTHER_CLAUSE=22]="MISSING_OTHER_CLAUSE",e[e.INVALID_TAG=23]="INVALID_TAG",e[e.INVALID_TAG_NAME=25]="INVALID_TAG_NAME",e[e.UNMATCHED_CLOSING_TAG=26]="UNMATCHED_CLOSING_TAG",e[e.UNCLOSED_TAG=27]="UNCLOSED_TAG",e})({});function jo(e){return e.type===0}function Tn(e){return e.type===1}function Wo(e){return e.type===2}function Zo(e){return e.type===3}function Yo(e){return e.type===4}function Xo(e){return e.type===5}function Jo(e){return e.type===6}function Cn(e){return e.type===7}function Qo(e){return e.type===8}function Ko(e){return!!(e&&typeof e=="object"&&e.type===0)}function Dt(e){return!!(e&&typeof e=="object"&&e.type===1)}var An=/[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/,fa=/([^\t-\r -\/:-@\[-\^`\{-~\x85\xA0-\xA7\xA9\xAB\xAC\xAE\xB0\xB1\xB6\xBB\xBF\xD7\xF7\u1680\u2000-\u200A\u2010-\u2029\u202F-\u203E\u2041-\u2053\u2055-\u205F\u2190-\u245F\u2500-\u2775\u2794-\u2BFF\u2E00-\u2E7F\u3000-\u3003\u3008-\u3020\u3030\uFD3E\uFD3F\uFE45\uFE46]*)/g,ht={"001":["H","h"],419:["h","H","hB","hb"],AC:["H","h","hb","hB"],AD:["H","hB"],AE:["h","hB","hb","H"],AF:["H","hb","hB","h"],AG:["h","hb","H","hB"],AI:["H","h","hb","hB"],AL:["h","H","hB"],AM:["H","hB"],AO:["H","hB"],AR:["H","h","hB","hb"],AS:["h","H"],AT:["H","hB"],AU:["h","hb","H","hB"],AW:["H","hB"],AX:["H"],AZ:["H","hB","h"],BA:["H","hB","h"],BB:["h","hb","H","hB"],BD:["h","hB","H"],BE:["H","hB"],BF:["H","hB"],BG:["H","hB","h"],BH:["h","hB","hb","H"],BI:["H","h"],BJ:["H","hB"],BL:["H","hB"],BM:["h","hb","H","hB"],BN:["hb","hB","h","H"],BO:["h","H","hB","hb"],BQ:["H"],BR:["H","hB"],BS:["h","hb","H","hB"],BT:["h","H"],BW:["H","h","hb","hB"],BY:["H","h"],BZ:["H","h","hb","hB"],CA:["h","hb","H","hB"],CC:["H","h","hb","hB"],CD:["hB","H"],CF:["H","h","hB"],CG:["H","hB"],CH:["H","hB","h"],CI:["H","hB"],CK:["H","h","hb","hB"],CL:["H","h","hB","hb"],CM:["H","h","hB"],CN:["H","hB","hb","h"],CO:["h","H","hB","hb"],CP:["H"],CR:["h","H","hB","hb"],CU:["h","H","hB","hb"],CV:["H","hB"],CW:["H","hB"],CX:["H","h","hb","hB"],CY:["h","H","hb","hB"],CZ:["H"],DE:["H","hB"],DG:["H","h","hb","hB"],DJ:["h","H"],DK:["H"],DM:["h","hb","H","hB"],DO:["h","H","hB","hb"],DZ:["h","hB","hb","H"],EA:["H","h","hB","hb"],EC:["h","H","hB","hb"],EE:["H","hB"],EG:["h","hB","hb","H"],EH:["h","hB","hb","H"],ER:["h","H"],ES:["H","hB","h","hb"],ET:["hB","hb","h","H"],FI:["H"],FJ:["h","hb","H","hB"],FK:["H","h","hb","hB"],FM:["h","hb","H","hB"],FO:["H","h"],FR:["H","hB"],GA:["H","hB"],GB:["H","h","hb","hB"],GD:["h","hb","H","hB"],GE:["H","hB","h"],GF:["H","hB"],GG:["H","h","hb","hB"],GH:["h","H"],GI:["H","h","hb","hB"],GL:["H","h"],GM:["h","hb","H","hB"],GN:["H","hB"],GP:["H","hB"],GQ:["H","hB","h","hb"],GR:["h","H","hb","hB"],GS:["H","h","hb","hB"],GT:["h","H","hB","hb"],GU:["h","hb","H","hB"],GW:["H","hB"],GY:["h","hb","H","hB"],HK:["h","hB","hb","H"],HN:["h","H","hB","hb"],HR:["H","hB"],HT:["H","hB"],HU:["H","h"],IC:["H","h","hB","hb"],ID:["H"],IE:["H","h","hb","hB"],IL:["H","hB"],IM:["H","h","hb","hB"],IN:["h","H"],IO:["H","h","hb","hB"],IQ:["h","hB","hb","H"],IR:["hB","H"],IS:["H"],IT:["H","hB"],JE:["H","h","hb","hB"],JM:["h","hb","H","hB"],JO:["h","hB","hb","H"],JP:["H","K","h"],KE:["hB","hb","H","h"],KG:["H","h","hB","hb"],KH:["hB","h","H","hb"],KI:["h","hb","H","hB"],KM:["H","h","hB","hb"],KN:["h","hb","H","hB"],KP:["h","H","hB","hb"],KR:["h","H","hB","hb"],KW:["h","hB","hb","H"],KY:["h","hb","H","hB"],KZ:["H","hB"],LA:["H","hb","hB","h"],LB:["h","hB","hb","H"],LC:["h","hb","H","hB"],LI:["H","hB","h"],LK:["H","h","hB","hb"],LR:["h","hb","H","hB"],LS:["h","H"],LT:["H","h","hb","hB"],LU:["H","h","hB"],LV:["H","hB","hb","h"],LY:["h","hB","hb","H"],MA:["H","h","hB","hb"],MC:["H","hB"],MD:["H","hB"],ME:["H","hB","h"],MF:["H","hB"],MG:["H","h"],MH:["h","hb","H","hB"],MK:["H","h","hb","hB"],ML:["H"],MM:["hB","hb","H","h"],MN:["H","h","hb","hB"],MO:["h","hB","hb","H"],MP:["h","hb","H","hB"],MQ:["H","hB"],MR:["h","hB","hb","H"],MS:["H","h","hb","hB"],MT:["H","h"],MU:["H","h"],MV:["H","h"],MW:["h","hb","H","hB"],MX:["h","H","hB","hb"],MY:["hb","hB","h","H"],MZ:["H","hB"],NA:["h","H","hB","hb"],NC:["H","hB"],NE:["H"],NF:["H","h","hb","hB"],NG:["H","h","hb","hB"],NI:["h","H","hB","hb"],NL:["H","hB"],NO:["H","h"],NP:["H","h","hB"],NR:["H","h","hb","hB"],NU:["H","h","hb","hB"],NZ:["h","hb","H","hB"],OM:["h","hB","hb","H"],PA:["h","H","hB","hb"],PE:["h","H","hB","hb"],PF:["H","h","hB"],PG:["h","H"],PH:["h","hB","hb","H"],PK:["h","hB","H"],PL:["H","h"],PM:["H","hB"],PN:["H","h","hb","hB"],PR:["h","H","hB","hb"],PS:["h","hB","hb","H"],PT:["H","hB"],PW:["h","H"],PY:["H","h","hB","hb"],QA:["h","hB","hb","H"],RE:["H","hB"],RO:["H","hB"],RS:["H","hB","h"],RU:["H"],RW:["hB","hb","H","h"],SA:["h","hB","hb","H"],SB:["h","hb","H","hB"],SC:["H","h","hB"],SD:["h","hB","hb","H"],SE:["H"],SG:["h","hb","H","hB"],SH:["H","h","hb","hB"],SI:["H","hB"],SJ:["H"],SK:["H"],SL:["h","hb","H","hB"],SM:["H","h","hB"],SN:["H","h","hB"],SO:["h","H"],SR:["H","hB"],SS:["h","hb","H","hB"],ST:["H","hB"],SV:["h","H","hB","hb"],SX:["H","h","hb","hB"],SY:["h","hB","hb","H"],SZ:["h","hb","H","hB"],TA:["H","h","hb","hB"],TC:["h","hb","H","hB"],TD:["h","H","hB"],TF:["H","h","hB"],TG:["H","hB"],TH:["H","h"],TJ:["H","h"],TL:["H","hB","hb","h"],TM:["H","h"],TN:["h","hB","hb","H"],TO:["h","H"],TR:["H","hB"],TT:["h","hb","H","hB"],TW:["hB","hb","h","H"],TZ:["hB","hb","H","h"],UA:["H","hB","h"],UG:["hB","hb","H","h"],UM:["h","hb","H","hB"],US:["h","hb","H","hB"],UY:["H","h","hB","hb"],UZ:["H","hB","h"],VA:["H","h","hB"],VC:["h","hb","H","hB"],VE:["h","H","hB","hb"],VG:["h","hb","H","hB"],VI:["h","hb","H","hB"],VN:["H","h"],VU:["h","H"],WF:["H","hB"],WS:["h","H"],XK:["H","hB","h"],YE:["h","hB","hb","H"],YT:["H","hB"],ZA:["H","h","hb","hB"],ZM:["H","hB"],ZW:["H","h"],"af-ZA":["H","h","hB","hb"],"ar-001":["h","hB","hb","H"],"ca-ES":["H","h","hB"],"en-001":["h","hb","H","hB"],"en-HK":["h","hb","H","hB"],"en-IL":["H","h","hb","hB"],"en-MY":["h","hb","H","hB"],"es-BR":["H","h","hB","hb"],"es-ES":["H","h","hB","hb"],"es-GQ":["H","h","hB","hb"],"fr-CA":["H","h","hB"],"gl-ES":["H","h","hB"],"gu-IN":["hB","hb","h","H"],"hi-IN":["hB","h","H"],"it-CH":["H","h","hB"],"it-IT":["H","h","hB"],"kn-IN":["hB","h","H"],"ku-SY":["H","hB"],"ml-IN":["hB","h","H"],"mr-IN":["hB","hb","h","H"],"pa-IN":["hB","hb","h","H"],"ta-IN":["hB","h","hb","H"],"te-IN":["hB","h","H"],"zu-ZA":["H","hB","hb","h"]};function pa(e,t){let o="";for(let i=0;i<e.length;i++){let a=e.charAt(i);if(a==="j"){let n=0;for(;i+1<e.length&&e.charAt(i+1)===a;)n++,i++;let s=1+(n&1),l=n<2?1:3+(n>>1),u="a",f=ma(t);for((f=="H"||f=="k")&&(l=0);l-- >0;)o+=u;for(;s-- >0;)o=f+o}else a==="J"?o+="H":o+=a}return o}function ma(e){let t=e.hourCycle;if(t===void 0){let a=e;t=a.getHourCycles?.()[0]??a.hourCycles?.[0]}if(t)switch(t){case"h24":return"k";case"h23":return"H";case"h12":return"h";case"h11":return"K";default:throw new Error("Invalid hourCycle")}let o=e.language,i;return o!=="root"&&(i=e.maximize().region),(ht[`${o}-${i}`]||ht[i||""]||ht[o||""]||ht[`${o}-001`]||ht["001"])[0].charAt(0)}var ga=new RegExp(`^${An.source}*`),ba=new RegExp(`${An.source}*$`);function T(e,t){return{start:e,end:t}}var _a=!!Object.fromEntries,va=!!String.prototype.trimStart,ya=!!String.prototype.trimEnd,Sn=_a?Object.fromEntries:function(t){let o={};for(let[i,a]of t)o[i]=a;return o},$a=va?function(t){return t.trimStart()}:function(t){return t.replace(ga,"")},wa=ya?function(t){return t.trimEnd()}:function(t){return t.replace(ba,"")},En=ka();function ka(){try{let e=new RegExp("([^\\p{White_Space}\\p{Pattern_Syntax}]*)","yu");if(e.exec("a ")?.[1]==="a")return e}catch{}return fa}function xa(e,t){return En.lastIndex=t,En.exec(e)[1]??""}function Sa(e){if(e.length===0)return null;let t=1,o=1;for(let i=0;i<e.length;){let a=e.charCodeAt(i);switch(a){case 35:case 39:case 60:case 123:case 125:return null}if(a===10)t++,o=1,i++;else if(o++,a>=55296&&a<=56319&&i+1<e.length){let n=e.charCodeAt(i+1);i+=n>=56320&&n<=57343?2:1}else i++}return{offset:e.length,line:t,column:o}}var Ea=class{constructor(e,t={}){this.message=e,this.position={offset:0,line:1,column:1},this.ignoreTag=!!t.ignoreTag,this.locale=t.locale,this.requiresOtherClause=!!t.requiresOtherClause,this.shouldParseSkeletons=!!t.shouldParseSkeletons,this.captureEscapes=!!t.captureEscapes}parse(){if(this.offset()!==0)throw Error("parser can only be used once");if(this.message.length>0){let e=this.message.charCodeAt(0);if(e!==35&&e!==39&&e!==60&&e!==123&&e!==125){let t=Sa(this.message);if(t){let o=this.clonePosition();return this.position=t,{val:[{type:0,value:this.message,...this.captureEscapes&&{rawValue:this.message},location:T(o,this.clonePosition())}],err:null}}}}return this.parseMessage(0,"",!1)}parseMessage(e,t,o){let i=[];for(;!this.isEOF();){let a=this.char();if(a===123){let n=this.parseArgument(e,o);if(n.err)return n;i.push(n.val)}else{if(a===125&&e>0)break;if(a===35&&(t==="plural"||t==="selectordinal")){let n=this.clonePosition();this.bump(),i.push({type:7,location:T(n,this.clonePosition())})}else if(a===60&&!this.ignoreTag&&this.peek()===47){if(o)break;return this.error(26,T(this.clonePosition(),this.clonePosition()))}else if(a===60&&!this.ignoreTag&&qo(this.peek()||0)){let n=this.parseTag(e,t);if(n.err)return n;i.push(n.val)}else{let n=this.parseLiteral(e,t);if(n.err)return n;i.push(n.val)}}}return{val:i,err:null}}parseTag(e,t){let o=this.clonePosition();this.bump();let i=this.parseTagName();if(this.bumpSpace(),this.bumpIf("/>"))return{val:{type:0,value:`<${i}/>`,location:T(o,this.clonePosition())},err:null};if(this.bumpIf(">")){let a=this.parseMessage(e+1,t,!0);if(a.err)return a;let n=a.val,s=this.clonePosition();if(this.bumpIf("</")){if(this.isEOF()||!qo(this.char()))return this.error(23,T(s,this.clonePosition()));let l=this.clonePosition();return i!==this.parseTagName()?this.error(26,T(l,this.clonePosition())):(this.bumpSpace(),this.bumpIf(">")?{val:{type:8,value:i,children:n,location:T(o,this.clonePosition())},err:null}:this.error(23,T(s,this.clonePosition())))}else return this.error(27,T(o,this.clonePosition()))}else return this.error(23,T(o,this.clonePosition()))}parseTagName(){let e=this.offset();for(this.bump();!this.isEOF()&&Ca(this.char());)this.bump();return this.message.slice(e,this.offset())}parseLiteral(e,t){let o=this.clonePosition(),i="";for(;;){let n=this.tryParseQuote(t);if(n){i+=n;continue}let s=this.tryParseUnquoted(e,t);if(s){i+=s;continue}let l=this.tryParseLeftAngleBracket();if(l){i+=l;continue}break}let a=T(o,this.clonePosition());return{val:{type:0,value:i,location:a,...this.captureEscapes&&{rawValue:this.message.slice(o.offset,this.offset())}},err:null}}tryParseLeftAngleBracket(){return!this.isEOF()&&this.char()===60&&(this.ignoreTag||!Ta(this.peek()||0))?(this.bump(),"<"):null}tryParseQuote(e){if(this.isEOF()||this.char()!==39)return null;switch(this.peek()){case 39:return this.bump(),this.bump(),"'";case 123:case 60:case 62:case 125:break;case 35:if(e==="plural"||e==="selectordinal")break;return null;default:return null}this.bump();let t=[this.char()];for(this.bump();!this.isEOF();){let o=this.char();if(o===39)if(this.peek()===39)t.push(39),this.bump();else{this.bump();break}else t.push(o);this.bump()}return String.fromCodePoint(...t)}tryParseUnquoted(e,t){if(this.isEOF())return null;let o=this.char();return o===60||o===123||o===35&&(t==="plural"||t==="selectordinal")||o===125&&e>0?null:(this.bump(),String.fromCodePoint(o))}parseArgument(e,t){let o=this.clonePosition();if(this.bump(),this.bumpSpace(),this.isEOF())return this.error(1,T(o,this.clonePosition()));if(this.char()===125)return this.bump(),this.error(2,T(o,this.clonePosition()));let i=this.parseIdentifierIfPossible().value;if(!i)return this.error(3,T(o,this.clonePosition()));if(this.bumpSpace(),this.isEOF())return this.error(1,T(o,this.clonePosition()));switch(this.char()){case 125:return this.bump(),{val:{type:1,value:i,location:T(o,this.clonePosition())},err:null};case 44:return this.bump(),this.bumpSpace(),this.isEOF()?this.error(1,T(o,this.clonePosition())):this.parseArgumentOptions(e,t,i,o);default:return this.error(3,T(o,this.clonePosition()))}}parseIdentifierIfPossible(){let e=this.clonePosition(),t=this.offset(),o=xa(this.message,t),i=t+o.length;return this.bumpTo(i),{value:o,location:T(e,this.clonePosition())}}parseArgumentOptions(e,t,o,i){let a=this.clonePosition(),n=this.parseIdentifierIfPossible().value,s=this.clonePosition();switch(n){case"":return this.error(4,T(a,s));case"number":case"date":case"time":{this.bumpSpace();let l=null;if(this.bumpIf(",")){this.bumpSpace();let d=this.clonePosition(),p=this.parseSimpleArgStyleIfPossible();if(p.err)return p;let m=wa(p.val);if(m.length===0)return this.error(6,T(this.clonePosition(),this.clonePosition()));l={style:m,styleLocation:T(d,this.clonePosition())}}let u=this.tryParseArgumentClose(i);if(u.err)return u;let f=T(i,this.clonePosition());if(l&&l.style.startsWith("::")){let d=$a(l.style.slice(2));if(n==="number"){let p=this.parseNumberSkeletonFromString(d,l.styleLocation);return p.err?p:{val:{type:2,value:o,location:f,style:p.val},err:null}}else{if(d.length===0)return this.error(10,f);let p=d;this.locale&&(p=pa(d,this.locale));let m={type:1,pattern:p,location:l.styleLocation,parsedOptions:this.shouldParseSkeletons?vn(p):{}};return{val:{type:n==="date"?3:4,value:o,location:f,style:m},err:null}}}return{val:{type:n==="number"?2:n==="date"?3:4,value:o,location:f,style:l?.style??null},err:null}}case"plural":case"selectordinal":case"select":{let l=this.clonePosition();if(this.bumpSpace(),!this.bumpIf(","))return this.error(12,T(l,{...l}));this.bumpSpace();let u=this.parseIdentifierIfPossible(),f=0;if(n!=="select"&&u.value==="offset"){if(!this.bumpIf(":"))return this.error(13,T(this.clonePosition(),this.clonePosition()));this.bumpSpace();let h=this.tryParseDecimalInteger(13,14);if(h.err)return h;this.bumpSpace(),u=this.parseIdentifierIfPossible(),f=h.val}let d=this.tryParsePluralOrSelectOptions(e,n,t,u);if(d.err)return d;let p=this.tryParseArgumentClose(i);if(p.err)return p;let m=T(i,this.clonePosition());return n==="select"?{val:{type:5,value:o,options:Sn(d.val),location:m},err:null}:{val:{type:6,value:o,options:Sn(d.val),offset:f,pluralType:n==="plural"?"cardinal":"ordinal",location:m},err:null}}default:return this.error(5,T(a,s))}}tryParseArgumentClose(e){return this.isEOF()||this.char()!==125?this.error(1,T(e,this.clonePosition())):(this.bump(),{val:!0,err:null})}parseSimpleArgStyleIfPossible(){let e=0,t=this.clonePosition();for(;!this.isEOF();)switch(this.char()){case 39:{this.bump();let o=this.clonePosition();if(!this.bumpUntil("'"))return this.error(11,T(o,this.clonePosition()));this.bump();break}case 123:e+=1,this.bump();break;case 125:if(e>0)e-=1;else return{val:this.message.slice(t.offset,this.offset()),err:null};break;default:this.bump()}return{val:this.message.slice(t.offset,this.offset()),err:null}}parseNumberSkeletonFromString(e,t){let o=[];try{o=yn(e)}catch{return this.error(7,t)}return{val:{type:0,tokens:o,location:t,parsedOptions:this.shouldParseSkeletons?xn(o):{}},err:null}}tryParsePluralOrSelectOptions(e,t,o,i){let a=!1,n=[],s=new Set,{value:l,location:u}=i;for(;;){if(l.length===0){let m=this.clonePosition();if(t!=="select"&&this.bumpIf("=")){let h=this.tryParseDecimalInteger(16,19);if(h.err)return h;u=T(m,this.clonePosition()),l=this.message.slice(m.offset,this.offset())}else break}if(s.has(l))return this.error(t==="select"?21:20,u);l==="other"&&(a=!0),this.bumpSpace();let f=this.clonePosition();if(!this.bumpIf("{"))return this.error(t==="select"?17:18,T(this.clonePosition(),this.clonePosition()));let d=this.parseMessage(e+1,t,o);if(d.err)return d;let p=this.tryParseArgumentClose(f);if(p.err)return p;n.push([l,{value:d.val,location:T(f,this.clonePosition())}]),s.add(l),this.bumpSpace(),{value:l,location:u}=this.parseIdentifierIfPossible()}return n.length===0?this.error(t==="select"?15:16,T(this.clonePosition(),this.clonePosition())):this.requiresOtherClause&&!a?this.error(22,T(this.clonePosition(),this.clonePosition())):{val:n,err:null}}tryParseDecimalInteger(e,t){let o=1,i=this.clonePosition();this.bumpIf("+")||this.bumpIf("-")&&(o=-1);let a=!1,n=0;for(;!this.isEOF();){let l=this.char();if(l>=48&&l<=57)a=!0,n=n*10+(l-48),this.bump();else break}let s=T(i,this.clonePosition());return a?(n*=o,Number.isSafeInteger(n)?{val:n,err:null}:this.error(t,s)):this.error(e,s)}offset(){return this.position.offset}isEOF(){return this.offset()===this.message.length}clonePosition(){return{offset:this.position.offset,line:this.position.line,column:this.position.column}}char(){let e=this.position.offset;if(e>=this.message.length)throw Error("out of bound");let t=this.message.codePointAt(e);if(t===void 0)throw Error(`Offset ${e} is at invalid UTF-16 code unit boundary`);return t}error(e,t){return{val:null,err:{kind:e,message:this.message,location:t}}}bump(){if(this.isEOF())return;let e=this.char();e===10?(this.position.line+=1,this.position.column=1,this.position.offset+=1):(this.position.column+=1,this.position.offset+=e<65536?1:2)}bumpIf(e){let t=this.offset();if(this.message.slice(t,t+e.length)===e){for(let o=0;o<e.length;o++)this.bump();return!0}return!1}bumpUntil(e){let t=this.offset(),o=this.message.indexOf(e,t);return o>=0?(this.bumpTo(o),!0):(this.bumpTo(this.message.length),!1)}bumpTo(e){if(this.offset()>e)throw Error(`targetOffset ${e} must be greater than or equal to the current offset ${this.offset()}`);for(e=Math.min(e,this.message.length);;){let t=this.offset();if(t===e)break;if(t>e)throw Error(`targetOffset ${e} is at invalid UTF-16 code unit boundary`);if(this.bump(),this.isEOF())break}}bumpSpace(){for(;!this.isEOF()&&Aa(this.char());)this.bump()}peek(){if(this.isEOF())return null;let e=this.char(),t=this.offset();return this.message.charCodeAt(t+(e>=65536?2:1))??null}};function qo(e){return e>=97&&e<=122||e>=65&&e<=90}function Ta(e){return qo(e)||e===47}function Ca(e){return e===45||e===46||e>=48&&e<=57||e===95||e>=97&&e<=122||e>=65&&e<=90||e==183||e>=192&&e<=214||e>=216&&e<=246||e>=248&&e<=893||e>=895&&e<=8191||e>=8204&&e<=8205||e>=8255&&e<=8256||e>=8304&&e<=8591||e>=11264&&e<=12271||e>=12289&&e<=55295||e>=63744&&e<=64975||e>=65008&&e<=65533||e>=65536&&e<=983039}function Aa(e){return e>=9&&e<=13||e===32||e===133||e>=8206&&e<=8207||e===8232||e===8233}function Vo(e){e.forEach(t=>{if(delete t.location,Xo(t)||Jo(t))for(let o in t.options)delete t.options[o].location,Vo(t.options[o].value);else Wo(t)&&Ko(t.style)||(Zo(t)||Yo(t))&&Dt(t.style)?delete t.style.location:Qo(t)&&Vo(t.children)})}function Hn(e,t={}){t={shouldParseSkeletons:!0,requiresOtherClause:!0,...t};let o=new Ea(e,t).parse();if(o.err){let i=SyntaxError(ha[o.err.kind]);throw i.location=o.err.location,i.originalMessage=o.err.message,i}return t?.captureLocation||Vo(o.val),o.val}var Ut=class extends Error{constructor(e,t,o){super(e),this.code=t,this.originalMessage=o}toString(){return`[formatjs Error: ${this.code}] ${this.message}`}},In=class extends Ut{constructor(e,t,o,i){super(`Invalid values for "${e}": "${t}". Options are "${Object.keys(o).join('", "')}"`,"INVALID_VALUE",i)}},Ha=class extends Ut{constructor(e,t,o){super(`Value for "${e}" must be of type ${t}`,"INVALID_VALUE",o)}},Ia=class extends Ut{constructor(e,t){super(`The intl string context variable "${e}" was not provided to the string "${t}"`,"MISSING_VALUE",t)}};function Pa(e){return e.length<2?e:e.reduce((t,o)=>{let i=t[t.length-1];return!i||i.type!==0||o.type!==0?t.push(o):i.value+=o.value,t},[])}function Ba(e){return typeof e=="function"}function Ft(e,t,o,i,a,n,s){if(e.length===1&&jo(e[0]))return[{type:0,value:e[0].value}];let l=[];for(let u of e){if(jo(u)){l.push({type:0,value:u.value});continue}if(Cn(u)){typeof n=="number"&&l.push({type:0,value:o.getNumberFormat(t).format(n)});continue}let{value:f}=u;if(!(a&&f in a))throw new Ia(f,s);let d=a[f];if(Tn(u)){(!d||typeof d=="string"||typeof d=="number"||typeof d=="bigint")&&(d=typeof d=="string"||typeof d=="number"||typeof d=="bigint"?String(d):""),l.push({type:typeof d=="string"?0:1,value:d});continue}if(Zo(u)){let p=typeof u.style=="string"?i.date[u.style]:Dt(u.style)?u.style.parsedOptions:void 0;l.push({type:0,value:o.getDateTimeFormat(t,p).format(d)});continue}if(Yo(u)){let p=typeof u.style=="string"?i.time[u.style]:Dt(u.style)?u.style.parsedOptions:i.time.medium;l.push({type:0,value:o.getDateTimeFormat(t,p).format(d)});continue}if(Wo(u)){let p=typeof u.style=="string"?i.number[u.style]:Ko(u.style)?u.style.parsedOptions:void 0;if(p&&p.scale){let m=p.scale||1;if(typeof d=="bigint"){if(!Number.isInteger(m))throw new TypeError(`Cannot apply fractional scale ${m} to bigint value. Scale must be an integer when formatting bigint.`);d=d*BigInt(m)}else d=d*m}l.push({type:0,value:o.getNumberFormat(t,p).format(d)});continue}if(Qo(u)){let{children:p,value:m}=u,h=a[m];if(!Ba(h))throw new Ha(m,"function",s);let g=h(Ft(p,t,o,i,a,n).map(b=>b.value));Array.isArray(g)||(g=[g]),l.push(...g.map(b=>({type:typeof b=="string"?0:1,value:b})))}if(Xo(u)){let p=d,m=(Object.prototype.hasOwnProperty.call(u.options,p)?u.options[p]:void 0)||u.options.other;if(!m)throw new In(u.value,d,Object.keys(u.options),s);l.push(...Ft(m.value,t,o,i,a));continue}if(Jo(u)){let p=`=${d}`,m=Object.prototype.hasOwnProperty.call(u.options,p)?u.options[p]:void 0;if(!m){if(!Intl.PluralRules)throw new Ut(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`,"MISSING_INTL_API",s);let g=typeof d=="bigint"?Number(d):d,b=o.getPluralRules(t,{type:u.pluralType}).select(g-(u.offset||0));m=(Object.prototype.hasOwnProperty.call(u.options,b)?u.options[b]:void 0)||u.options.other}if(!m)throw new In(u.value,d,Object.keys(u.options),s);let h=typeof d=="bigint"?Number(d):d;l.push(...Ft(m.value,t,o,i,a,h-(u.offset||0)));continue}}return Pa(l)}function Na(e,t){return t?{...e,...t,...Object.keys(e).reduce((o,i)=>(o[i]={...e[i],...t[i]},o),{})}:e}function La(e,t){return t?Object.keys(e).reduce((o,i)=>(o[i]=Na(e[i],t[i]),o),{...e}):e}function ei(e){return{create(){return{get(t){return e[t]},set(t,o){e[t]=o}}}}}function Ra(e={number:{},dateTime:{},pluralRules:{}}){return{getNumberFormat:Ot((...t)=>new Intl.NumberFormat(...t),{cache:ei(e.number),strategy:zt.variadic}),getDateTimeFormat:Ot((...t)=>new Intl.DateTimeFormat(...t),{cache:ei(e.dateTime),strategy:zt.variadic}),getPluralRules:Ot((...t)=>new Intl.PluralRules(...t),{cache:ei(e.pluralRules),strategy:zt.variadic})}}var X,Pn=(X=class{constructor(t,o=X.defaultLocale,i,a){if(this.formatterCache={number:{},dateTime:{},pluralRules:{}},this.format=(n=>{let s=this.formatToParts(n);if(s.length===1)return s[0].value;let l=s.reduce((u,f)=>(!u.length||f.type!==0||typeof u[u.length-1]!="string"?u.push(f.value):u[u.length-1]+=f.value,u),[]);return l.length<=1?l[0]||"":l}),this.formatToParts=(n=>Ft(this.ast,this.locales,this.formatters,this.formats,n,void 0,this.message)),this.resolvedOptions=()=>({locale:this.resolvedLocale?.toString()||Intl.NumberFormat.supportedLocalesOf(this.locales)[0]}),this.getAst=()=>this.ast,this.locales=o,this.resolvedLocale=X.resolveLocale(o),typeof t=="string"){if(this.message=t,!X.__parse)throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");let{...n}=a||{};this.ast=X.__parse(t,{...n,locale:this.resolvedLocale})}else this.ast=t;if(!Array.isArray(this.ast))throw new TypeError("A message must be provided as a String or AST.");this.formats=La(X.formats,i),this.formatters=a&&a.formatters||Ra(this.formatterCache)}static get defaultLocale(){return X.memoizedDefaultLocale||(X.memoizedDefaultLocale=new Intl.NumberFormat().resolvedOptions().locale),X.memoizedDefaultLocale}},X.memoizedDefaultLocale=null,X.resolveLocale=t=>{if(typeof Intl.Locale>"u")return;let o=Intl.NumberFormat.supportedLocalesOf(t);return o.length>0?new Intl.Locale(o[0]):new Intl.Locale(typeof t=="string"?t:t[0])},X.__parse=Hn,X.formats={number:{integer:{maximumFractionDigits:0},currency:{style:"currency"},percent:{style:"percent"}},date:{short:{month:"numeric",day:"numeric",year:"2-digit"},medium:{month:"short",day:"numeric",year:"numeric"},long:{month:"long",day:"numeric",year:"numeric"},full:{weekday:"long",month:"long",day:"numeric",year:"numeric"}},time:{short:{hour:"numeric",minute:"numeric"},medium:{hour:"numeric",minute:"numeric",second:"numeric"},long:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"},full:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"}}},X);var ft={"app.name":"Village","footer.text":"Village is the networking space of the Internet Governance Forum.","header.skip":"Skip to the content","header.nav":"Main","header.language":"Language","header.menu":"Menu","header.sign_out":"Sign out","nav.home":"Home","nav.people":"People","nav.organisations":"Organisations","nav.invitations":"Invitations","nav.profile":"My profile","role.participant":"Participant","role.staff":"Staff","role.secretariat":"Secretariat","connection.connecting":"Connecting…","connection.connected":"Connected","connection.reconnecting":"Reconnecting…","connection.offline":"Offline","connection.problem.tabs":"Too many tabs are open: close some.","connection.problem.ended":"Your session has ended.","connection.problem.error":"Reload the page to reconnect.","toast.region":"Notifications","toast.dismiss":"Dismiss","toast.direct":"{name} sent you a message.","toast.direct.wave":"{name} waves at you 👋","common.loading":"Loading…","common.retry":"Try again","form.problem_title":"There is a problem","form.error_prefix":"Error:","form.working":"Working…","error.invalid":"This is not valid.","error.network":"Village could not be reached. Check your connection and try again: what you typed is kept.","error.internal":"Something went wrong on our side. Try again in a moment: what you typed is kept.","error.unavailable":"Village is not available right now. Try again in a moment.","error.rate_limited":"Too many attempts. Wait a minute, then try again.","error.unauthenticated":"Your session has ended. Sign in again.","error.session_unreachable":"We could not reach Village to sign you back in. Check your connection; we will keep trying, or reload the page.","error.forbidden":"Your role may not do this.","error.not_found":"This was not found. It may have been removed.","error.conflict":"This is already taken.","error.gone":"This has expired.","error.bad_request":"The request was not understood. Reload the page and try again.","error.payload_too_large":"This is too long.","error.validation_failed":"Some fields are not valid.","error.wrong_credentials":"The e-mail or the password is not right.","field.email":"Email","field.password":"Password","field.email.required":"Enter your e-mail address.","field.email.invalid":"Enter an e-mail address such as name@example.org.","field.email.taken":"An account with this e-mail address already exists. Sign in instead.","field.password.required":"Enter your password.","field.password.invalid":"Use 10 to 128 characters.","signin.title":"Sign in","signin.intro":"Meet the people of the Internet Governance Forum: booths, coffee breaks and one-to-one meetings.","signin.submit":"Sign in","signin.busy":"Signing in…","signin.no_account":"New here?","signin.register":"Create an account","signin.demo_title":"Trying the demo?","signin.demo_text":"Sign in as {email} with the password {password}.","home.title":"Welcome, {name}","home.intro":"The village is open. Say hello to the people who are here now.","home.online_title":"Online now","home.online_count":"{count, plural, =0 {Nobody is online yet.} one {# person is online.} other {# people are online.}}","home.online_waiting":"Waiting for the connection…","home.online_truncated":"Showing {shown} of {count}.","home.you":"(you)","home.wave":"Wave at {name}","home.wave_short":"Wave","home.next_photo":"Add a photo, so that people you meet recognise you","home.waved":"You waved at {name}.","home.wave_failed":"Your wave did not reach {name}. Try again.","home.next_title":"What next","home.next_people":"Find people by theme, language or region","home.next_profile":"Complete your profile so that others find you","notfound.title":"Page not found","notfound.text":"There is no page at this address. Check it, or start again from the home page.","notfound.home":"Go to the home page","common.cancel":"Cancel","form.choose":"Choose…","form.required_note":"Fields marked * are required.","stakeholder.government":"Government","stakeholder.intergovernmental":"Intergovernmental organization","stakeholder.civil_society":"Civil society","stakeholder.technical_community":"Technical community","stakeholder.private_sector":"Private sector","stakeholder.press_media":"Press and media","region.african":"African Group","region.asia_pacific":"Asia-Pacific Group","region.eastern_european":"Eastern European Group","region.grulac":"Latin American and Caribbean Group (GRULAC)","region.weog":"Western European and Others Group (WEOG)","region.igo":"Intergovernmental organizations","theme.data":"Data","theme.environment":"Environment","theme.inclusion":"Inclusion","theme.trust":"Trust","theme.digital_cooperation":"Digital cooperation","kind.best_practice_forum":"Best Practice Forum","kind.dynamic_coalition":"Dynamic Coalition","kind.nri":"National, Regional or Youth IGF initiative (NRI)","kind.mag":"Multistakeholder Advisory Group (MAG)","kind.secretariat":"Secretariat","kind.un_agency":"UN agency","kind.government":"Government","kind.intergovernmental":"Intergovernmental organization","kind.civil_society":"Civil society","kind.academia":"Academia","kind.technical_community":"Technical community","kind.private_sector":"Private sector","kind.media":"Media","field.email.hint":"We never show it to other people.","field.password.hint":"10 to 128 characters. A few words you remember make a good one.","field.display_name":"Name shown to others","field.display_name.hint":"Your name as you want other participants to see it.","field.display_name.required":"Enter the name you want others to see.","field.display_name.invalid":"Use 1 to 80 characters, without control characters.","field.stakeholder_group":"Stakeholder group","field.stakeholder_group.required":"Choose your stakeholder group.","field.stakeholder_group.invalid":"Choose one of the stakeholder groups in the list.","field.parliamentarian":"I am a member of parliament","field.parliamentarian.hint":"Members of parliament register under the Government stakeholder group.","field.parliamentarian.invalid":"Only people in the Government stakeholder group can be marked as members of parliament.","field.region":"Region","field.region.hint":"The UN regional group of your country. Staff of intergovernmental organizations choose “Intergovernmental organizations”.","field.region.required":"Choose your region.","field.region.invalid":"Choose one of the regions in the list.","field.country":"Country","field.country.required":"Choose your country.","field.country.invalid":"Choose a country from the list.","field.youth":"I am a young person (youth participant)","field.youth.hint":"Youth participants can find each other in the directory.","field.youth.invalid":"Choose yes or no.","field.languages":"Languages you speak","field.languages.hint":"Choose 1 to 10. Each language is named in itself. The first one you choose also sets the language of Village, unless you pick one at the top of the page.","multiselect.search":"Type to search, or press Down to see the list","multiselect.chosen":"{field}: {count, plural, one {# chosen} other {# chosen}}","multiselect.remove":"Remove {name}","multiselect.none":"Nothing matches","field.languages.required":"Choose at least one language you speak.","field.languages.invalid":"Choose 1 to 10 languages.","field.time_zone":"Time zone","field.time_zone.hint":"Times in Village are shown in this zone. It is {time} there now.","field.time_zone.hint_none":"Times in Village are shown in this zone.","field.time_zone.utc":"Coordinated Universal Time","field.time_zone.region.other":"UTC and others","field.time_zone.region.africa":"Africa","field.time_zone.region.america":"Americas","field.time_zone.region.antarctica":"Antarctica","field.time_zone.region.arctic":"Arctic","field.time_zone.region.asia":"Asia","field.time_zone.region.atlantic":"Atlantic Ocean","field.time_zone.region.australia":"Australia","field.time_zone.region.europe":"Europe","field.time_zone.region.indian":"Indian Ocean","field.time_zone.region.pacific":"Pacific","field.time_zone.required":"Choose your time zone.","field.time_zone.invalid":"Choose a time zone from the list.","field.themes":"Themes that interest you","field.themes.hint":"The thematic tracks of the forum. Choose any.","field.themes.invalid":"Choose themes from the list.","field.tags":"Interests","field.tags.hint":"Up to 10, separated by commas, such as: community networks, spectrum, child online safety.","field.tags.invalid":"Enter up to 10 interests of 1 to 40 characters each, separated by commas.","field.expertise":"Expertise","field.expertise.hint":"What you know about and can help others with. At most 500 characters.","field.expertise.invalid":"Use at most 500 characters.","field.directory_opt_in":"List me in the people directory","field.directory_opt_in.hint":"Other signed-in participants can then find you and see your public profile: your name, role, groups, country, languages, time zone, themes, interests and expertise. Never your e-mail address. You can change this at any time.","field.invitation.invalid":"This invitation link does not work: it does not exist, was already used, has expired, or its organisation has left the village. You can register without it.","field.current_password":"Current password","field.current_password.hint":"Needed to change your e-mail address or your password.","field.current_password.required":"Enter your current password to change your e-mail address or password.","field.current_password.invalid":"Your current password is not right.","field.confirm_delete":"I understand that my account is deleted for good and cannot be brought back","field.confirm_delete.required":"Tick the box to confirm that you want to delete your account.","field.name":"Name","field.name.required":"Enter the organisation's name.","field.name.invalid":"Use 1 to 120 characters, without control characters.","field.kind":"Kind","field.kind.required":"Choose what kind of organisation it is.","field.kind.invalid":"Choose a kind from the list.","field.website":"Website","field.website.hint":"An address starting with https://, or leave it empty.","field.website.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.logo_url":"Logo address","field.logo_url.hint":"The address of an image of the logo, starting with https://, or leave it empty.","field.logo_url.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.description":"Description","field.description.hint":"What the organisation does, for visitors of its booth. At most 2,000 characters.","field.description.invalid":"Use at most 2,000 characters.","field.role":"Role","field.role.hint":"Staff run the booth of one organisation; the Secretariat runs the village.","field.role.required":"Choose the role the invitation grants.","field.role.invalid":"Choose Staff or Secretariat.","field.organisation_id":"Organisation","field.organisation_id.required":"Choose the organisation whose staff this invitation is for.","field.organisation_id.invalid":"Choose an organisation from the list: a staff invitation needs one.","field.note":"Note","field.note.hint":"Shown on the invite page, such as who the link is for. At most 200 characters.","field.note.invalid":"Use at most 200 characters, without control characters.","field.ttl_days":"Valid for (days)","field.ttl_days.hint":"From 1 to 90 days.","field.ttl_days.required":"Enter for how many days the link works.","field.ttl_days.invalid":"Enter a whole number of days from 1 to 90.","field.q":"Name or expertise","field.q.hint":"Part of a name, or a word of someone's expertise.","field.q.invalid":"Use at most 80 characters.","field.theme":"Theme","field.theme.invalid":"Choose a theme from the list.","field.interest":"Interest","field.interest.hint":"One interest, written in full, such as: spectrum.","field.interest.invalid":"Use at most 40 characters.","field.language":"Speaks","field.language.invalid":"Choose a language from the list.","field.offset.invalid":"This page of results does not exist. Search again.","field.limit.invalid":"This page of results does not exist. Search again.","register.title":"Create your account","register.intro":"Join the village of the Internet Governance Forum: tell others who you are, which languages you speak and what interests you.","register.section.account":"Your account","register.invitation_title":"Invitation","register.invitation":"You are registering with an invitation.","register.invitation_role":"You are registering with an invitation: your account will have the {role} role.","register.without_invitation":"Register without the invitation","register.submit":"Create my account","register.busy":"Creating your account…","register.have_account":"Already registered?","register.sign_in":"Sign in","register.welcome":"Welcome to the village, {name}!","register.welcome_role":"Welcome to the village, {name}! Your role is {role}.","register.welcome_invitation_lost":"Welcome to the village, {name}! Someone else used the invitation just before you, so your account is a participant's: ask for a new link.","profile.title":"My profile","profile.intro":"What other participants see of you, and how you sign in.","profile.summary":"Your role: {role}. Registered on {created}.","profile.see_public":"See your public profile","profile.section.profile":"Profile","profile.section.about":"About you","profile.section.languages":"Languages and time","profile.section.interests":"Interests","profile.section.directory":"The directory","profile.section.photo":"Your photo","photo.hint":"A photo of your face helps the people you meet recognise you. JPEG, PNG or GIF; it is cropped to a square and made smaller, and its hidden details (such as where it was taken) are removed.","photo.choose":"Choose a photo","photo.change":"Change the photo","photo.remove":"Remove the photo","photo.uploading":"Sending the photo…","photo.saved":"Your photo is saved.","photo.removed":"Your photo is removed.","photo.too_large":"This picture is too large. Choose one under 5 MB.","photo.wrong_type":"Choose a JPEG, PNG or GIF picture.","photo.unreadable":"This file could not be read as a picture, or its picture is too large (at most 8000 pixels a side). Try another one.","profile.save":"Save my profile","profile.saving":"Saving…","profile.saved":"Profile saved.","profile.no_changes":"Nothing has changed, so there was nothing to save.","profile.section.signin":"E-mail address and password","profile.section.email":"E-mail address","profile.no_password":"You sign in through the event's registration site, so your account has no password here.","profile.new_password":"New password","profile.new_password_hint":"Leave it empty to keep your password. 10 to 128 characters.","profile.signin_save":"Save my e-mail and password","profile.email_changed":"Your e-mail address is changed.","profile.password_changed":"Your password is changed.","profile.both_changed":"Your e-mail address and password are changed.","profile.section.delete":"Delete my account","profile.delete_what":"Deleting your account removes, for good:","profile.delete_item.profile":"your profile, and your entry in the people directory;","profile.delete_item.sessions":"your sign-ins on every device;","profile.delete_item.role":"your role ({role}).","profile.delete_stays":"Invitations you accepted stay used. To take part again later, you would register anew.","profile.delete":"Delete my account","profile.deleting":"Deleting…","profile.deleted":"Your account is deleted. Thank you for visiting the village.","invite.title":"Invitation","invite.intro":"Someone from the IGF Secretariat sent you this link to give you a role in the village.","invite.role":"Role","invite.role_explained.staff":"Staff run their organisation's booth: they see who visits, talk with visitors and edit the booth.","invite.role_explained.secretariat":"The Secretariat runs the village: it adds organisations, invites their staff and hosts the tour.","invite.organisation":"Organisation","invite.organisation_signed_out":"Sign in to see it.","invite.organisation_unknown":"This organisation has left the village.","invite.note":"Note","invite.expires_at":"Works until","invite.expired_at":"Worked until","invite.state":"State","invite.state.open":"Can be accepted","invite.state.used":"Already used","invite.state.expired":"Expired","invite.not_found":"This invitation link does not exist. Check that you copied all of it, or ask the person who sent it for a new one. It may also have been withdrawn.","invite.used":"This invitation has already been used: each link works once. Ask the person who sent it for a new one.","invite.expired":"This invitation has expired. Ask the person who sent it for a new one.","invite.organisation_gone":"The organisation of this invitation has left the village, so the link no longer works.","invite.secretariat_staff":"A Secretariat account cannot take a staff invitation. Register a separate account for the booth, or ask for a Secretariat link.","invite.signed_in_as":"You are signed in as {name} ({role}).","invite.accept":"Accept: become {role}","invite.accepting":"Accepting…","invite.accepted":"Done: your role is now {role}.","invite.accepted_toast":"Invitation accepted: you are now {role}.","invite.go_home":"Go to the village","invite.signed_out":"To accept it, sign in, or create an account: the invitation is accepted as you register.","invite.sign_in":"Sign in to accept","invite.register":"Create an account with this invitation","directory.title":"People","directory.intro":"Find participants by name, expertise, theme, interest, group, region or language. Only people who chose to be listed appear here.","directory.filters":"Search","directory.filters_count":"{count, plural, =0 {Filters: none set} one {Filters: # set} other {Filters: # set}}","directory.any":"Any","directory.youth":"Youth","directory.youth_only":"Youth participants only","directory.youth_not":"Not youth participants","directory.search":"Search","directory.clear":"Clear the filters","directory.results":"Results","directory.searching":"Searching…","directory.none":"Nobody matches. Try fewer filters.","directory.count":"{count, plural, one {# person found.} other {# people found.}}","directory.showing":"Showing {from, number}–{to, number} of {total, number}.","directory.past_end":"{count, plural, one {# person matches, but not on this page.} other {# people match, but not on this page.}}","directory.first_page":"Go to the first page","directory.pages":"Pages of results","directory.page":"Page of results","directory.previous":"Previous page","directory.next":"Next page","directory.speaks":"Speaks {languages}","directory.themes":"Themes","person.title":"Profile","person.not_found":"There is no such profile, or this person chose not to be listed in the directory.","person.unlisted":"{name} is not listed in the directory, so you see only their name and role. You can still wave.","person.back":"Back to the people","person.is_you":"This is your profile as others see it.","person.edit":"Edit my profile","person.online":"Online now","person.offline":"Not in the village right now.","person.about":"About","person.role":"Role","person.organisation":"Organisation","person.organisation_unknown":"Not available","person.parliamentarian":"Member of parliament","person.youth":"Youth participant","person.yes":"Yes","person.languages":"Languages","person.time_zone":"{zone} (it is {time} there now)","person.registered":"Registered on","person.interests":"Interests and expertise","person.no_interests":"No interests given yet.","person.themes":"Themes","link.copy":"Copy link","link.copied":"Copied.","link.copy_failed":"Copying did not work: the link is selected, copy it yourself.","link.hint":"Send it only to the person it is for: it works once.","link.hint_expires":"Send it only to the person it is for: it works once, until {expires}.","organisations.title":"Organisations","organisations.intro":"The exhibitors of the village: add one, invite its staff, or remove it.","organisations.add_title":"Add an organisation","organisations.add":"Add the organisation","organisations.adding":"Adding…","organisations.added":"{name} is added.","organisations.list_title":"All organisations","organisations.list_title_count":"{count, plural, =0 {No organisations} one {# organisation} other {# organisations}}","organisations.empty":"There are no organisations yet.","organisations.actions":"Actions","organisations.no_website":"None","organisations.invite":"Invite staff","organisations.invite_named":"Invite staff to {name}","organisations.invited":"An invitation link for the staff of {name} is ready.","organisations.link_title":"Invitation link for the staff of {name}","organisations.link_label":"Link for the staff of {name}","organisations.remove":"Remove","organisations.remove_named":"Remove {name}","organisations.confirm_label":"Confirm the removal of {name}","organisations.confirm":"Remove {name}? Its booth closes and its staff become participants.","organisations.confirm_yes":"Yes, remove {name}","organisations.removing":"Removing…","organisations.removed":"{name} is removed.","invitations.title":"Invitations","invitations.intro":"Single-use links that give someone the Staff role of an organisation, or the Secretariat's.","invitations.create_title":"Create an invitation","invitations.create":"Create the link","invitations.creating":"Creating…","invitations.created":"The invitation link is ready.","invitations.link_title":"New invitation link","invitations.link_label":"Link for the {role} role","invitations.link_label_org":"Link for the {role} role at {organisation}","invitations.list_title":"All invitations","invitations.list_title_count":"{count, plural, =0 {No invitations} one {# invitation} other {# invitations}}","invitations.empty":"There are no invitations yet.","invitations.created_at":"Created","invitations.expires_at":"Expires","invitations.state":"State","invitations.state.open":"Open","invitations.state.used":"Used","invitations.state.expired":"Expired","invitations.used_by":"Used by {name} on {date}","invitations.used_on":"Used on {date}, by an account that has since been deleted","invitations.copy_named":"Copy link for {what}","invitations.copied":"Link copied: {what}.","invitations.link_named":"Link for {what}","invitations.actions":"Actions","invitations.no_organisation":"None","invitations.organisation_removed":"(removed organisation)","invitations.what":"the {role} invitation created {created}","invitations.what_org":"the {role} invitation for {organisation} created {created}","invitations.withdraw":"Withdraw","invitations.withdraw_named":"Withdraw {what}","invitations.confirm_label":"Confirm withdrawing {what}","invitations.confirm":"Withdraw this link? It stops working at once.","invitations.confirm_used":"Withdraw this link? It was used: the role it gave stays.","invitations.confirm_yes":"Yes, withdraw","invitations.withdrawing":"Withdrawing…","invitations.withdrawn":"The invitation is withdrawn.","profile.email_save":"Save my e-mail address","nav.village":"Village","home.next_village":"Visit the booths of the village","common.new_tab":"opens in a new tab","village.title":"The village","village.intro":"The booths of the organisations taking part: find who works on what, and visit them when they are open.","village.q_hint":"Words in a booth's name or description.","village.open_now":"Open now","village.open_now_only":"Open now","village.open_now_not":"Not open now","village.view":"Show the booths as","village.view.list":"List","village.view.overview":"Overview by kind","village.languages":"Languages: {languages}","village.district_count":"{count, plural, one {# booth} other {# booths}}, {open} open now","booth.title":"Booth","booth.not_found":"This booth is not in the village.","booth.back":"Back to the village","booth.about":"About","booth.no_description":"This booth has no description yet.","booth.hours":"Opening hours","booth.hours_zone":"Times in your time zone ({zone}).","booth.hours_now":"Now","booth.hours_there":"({time} at the booth)","booth.no_opening":"No opening ahead.","booth.materials":"Materials and links","booth.visit":"Visit","booth.local_time":"At the booth it is {time} ({zone}).","booth.closed_note":"Not open in the village.","booth.open_until":"Open until {time}","booth.opens_at":"Opens {when}","booth.state.open":"Open now","booth.state.between":"Closed now","booth.state.closed":"Closed","booth.visitors_now":"{count, plural, =0 {No visitors now} one {# visitor now} other {# visitors now}}","booth.staff_online":"{count, plural, =0 {No staff online} one {# staff member online} other {# staff members online}}","booth.edit":"Edit booth","booth.edit.show":"Edit","booth.edit.hide":"Hide the form","booth.edit.title_field":"Title","booth.edit.description_hint":"Markdown: **bold**, *italic*, [a link](https://example.org), lists and headings. HTML is not shown.","booth.edit.languages":"Languages spoken at the booth","booth.edit.languages_hint":"Type to search; pick as many as you need.","booth.edit.links_hint":"Up to 20, each a title and an https address.","booth.edit.link_title":"Title of link {n}","booth.edit.link_url":"Address of link {n}","booth.edit.link_add":"Add a link","booth.edit.link_remove":"Remove link {n}","booth.edit.time_zone":"The booth's time zone","booth.edit.hours_hint":"A day and local times in the booth's time zone, as HH:MM (24:00 for midnight). A night across midnight is two openings.","booth.edit.hours_date":"Day of opening {n}","booth.edit.hours_opens":"Opening {n} starts at","booth.edit.hours_closes":"Opening {n} ends at","booth.edit.hours_add":"Add an opening","booth.edit.hours_remove":"Remove opening {n}","booth.edit.save":"Save the booth","booth.edit.saved":"The booth is saved.","booth.edit.is_open":"The booth is open: visitors find it in the village during its hours.","booth.edit.is_closed":"The booth is closed: visitors see it as closed.","booth.edit.open":"Open the booth","booth.edit.close":"Close the booth","booth.edit.opened":"The booth is open.","booth.edit.closed":"The booth is closed.","field.title.invalid":"Give a title of 1 to 120 characters.","field.links.invalid":"Each link needs a title of up to 120 characters and an https address of up to 500, without a user name or password; at most 20 links.","field.hours.invalid":"Check the openings: a date (YYYY-MM-DD), times as HH:MM, each ending after it starts on the same day, none overlapping another; at most 60.","field.open_now.invalid":"Choose open now or not open now.","village.q":"Name or description","village.language":"Language","village.count":"{count, plural, one {# booth found.} other {# booths found.}}","booth.edit.description_invalid":"Use at most 5,000 characters, without control characters other than line breaks and tabs."};var Gt=["ar","zh","en","fr","ru","es","pt","de","hi","bn","sw","ja","ko","id","tr","fa","ur","it","nl","pl","uk","vi","th","am","ha","yo","ig","zu","so","ms","fil","ta","te","mr","pa","my","ne","si","ro","el","cs","hu","sv","he","kk","uz"],ti={ar:"العربية",zh:"中文",en:"English",fr:"Français",ru:"Русский",es:"Español",pt:"Português",de:"Deutsch",hi:"हिन्दी",bn:"বাংলা",sw:"Kiswahili",ja:"日本語",ko:"한국어",id:"Bahasa Indonesia",tr:"Türkçe",fa:"فارسی",ur:"اردو",it:"Italiano",nl:"Nederlands",pl:"Polski",uk:"Українська",vi:"Tiếng Việt",th:"ไทย",am:"አማርኛ",ha:"Hausa",yo:"Èdè Yorùbá",ig:"Asụsụ Igbo",zu:"isiZulu",so:"Soomaali",ms:"Bahasa Melayu",fil:"Filipino",ta:"தமிழ்",te:"తెలుగు",mr:"मराठी",pa:"ਪੰਜਾਬੀ",my:"မြန်မာ",ne:"नेपाली",si:"සිංහල",ro:"Română",el:"Ελληνικά",cs:"Čeština",hu:"Magyar",sv:"Svenska",he:"עברית",kk:"Қазақ тілі",uz:"Oʻzbekcha"};var ii=["ar","zh","en","fr","ru","es"],Nn=new Set(["ar"]),Ln="village.language",Oa={ar:()=>import("/assets/ar-U73FA4A3.js"),zh:()=>import("/assets/zh-T24WY5XE.js"),fr:()=>import("/assets/fr-E423RDFM.js"),ru:()=>import("/assets/ru-4PAEPC5X.js"),es:()=>import("/assets/es-XV6NLVGE.js")},z=N("en"),ni=N(ft),Vl=Oe(()=>Nn.has(z.value)?"rtl":"ltr"),Bn=new Map;function r(e,t){let o=ni.value,i=z.value,a=o[e]??ft[e];if(a===void 0)return e;let n=i+"\0"+e,s=Bn.get(n);if(!s){try{s=new Pn(a,i)}catch{s={format:()=>a}}Bn.set(n,s)}return s.format(t)}function qt(e){return e in ni.value||e in ft}function Fe(e){if(!e)return null;let t=String(e).toLowerCase().split(/[-_]/)[0];return ii.includes(t)?t:null}function Vt(){try{return Fe(localStorage.getItem(Ln))}catch{return null}}var oi="village.language.profile";function jt(e){let t=e.map(Fe).find(Boolean);try{t?localStorage.setItem(oi,t):localStorage.removeItem(oi)}catch{}}function za(){try{return Fe(localStorage.getItem(oi))}catch{return null}}function Wt(e){let t=e?e.map(Fe).find(Boolean):za(),o=(navigator.languages||[navigator.language]).map(Fe).find(Boolean);return Vt()||t||o||"en"}async function Ue(e,{remember:t=!1}={}){if(e=Fe(e)||"en",t)try{localStorage.setItem(Ln,e)}catch{}let o=ft;if(e!=="en")try{o=(await Oa[e]()).default}catch{e="en"}ni.value=o,z.value=e,document.documentElement.lang=e,document.documentElement.dir=Nn.has(e)?"rtl":"ltr"}function Ge(){try{return Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}catch{return"UTC"}}function L(e,t,o={dateStyle:"medium",timeStyle:"short"}){let i=new Date(e);if(Number.isNaN(i.getTime()))return"";try{return new Intl.DateTimeFormat(z.value,{...o,timeZone:t||Ge()}).format(i)}catch{return new Intl.DateTimeFormat(z.value,o).format(i)}}function Zt(e){if(ti[e])return ti[e];try{let t=new Intl.DisplayNames([e],{type:"language"}).of(e);return t?t.charAt(0).toLocaleUpperCase(e)+t.slice(1):e}catch{return e}}function de(e){try{return new Intl.DisplayNames([z.value],{type:"language"}).of(e)||e}catch{return e}}function qe(e){try{return new Intl.DisplayNames([z.value],{type:"region"}).of(e)||e}catch{return e}}function be(e,t){return e.localeCompare(t,z.value)}var D=class extends Error{constructor(t,o,i,a={}){super(i),this.status=t,this.code=o,this.fields=a}},ri={token:()=>null,refresh:async()=>!1};function Rn(e){ri=e}async function he(e,t,{body:o,raw:i,headers:a={},retry:n=!0}={}){let s={Accept:"application/json",...a};o!==void 0?s["Content-Type"]="application/json":i!==void 0&&(s["Content-Type"]=i.type||"application/octet-stream");let l=ri.token();l&&(s.Authorization="Bearer "+l);let u;try{u=await fetch(t,{method:e,headers:s,body:o===void 0?i:JSON.stringify(o),credentials:"same-origin"})}catch{throw new D(0,"network","the server could not be reached")}if(u.status===401&&l&&n&&await ri.refresh())return he(e,t,{body:o,raw:i,headers:a,retry:!1});if(u.status===204)return null;let f=null;try{f=await u.json()}catch{}if(!u.ok){let d=f&&f.error||{};throw new D(u.status,d.code||(u.status>=500?"internal":"bad_request"),d.message||u.statusText,d.fields||{})}return f}var F=e=>he("GET",e),_e=(e,t)=>he("POST",e,{body:t}),pt=(e,t)=>he("PATCH",e,{body:t}),Ve=e=>he("DELETE",e);function Yt(e){let t=new URLSearchParams;for(let[i,a]of Object.entries(e))a!=null&&a!==""&&t.set(i,String(a));let o=t.toString();return o?"?"+o:""}var M=N(null),Z=N("loading"),Jt=N(0),je=N(null),Da=15e3,Fa=[500,1500,3e3,6e3],si={"Village-Session":"cookie"},ai="village.session";function On(e){try{e?localStorage.setItem(ai,"1"):localStorage.removeItem(ai)}catch{}}function Ua(){try{return localStorage.getItem(ai)!==null}catch{return!0}}var li=null,gt=0,ve=null,Qt=typeof BroadcastChannel=="function"?new BroadcastChannel("village-session"):null;function We(){return li}function zn(){return gt}function Ga(e){try{let t=e.access_token.split(".")[1].replace(/-/g,"+").replace(/_/g,"/"),o=JSON.parse(atob(t));if(o.exp>o.iat)return(o.exp-o.iat)*1e3}catch{}return Math.max(6e4,Date.parse(e.expires_at)-Date.now())||6e4}function Dn(e){li=e.access_token,gt=Date.now()+Ga(e)-5e3,je.value=null,M.value=e.account,Z.value="in",Jt.value++,On(!0),qa()}function Kt(e){(Z.value==="in"||Z.value==="loading"&&e==="expired")&&(je.value=e),li=null,gt=0,clearTimeout(ve),M.value=null,Z.value="out",On(!1),Jt.value++}function qa(){clearTimeout(ve);let e=Math.min(6e4,(gt-Date.now())/4),t=Math.max(5e3,gt-Date.now()-e);ve=setTimeout(()=>fe(),t)}var mt=!1;async function Mn(){mt=!1;let e;try{e=await fetch("/api/auth/refresh",{method:"POST",headers:si,credentials:"same-origin",signal:typeof AbortSignal.timeout=="function"?AbortSignal.timeout(Da):void 0})}catch{return Z.value==="in"&&(clearTimeout(ve),ve=setTimeout(()=>fe(),1e4)),mt=!0,!1}return e.ok?(Dn(await e.json()),!0):(await e.text().catch(()=>""),e.status===401?(Kt("expired"),!1):(Z.value==="in"&&(clearTimeout(ve),ve=setTimeout(()=>fe(),15e3)),mt=!0,!1))}var Xt=null;function fe(){return Xt||(Xt=(navigator.locks?navigator.locks.request("village-refresh",Mn):Mn()).finally(()=>{Xt=null})),Xt}Rn({token:We,refresh:fe});async function Fn({pauses:e=Fa}={}){if(Ua()){await fe();for(let t of e){if(!mt||Z.value!=="loading")break;await new Promise(o=>setTimeout(o,t)),await fe()}mt&&Z.value==="loading"&&(je.value="unreachable",clearTimeout(ve),ve=setTimeout(()=>fe(),3e4))}Z.value==="loading"&&(Z.value="out")}async function Un(e,t){let o=await he("POST",e,{body:t,headers:si,retry:!1});return Dn(o),Qt?.postMessage("in"),o.account}var Gn=(e,t)=>Un("/api/auth/login",{email:e,password:t}),qn=e=>Un("/api/auth/register",e);async function Vn(){try{await he("POST","/api/auth/logout",{headers:si,retry:!1})}catch(e){if(!(e instanceof D)||e.status!==401)throw e}Kt("user"),Qt?.postMessage("out")}function eo(e="gone"){Kt(e),Qt?.postMessage("out")}function Se(e){M.value=e}Qt?.addEventListener("message",e=>{e.data==="out"&&Z.value==="in"?Kt("user"):e.data==="in"&&Z.value!=="in"&&fe()});var ce=N("offline"),Ne=N(null),Va=25e3,ja=1e4,Wa=3e4,Za=3e4,Ya=1,j=null,pe=!1,Xa=1,Ye=new Map,Xe=100,io=null,to=null,ui=null,di=!1,no=!1,ro=null,hi=!1,Je=new Map,fi=new Set;function Ja(e){return e*(.8+Math.random()*.4)}function Le(e,t,o){if(!j||j.readyState!==WebSocket.OPEN)return Promise.reject({code:"unavailable",message:"not connected"});let i="r"+Xa++,a={type:e,id:i};return o&&(a.room=o),t!==void 0&&(a.payload=t),new Promise((n,s)=>{Ye.set(i,{resolve:n,reject:s}),j.send(JSON.stringify(a))})}function Qa(){for(let e of Ye.values())e.reject({code:"unavailable",message:"the connection closed"});Ye.clear()}function Ka(){pe||(pe=!0,Ne.value=null,Xe=100,gi())}function pi(){pe=!1,clearTimeout(io);let e=j;e&&(jn(e),mi(e),e.close(1e3)),ce.value="offline",di=!1;for(let t of Je.values())t.members.value=[],t.count.value=0}function Ze(e=0){if(!pe)return;clearTimeout(io);let t=Ja(Math.max(Xe,e));Xe=Math.min(Math.max(Xe,e)*2,1e4),ce.value=navigator.onLine===!1?"offline":"reconnecting",io=setTimeout(gi,t)}function ci(e){hi=!0,pi(),Ne.value=e}function jn(e){e.onopen=e.onmessage=e.onclose=e.onerror=null}function mi(e){j===e&&(j=null,no=!1,ro=null,clearInterval(to),clearTimeout(ui),Qa())}function ao(e){if(j===e){jn(e),mi(e);try{e.close()}catch{}Ze()}}async function gi(){if(!pe||j)return;if(navigator.onLine===!1){ce.value="offline";return}if(ce.value=di?"reconnecting":"connecting",!We()||zn()-Date.now()<3e4){if(await fe(),!pe||j)return;if(!We()){Z.value==="out"?pi():Ze();return}}let e=location.protocol==="https:"?"wss://":"ws://",t=new WebSocket(e+location.host+"/ws");j=t,no=!1;let o=null,i=setTimeout(()=>ao(t),Wa);t.onopen=async()=>{let a=We(),n;try{n=await Le("auth",{token:a})}catch{return}if(j===t){if(n.protocol!==Ya){ci("error");return}no=!0,ro=a;for(let s of[...Je.values()])try{await Xn(s)}catch(l){if(j!==t)return;if(l.code==="forbidden"||l.code==="not_found"){s.refused.value=l.code;continue}ao(t);return}j===t&&(clearTimeout(i),di=!0,ce.value="connected",Ne.value=null,clearTimeout(ui),ui=setTimeout(()=>Xe=100,Za),es(t),Wn())}},t.onmessage=a=>{for(let n of String(a.data).split(`
`))if(n){let s;try{s=JSON.parse(n)}catch{continue}s.type==="error"&&s.error&&(o=s.error.code),ts(s)}},t.onclose=async a=>{if(clearTimeout(i),j===t&&(mi(t),!!pe))switch(a.code){case 4403:ci("ended"),eo("gone");return;case 4400:ci("error");return;case 4001:case 4002:if((a.code===4002||o==="unauthenticated")&&(await fe(),Z.value==="out"))return;Ze();return;case 4009:Ne.value="tabs",Ze(5e3);return;case 4029:Ze(5e3);return;default:Ze()}}}function Wn(){let e=We();j&&no&&e&&e!==ro&&(ro=e,Le("auth",{token:e}).catch(()=>{}))}function es(e){clearInterval(to),to=setInterval(()=>{if(j!==e){clearInterval(to);return}let t=setTimeout(()=>ao(e),ja);Le("ping").then(()=>clearTimeout(t),()=>clearTimeout(t))},Va)}function ts(e){if((e.type==="reply"||e.type==="error")&&e.id&&Ye.has(e.id)){let o=Ye.get(e.id);Ye.delete(e.id),e.type==="reply"?o.resolve(e.payload):o.reject(e.error||{code:"internal"});return}let t=e.room&&Je.get(e.room);switch(e.type){case"presence.delta":case"presence":case"message":t&&(t.joining?t.early.push(e):oo(t,e));return;case"direct":for(let o of fi)o(e.payload);return}}function Zn(e,t){return e.name<t.name?-1:e.name>t.name?1:e.id<t.id?-1:1}function oo(e,t){if(t.type==="presence")Yn(e,t.payload);else if(t.type==="presence.delta"){let o=t.payload||{};for(let i of o.joined||[])e.map.set(i.id,i);for(let i of o.left||[])e.map.delete(i);e.members.value=[...e.map.values()].sort(Zn),e.count.value=o.count??e.map.size}else if(t.type==="message"){let o=t.payload;if(o&&o.seq>e.seq){e.seq=o.seq;for(let i of e.messageHandlers)i(o)}}}function Yn(e,t){e.map=new Map((t.members||[]).map(o=>[o.id,o])),e.members.value=[...e.map.values()].sort(Zn),e.count.value=t.count??e.map.size,e.truncated.value=!!t.truncated}async function Xn(e){e.joining=!0,e.early=[];try{let t=await Le("join",e.seq?{since:e.seq}:void 0,e.name);e.refused.value=null,Yn(e,t.presence||{});for(let o of t.messages||[])oo(e,{type:"message",payload:o});for(let o=0,i=!!t.reload;i&&o<50;o++){let a=await Le("history",{after:e.seq,limit:200},e.name);for(let n of a.messages||[])oo(e,{type:"message",payload:n});i=a.more&&(a.messages||[]).length>0}for(let o of e.early)oo(e,o)}finally{e.joining=!1,e.early=[]}}function Jn(e){let t=Je.get(e);return t||(t={name:e,users:0,seq:0,map:new Map,members:N([]),count:N(0),truncated:N(!1),refused:N(null),joining:!1,early:[],messageHandlers:new Set},Je.set(e,t),ce.peek()==="connected"&&Xn(t).catch(i=>{(i.code==="forbidden"||i.code==="not_found")&&(t.refused.value=i.code)})),t.users++,{members:t.members,count:t.count,truncated:t.truncated,refused:t.refused,onMessage(i){return t.messageHandlers.add(i),()=>t.messageHandlers.delete(i)},release(){t.users--,t.users===0&&(Je.delete(e),Le("leave",void 0,e).catch(()=>{}))}}}function Qn(e){return fi.add(e),()=>fi.delete(e)}function so(e,t,o){return Le("direct",{to:e,kind:t,body:o})}window.addEventListener("online",()=>{pe&&!j&&(Xe=100,clearTimeout(io),gi())});window.addEventListener("offline",()=>{pe&&j&&ao(j)});le(()=>{Jt.value;let e=Z.value;e==="in"?!pe&&!hi?Ka():Wn():e==="out"&&(hi=!1,pe&&pi(),Ne.value=null)});var Qe=N([]),os=1;function x(e,{kind:t="info",timeout:o=8e3}={}){let i=os++;return Qe.value=[...Qe.peek(),{id:i,text:e,kind:t,timeout:o}],i}function bi(e){Qe.value=Qe.peek().filter(t=>t.id!==e)}var ye=N(location.pathname),ne=N(location.search);function $e(e,{replace:t=!1}={}){let o=new URL(e,location.origin);o.pathname+o.search!==location.pathname+location.search&&(history[t?"replaceState":"pushState"](null,"",o.pathname+o.search+o.hash),ye.value=o.pathname,ne.value=o.search)}function Ke(e){let t=new URLSearchParams;for(let[i,a]of Object.entries(e))a!=null&&a!==""&&a!==!1&&t.set(i,String(a));let o=t.toString()?"?"+t.toString():"";history.replaceState(null,"",location.pathname+o),ne.value=o}function Kn(e,t){let o=e.split("/"),i=t.split("/");if(o.length!==i.length)return null;let a={};for(let n=0;n<o.length;n++)if(o[n].startsWith(":")){if(!i[n])return null;a[o[n].slice(1)]=decodeURIComponent(i[n])}else if(o[n]!==i[n])return null;return a}addEventListener("popstate",()=>{ye.value=location.pathname,ne.value=location.search});document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");!t||t.target||t.hasAttribute("download")||t.origin!==location.origin||t.pathname.startsWith("/api/")||t.pathname.startsWith("/assets/")||(e.preventDefault(),$e(t.pathname+t.search+t.hash))});var is=12;function ns(e){let t=2166136261;for(let o of String(e))t^=o.codePointAt(0),t=Math.imul(t,16777619)>>>0;return t%is}var er=typeof Intl.Segmenter=="function"?new Intl.Segmenter(void 0,{granularity:"grapheme"}):null,tr=e=>(er?er.segment(e)[Symbol.iterator]().next().value?.segment:[...e][0])||"";function rs(e){let t=String(e||"").trim().split(/\s+/).filter(i=>new RegExp("\\p{L}","u").test(i));if(t.length===0)return"?";let o=tr(t[0]);return t.length===1||new RegExp("\\p{Script=Han}|\\p{Script=Hiragana}|\\p{Script=Katakana}|\\p{Script=Hangul}","u").test(o)?o.toLocaleUpperCase():(o+tr(t[t.length-1])).toLocaleUpperCase()}function ee({id:e,name:t,photo:o,size:i="s",square:a=!1}){let[n,s]=w(null),l=`avatar avatar-${i}${a?" avatar-square":""}`;return o&&n!==o?c`<img class=${l} src=${o} alt="" aria-hidden="true" loading="lazy" decoding="async" onError=${()=>s(o)} />`:c`<span class=${`${l} tone-${ns(e||t)}`} aria-hidden="true">${rs(t)}</span>`}function et({href:e,also:t,children:o}){let i=n=>ye.value===n||ye.value.startsWith(n+"/"),a=e==="/"?ye.value==="/":i(e)||t&&i(t);return c`<li><a href=${e} aria-current=${a?"page":void 0}>${o}</a></li>`}function as(){let e=ce.value,t=Ne.value;return c`<p class="connection" id="connection" data-state=${e} role="status">
    <span class="dot" aria-hidden="true"></span>
    <span class="label">${r("connection."+e)}${t&&e!=="connected"?c` <span class="why">${r("connection.problem."+t)}</span>`:""}</span>
  </p>`}function ss(){return c`<div class="language-switch">
    <label for="language-switch" class="visually-hidden">${r("header.language")}</label>
    <select id="language-switch" value=${z.value} onChange=${e=>Ue(e.currentTarget.value,{remember:!0})}>
      ${ii.map(e=>c`<option value=${e} lang=${e} key=${e}>${Zt(e)}</option>`)}
    </select>
  </div>`}function ls(){return c`<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="8" fill="#fff" />
    <circle cx="16" cy="16" r="5" fill="#0b5c8e" />
    <circle cx="16" cy="6.5" r="3" fill="#f0a030" />
    <circle cx="25.5" cy="16" r="3" fill="#1b6e3a" />
    <circle cx="16" cy="25.5" r="3" fill="#b03a2e" />
    <circle cx="6.5" cy="16" r="3" fill="#7a3e9d" />
  </svg>`}function or(){let e=M.value,[t,o]=w(!1),i=S(null);E(()=>o(!1),[ye.value,!!e]);let a=s=>{s.key==="Escape"&&t&&!s.defaultPrevented&&(o(!1),i.current?.focus())},n=async()=>{try{await Vn(),$e("/signin")}catch{x(r("error.network"),{kind:"error"})}};return c`<header class=${"site-header"+(e?" signed-in":"")} onKeyDown=${a}>
    <a class="skip-link" href="#main" onClick=${s=>{s.preventDefault(),document.getElementById("main")?.focus()}}>${r("header.skip")}</a>
    <div class="bar frame">
      <a class="brand" href="/"><${ls} />${r("app.name")}</a>
      ${e&&c`<${as} />`}
      ${e&&c`<button type="button" class="menu-toggle" ref=${i} aria-expanded=${t?"true":"false"} aria-controls="header-panel" onClick=${()=>o(!t)}>
        <span class="menu-icon" aria-hidden="true"></span>${r("header.menu")}
      </button>`}
      <div id="header-panel" class=${"panel"+(t?" open":"")}>
        ${e&&c`<nav aria-label=${r("header.nav")}>
          <ul>
            <${et} href="/">${r("nav.home")}<//>
            <${et} href="/village" also="/booths">${r("nav.village")}<//>
            <${et} href="/people">${r("nav.people")}<//>
            ${e.role==="secretariat"&&c`<${et} href="/organisations">${r("nav.organisations")}<//>`}
            ${e.role==="secretariat"&&c`<${et} href="/invitations">${r("nav.invitations")}<//>`}
            <${et} href="/me">${r("nav.profile")}<//>
          </ul>
        </nav>`}
        <div class="tools">
          ${e&&c`<p class="who">
            <${ee} id=${e.id} name=${e.display_name} photo=${e.photo_url} />
            <span class="name">${e.display_name}</span>
            <span class=${"role role-"+e.role}>${r("role."+e.role)}</span>
          </p>`}
          <${ss} />
          ${e&&c`<button type="button" class="link-button" onClick=${n}>${r("header.sign_out")}</button>`}
        </div>
      </div>
    </div>
  </header>`}function cs({item:e}){let t=S(!1);E(()=>{if(!e.timeout)return;let i=e.timeout,a=setInterval(()=>{t.current||(i-=500,i<=0&&bi(e.id))},500);return()=>clearInterval(a)},[e.id]);let o=i=>()=>t.current=i;return c`<li
    class=${"toast toast-"+e.kind}
    onMouseEnter=${o(!0)}
    onMouseLeave=${o(!1)}
    onFocusIn=${o(!0)}
    onFocusOut=${o(!1)}
  >
    <p>${e.text}</p>
    <button type="button" class="icon-button" onClick=${()=>bi(e.id)} aria-label=${r("toast.dismiss")}>×</button>
  </li>`}function us(e){E(()=>{let t=e.current;if(!t||typeof ResizeObserver!="function")return;let o=document.documentElement,i=new ResizeObserver(()=>{let a=t.getBoundingClientRect().height;o.style.setProperty("--toasts-h",a>0?`${Math.ceil(a)+16}px`:"0px");let n=document.activeElement;a>0&&n&&n!==document.body&&t.getBoundingClientRect().top<n.getBoundingClientRect().bottom&&!t.contains(n)&&n.scrollIntoView({block:"nearest"})});return i.observe(t),()=>i.disconnect()},[])}function ir(){let e=S(null);return us(e),c`<section class="toasts" aria-label=${r("toast.region")}>
    <div role="status" aria-live="polite">
      <ul ref=${e}>
        ${Qe.value.map(t=>c`<${cs} key=${t.id} item=${t} />`)}
      </ul>
    </div>
  </section>`}function O({title:e,intro:t,wide:o,figure:i,children:a}){return E(()=>{document.title=e?`${e} · ${r("app.name")}`:r("app.name")},[e]),c`<div class=${"page frame"+(o?" page-wide":"")}>
    ${i?c`<div class="page-head">${i}<h1 tabindex="-1">${e}</h1></div>`:c`<h1 tabindex="-1">${e}</h1>`}
    ${t&&c`<p class="intro">${t}</p>`}
    ${a}
  </div>`}function W({label:e}){return c`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${e||r("common.loading")}</p>`}function te({error:e,retry:t}){let o=e&&e.code?"error."+e.code:"error.internal";return c`<div class="notice notice-error" role="alert">
    <p>${r(o)}</p>
    ${t&&c`<button type="button" onClick=${t}>${r("common.retry")}</button>`}
  </div>`}function _i(e,t){return{key:e,fallback:t}}function bt(e){return e?qt(e.key)?r(e.key,e.values):e.fallback||r("error.invalid"):""}function _t(e,t={}){if(!(e instanceof D))return{fields:{},general:_i("error.internal")};let o={};for(let[a,n]of Object.entries(e.fields||{})){let s=e.code==="validation_failed"&&t[a]||`field.${a}.${e.code==="conflict"?"taken":e.code==="gone"?"gone":"invalid"}`;o[a]=_i(s,n)}let i=null;return Object.keys(o).length===0&&(i=_i(`error.${e.code}`,e.message)),{fields:o,general:i}}function Y(e,{draft:t,secret:o=["password","current_password","new_password"]}={}){let i=t&&"village.draft."+t,a=S(JSON.stringify(e)),n=S(!1),[s,l]=w(()=>{if(i)try{let v=JSON.parse(sessionStorage.getItem(i)||"null");if(v&&v.base===a.current&&v.values)return n.current=!0,{...e,...v.values};sessionStorage.removeItem(i)}catch{}return e}),[u,f]=w({}),[d,p]=w(null),[m,h]=w(!1),[g,b]=w(0);E(()=>{if(!i||!n.current)return;let v={...s};for(let $ of o)delete v[$];try{sessionStorage.setItem(i,JSON.stringify({base:a.current,values:v}))}catch{}},[s]);let _={values:s,errors:u,general:d,busy:m,attempt:g,set(v,$){n.current=!0,l(C=>({...C,[v]:$})),u[v]&&f(C=>{let{[v]:A,...J}=C;return J})},setAll(v){n.current=!1,a.current=JSON.stringify(v),l(v)},fail(v,$=null){f(v),p($),b(C=>C+1)},clearDraft(){if(n.current=!1,i)try{sessionStorage.removeItem(i)}catch{}},submit(v,$,{keys:C}={}){return async A=>{if(A.preventDefault(),m)return;let J=$?$(s):{};if(Object.keys(J).length){_.fail(J);return}h(!0),p(null);try{await v(s),f({})}catch(Me){let{fields:me,general:se}=_t(Me,C);_.fail(me,se)}finally{h(!1)}}}};return _}function ue(e,t){let o={};for(let i of t){let a=e[i];(a==null||typeof a=="string"&&a.trim()===""||Array.isArray(a)&&a.length===0)&&(o[i]={key:`field.${i}.required`})}return o}function Ee(e,t,o){return[t&&e+"-hint",o&&e+"-error"].filter(Boolean).join(" ")||void 0}function tt({id:e,text:t}){return t?c`<p class="hint" id=${e+"-hint"}>${t}</p>`:null}function Te({id:e,error:t}){return t?c`<p class="field-error" id=${e+"-error"}><span class="visually-hidden">${r("form.error_prefix")} </span>${bt(t)}</p>`:null}function I({form:e,name:t,label:o,hint:i,type:a="text",autocomplete:n,required:s,maxLength:l,inputMode:u,spellcheck:f,dir:d,multiline:p,rows:m=4}){let h="f-"+t,g=e.errors[t],b={id:h,name:t,value:e.values[t]??"",onInput:_=>e.set(t,_.currentTarget.value),"aria-invalid":g?"true":void 0,"aria-describedby":Ee(h,i,g),"aria-required":s?"true":void 0,autocomplete:n,maxLength:l,inputMode:u,spellcheck:f,dir:d};return c`<div class=${"field"+(g?" has-error":"")}>
    <label for=${h}>${o}${s?c` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${tt} id=${h} text=${i} />
    <${Te} id=${h} error=${g} />
    ${p?c`<textarea ...${b} rows=${m}></textarea>`:c`<input type=${a} ...${b} />`}
  </div>`}function B({form:e,name:t,label:o,hint:i,options:a,required:n,placeholder:s,onChange:l}){let u="f-"+t,f=e.errors[t];return c`<div class=${"field"+(f?" has-error":"")}>
    <label for=${u}>${o}${n?c` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${tt} id=${u} text=${i} />
    <${Te} id=${u} error=${f} />
    <select
      id=${u}
      name=${t}
      value=${e.values[t]??""}
      onChange=${d=>{e.set(t,d.currentTarget.value),l?.(d.currentTarget.value)}}
      aria-invalid=${f?"true":void 0}
      aria-describedby=${Ee(u,i,f)}
      aria-required=${n?"true":void 0}
    >
      ${s!==void 0&&c`<option value="">${s}</option>`}
      ${a.map(d=>Array.isArray(d)?c`<option value=${d[0]} key=${d[0]}>${d[1]}</option>`:c`<optgroup label=${d.group} key=${d.group}>${d.options.map(([p,m])=>c`<option value=${p} key=${p}>${m}</option>`)}</optgroup>`)}
    </select>
  </div>`}function lo({form:e,name:t,legend:o,hint:i,options:a,required:n}){let s="f-"+t,l=e.errors[t],u=e.values[t]||[],f=(d,p)=>e.set(t,p?[...u,d]:u.filter(m=>m!==d));return c`<fieldset
    id=${s}
    class=${"field choices"+(l?" has-error":"")}
    aria-describedby=${Ee(s,i,l)}
    aria-invalid=${l?"true":void 0}
    tabindex="-1"
  >
    <legend>${o}${n?c` <span class="required" aria-hidden="true">*</span>`:""}</legend>
    <${tt} id=${s} text=${i} />
    <${Te} id=${s} error=${l} />
    <div class="choice-list">
      ${a.map(([d,p,m])=>c`<label class="choice" key=${d}>
          <input type="checkbox" name=${t} value=${d} checked=${u.includes(d)} onChange=${h=>f(d,h.currentTarget.checked)} />
          <span lang=${m}>${p}</span>
        </label>`)}
    </div>
  </fieldset>`}function ot({form:e,name:t,label:o,hint:i}){let a="f-"+t,n=e.errors[t];return c`<div class=${"field check"+(n?" has-error":"")}>
    <${Te} id=${a} error=${n} />
    <input
      type="checkbox"
      id=${a}
      name=${t}
      checked=${!!e.values[t]}
      onChange=${s=>e.set(t,s.currentTarget.checked)}
      aria-invalid=${n?"true":void 0}
      aria-describedby=${Ee(a,i,n)}
    />
    <label for=${a}>${o}</label>
    <${tt} id=${a} text=${i} />
  </div>`}function oe({form:e,labels:t,id:o="error-summary"}){let i=S(null),a=Object.keys(e.errors),n=a.length>0||e.general;if(E(()=>{n&&e.attempt>0&&i.current?.focus()},[e.attempt]),!n)return null;let s=l=>u=>{u.preventDefault();let f=document.getElementById("f-"+l);(f&&f.tagName==="FIELDSET"&&f.querySelector("input")||f)?.focus()};return c`<div class="error-summary" role="alert" tabindex="-1" ref=${i} aria-labelledby=${o+"-title"}>
    <h2 id=${o+"-title"}>${r("form.problem_title")}</h2>
    ${e.general&&c`<p>${bt(e.general)}</p>`}
    ${a.length>0&&c`<ul>
      ${a.map(l=>c`<li key=${l}><a href=${"#f-"+l} onClick=${s(l)}>${t[l]||l}: ${bt(e.errors[l])}</a></li>`)}
    </ul>`}
  </div>`}function re({form:e,label:t,busyLabel:o}){return c`<button type="submit" class="primary" aria-disabled=${e.busy?"true":void 0}>
    ${e.busy?o||r("form.working"):t}
  </button>`}function P(e,t=[]){let[o,i]=w({data:null,error:null,loading:!0}),[a,n]=w(0);return E(()=>{let s=!0;return i(l=>({...l,error:null,loading:!0})),e().then(l=>s&&i({data:l,error:null,loading:!1}),l=>s&&i(u=>({...u,error:l,loading:!1}))),()=>{s=!1}},[...t,a]),{...o,reload:()=>n(s=>s+1),set:s=>i(l=>({...l,data:typeof s=="function"?s(l.data):s}))}}var vi=N(null),vt=null;function ae(){return vi.value?Promise.resolve(vi.value):(vt||(vt=F("/api/meta").then(e=>(vi.value=e,vt=null,e),e=>{throw vt=null,e})),vt)}function k(e,t){if(!t)return"";let o=e+"."+t;return qt(o)?r(o):t}function U(e,t){return(t||[]).map(o=>[o,k(e,o)])}function nr(){let e=Y({email:"",password:""}),t=P(ae),o=e.submit(async a=>{try{await Gn(a.email.trim(),a.password)}catch(n){throw n.status===401&&(n.code="wrong_credentials"),n}$e(yi(),{replace:!0})},a=>ue(a,["email","password"])),i={email:r("field.email"),password:r("field.password")};return c`<${O} title=${r("signin.title")} intro=${r("signin.intro")}>
    <form class="form narrow" onSubmit=${o} novalidate>
      <${oe} form=${e} labels=${i} />
      <${I} form=${e} name="email" label=${i.email} type="email" autocomplete="username" required inputMode="email" spellcheck=${!1} />
      <${I} form=${e} name="password" label=${i.password} type="password" autocomplete="current-password" required />
      <div class="actions">
        <${re} form=${e} label=${r("signin.submit")} busyLabel=${r("signin.busy")} />
      </div>
    </form>
    <p>${r("signin.no_account")} <a href="/register">${r("signin.register")}</a></p>
    ${t.data?.demo&&c`<aside class="notice" aria-labelledby="demo-title">
      <h2 id="demo-title">${r("signin.demo_title")}</h2>
      <p>${r("signin.demo_text",{email:"secretariat@village.example",password:"village-demo-2020"})}</p>
    </aside>`}
  <//>`}var ds={search:"M10.5 4a6.5 6.5 0 1 0 4.03 11.6l4.43 4.44 1.42-1.42-4.44-4.43A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z",camera:"M9 4 7.6 6H5a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-2.6L15 4H9Zm3 5a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z",pencil:"m15.2 4.4 4.4 4.4L9 19.4H4.6V15L15.2 4.4Zm0 2.8-8.6 8.6v1.6h1.6l8.6-8.6-1.6-1.6Z",wave:"M7.3 11.6 4.6 8.9a1.3 1.3 0 0 1 1.8-1.8l4 4-.7.7 1 1 .7-.7-5.4-5.4a1.3 1.3 0 0 1 1.8-1.8l5.4 5.4.7-.7-4.3-4.3a1.3 1.3 0 0 1 1.8-1.8l4.3 4.3.7-.7-2.6-2.6a1.3 1.3 0 0 1 1.8-1.8l4.4 4.4a6.5 6.5 0 0 1 0 9.2l-1 1a6.5 6.5 0 0 1-9.2 0l-4.8-4.8a1.3 1.3 0 0 1 1.8-1.8l1.3 1.3.7-.7-2.6-2.6Z",village:"M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z",external:"M14 3v2h3.6l-9.3 9.3 1.4 1.4L19 6.4V10h2V3h-7ZM5 5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-6h-2v6H5V7h6V5H5Z"};function Re({name:e}){return c`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d=${ds[e]} /></svg>`}function co(e){let[t]=w(()=>Jn(e));return E(()=>()=>t.release(),[]),t}function hs({m:e,me:t,wave:o}){let i=e.id===t.id;return c`<li class="face" data-person-id=${e.id}>
    <${ee} id=${e.id} name=${e.name} photo=${e.photo_url} size="m" />
    <div class="face-text">
      <a class="face-name" href=${"/people/"+encodeURIComponent(e.id)}>${e.name}</a>
      ${e.role&&e.role!=="participant"&&c`<span class=${"role role-"+e.role}>${r("role."+e.role)}</span>`}
    </div>
    ${i?c`<span class="muted face-you">${r("home.you")}</span>`:c`<button type="button" class="small" onClick=${o(e)} aria-label=${r("home.wave",{name:e.name})}>
          <${Re} name="wave" /> ${r("home.wave_short")}
        </button>`}
  </li>`}function rr(){let e=M.value,t=co("lobby"),o=t.members.value,i=t.count.value,a=ce.value==="connected",n=s=>async()=>{try{await so(s.id,"wave",{}),x(r("home.waved",{name:s.name}))}catch{x(r("home.wave_failed",{name:s.name}),{kind:"error"})}};return c`<${O} title=${r("home.title",{name:e.display_name})} intro=${r("home.intro")} wide>
    <div class="home-grid">
      <section aria-labelledby="online-title" class="card now">
        <div class="section-head">
          <h2 id="online-title">${r("home.online_title")}</h2>
          <p class="count">
            ${a&&c`<span class="live-dot" aria-hidden="true"></span>`}
            ${a?r("home.online_count",{count:i}):r("home.online_waiting")}
          </p>
        </div>
        <ul id="online" class="faces">
          ${o.map(s=>c`<${hs} key=${s.id} m=${s} me=${e} wave=${n} />`)}
        </ul>
        ${t.truncated.value&&c`<p class="muted">${r("home.online_truncated",{shown:o.length,count:i})}</p>`}
      </section>
      <aside aria-labelledby="next-title" class="card next">
        <h2 id="next-title">${r("home.next_title")}</h2>
        <ul class="next-list">
          <li><a href="/village"><span class="next-icon"><${Re} name="village" /></span>${r("home.next_village")}</a></li>
          <li><a href="/people"><span class="next-icon"><${Re} name="search" /></span>${r("home.next_people")}</a></li>
          <li>
            <a href="/me"><span class="next-icon"><${Re} name=${e.photo_url?"pencil":"camera"} /></span>${e.photo_url?r("home.next_profile"):r("home.next_photo")}</a>
          </li>
        </ul>
      </aside>
    </div>
  <//>`}function $i(){return c`<${O} title=${r("notfound.title")}>
    <p>${r("notfound.text")}</p>
    <p><a href="/">${r("notfound.home")}</a></p>
  <//>`}var uo=e=>String(e).normalize("NFD").replace(new RegExp("\\p{M}","gu"),"").toLocaleLowerCase();function ho({form:e,name:t,label:o,hint:i,options:a,required:n}){let s="f-"+t,l=s+"-list",u=e.errors[t],f=e.values[t]||[],[d,p]=w(""),[m,h]=w(!1),[g,b]=w(0),_=S(null),v=S(null),$=uo(d.trim()),C=$?a.filter(([y,Q,,K])=>uo(Q).includes($)||uo(y)===$||K&&uo(K).includes($)):a,A=Math.min(g,Math.max(0,C.length-1)),J=m&&C[A],Me=new Map(a.map(y=>[y[0],y]));E(()=>{m&&J&&document.getElementById(`${s}-opt-${J[0]}`)?.scrollIntoView({block:"nearest"})},[m,A,$]);let me=y=>e.set(t,f.includes(y)?f.filter(Q=>Q!==y):[...f,y]),se=y=>{h(!0),b(Math.max(0,Math.min(C.length-1,y)))},kt=y=>{switch(y.key){case"ArrowDown":y.preventDefault(),se(m?A+1:A);break;case"ArrowUp":y.preventDefault(),se(m?A-1:A);break;case"Home":case"End":m&&(y.preventDefault(),se(y.key==="Home"?0:C.length-1));break;case"Enter":m&&J?(y.preventDefault(),me(J[0]),d&&(p(""),b(a.indexOf(J)))):m||(y.preventDefault(),h(!0));break;case"Escape":m?(y.preventDefault(),y.stopPropagation(),h(!1)):d&&(y.preventDefault(),p(""));break;case"Backspace":!d&&f.length&&e.set(t,f.slice(0,-1));break;case"Tab":h(!1);break}};return c`<div class=${"field multiselect"+(u?" has-error":"")}>
    <label for=${s} id=${s+"-label"}>${o}${n?c` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${tt} id=${s} text=${i} />
    <${Te} id=${s} error=${u} />
    ${f.length>0&&c`<ul class="chips" id=${s+"-chosen"} aria-label=${r("multiselect.chosen",{field:o,count:f.length})}>
      ${f.map(y=>{let[,Q,K]=Me.get(y)||[y,y];return c`<li class="chip" key=${y} data-value=${y}>
          <span lang=${K}>${Q}</span>
          <button
            type="button"
            class="chip-remove"
            aria-label=${r("multiselect.remove",{name:Q})}
            onClick=${()=>{me(y),_.current?.focus()}}
          ><span aria-hidden="true">×</span></button>
        </li>`})}
    </ul>`}
    <div class="combo">
      <input
        id=${s}
        ref=${_}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${m?"true":"false"}
        aria-controls=${l}
        aria-activedescendant=${J?`${s}-opt-${J[0]}`:void 0}
        aria-invalid=${u?"true":void 0}
        aria-required=${n?"true":void 0}
        aria-describedby=${[Ee(s,i,u),f.length?s+"-chosen":""].filter(Boolean).join(" ")||void 0}
        placeholder=${r("multiselect.search")}
        value=${d}
        onInput=${y=>{p(y.currentTarget.value),b(0),h(!0)}}
        onKeyDown=${kt}
        onClick=${()=>h(!0)}
        onBlur=${y=>{v.current?.contains(y.relatedTarget)||h(!1)}}
      />
      <ul
        id=${l}
        ref=${v}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby=${s+"-label"}
        class="listbox"
        hidden=${!m}
        onMouseDown=${y=>y.preventDefault()}
      >
        ${C.map(([y,Q,K],ie)=>c`<li
            key=${y}
            id=${`${s}-opt-${y}`}
            role="option"
            data-value=${y}
            aria-selected=${f.includes(y)?"true":"false"}
            class=${ie===A?"active":void 0}
            onClick=${()=>{me(y),b(ie)}}
          ><span class="tick" aria-hidden="true"></span><span lang=${K}>${Q}</span></li>`)}
        ${C.length===0&&c`<li role="option" aria-disabled="true" aria-selected="false" class="none">${r("multiselect.none")}</li>`}
      </ul>
    </div>
  </div>`}var ar="AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(" ");var wi=new Map;function lr(e){return wi.has(e)||wi.set(e,Zt(e)),wi.get(e)}function Ei(e=[]){let t=e.filter(o=>!Gt.includes(o));return[...Gt,...t].map(o=>[o,lr(o),o,de(o)])}var ki={lang:null,list:[]};function fo(){if(ki.lang!==z.value){let e=Gt.map(t=>{let o=de(t),i=lr(t);return[t,o.toLocaleLowerCase()===i.toLocaleLowerCase()?i:`${o} (${i})`,o]}).sort((t,o)=>be(t[2],o[2])).map(([t,o])=>[t,o]);ki={lang:z.value,list:e}}return ki.list}var xi={lang:null,list:[]};function fs(){if(xi.lang!==z.value){let e=ar.map(t=>[t,qe(t)]).sort((t,o)=>be(t[1],o[1]));xi={lang:z.value,list:e}}return xi.list}var ps=["Africa","America","Antarctica","Arctic","Asia","Atlantic","Australia","Europe","Indian","Pacific"],yt={lang:null,groups:[],known:new Set};function ms(e,t=new Date){try{let o=new Intl.DateTimeFormat("en-US",{timeZone:e,timeZoneName:"longOffset"}).formatToParts(t).find(a=>a.type==="timeZoneName"),i=/GMT([+-]\d\d:\d\d)?/.exec(o?.value||"");return i?"UTC"+(i[1]||""):"UTC"}catch{return"UTC"}}function sr(e,t){let o=e.split("/").pop().replaceAll("_"," "),i=ms(e,t),a="";try{a=new Intl.DateTimeFormat(z.value,{timeZone:e,timeZoneName:"longGeneric"}).formatToParts(t).find(s=>s.type==="timeZoneName")?.value||""}catch{}let n=a&&!/^(GMT|UTC)([+\-−]|$)/.test(a);return e==="UTC"?`UTC (${r("field.time_zone.utc")})`:`${o} (${i})${n?" · "+a:""}`}function gs(e){if(yt.lang!==z.value){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}let o=new Date,i=new Map;for(let n of new Set(["UTC",...t])){let s=ps.includes(n.split("/")[0])&&n.includes("/")?n.split("/")[0]:"other";i.has(s)||i.set(s,[]),i.get(s).push([n,sr(n,o)])}let a=[...i.entries()].map(([n,s])=>({group:r("field.time_zone.region."+n.toLowerCase()),region:n,options:s.sort((l,u)=>be(l[1],u[1]))}));a.sort((n,s)=>(s.region==="other")-(n.region==="other")||be(n.group,s.group)),yt={lang:z.value,groups:a,known:new Set(t.concat("UTC"))}}return e&&!yt.known.has(e)?[{group:r("field.time_zone.region.other"),region:"current",options:[[e,sr(e,new Date)]]},...yt.groups]:yt.groups}function cr(e){return String(e||"").split(/[,،，、]/).map(t=>t.trim()).filter(Boolean)}var Si=e=>[...String(e||"").trim()].length;function po(e){return{display_name:e.display_name||"",stakeholder_group:e.stakeholder_group||"",region:e.region||"",country:e.country||"",languages:[...e.languages||[]],time_zone:e.time_zone||"",themes:[...e.themes||[]],tags:(e.tags||[]).join(", "),expertise:e.expertise||"",youth:!!e.youth,parliamentarian:!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function $t(e){return{display_name:e.display_name.trim(),stakeholder_group:e.stakeholder_group,region:e.region,country:e.country,languages:e.languages,time_zone:e.time_zone,themes:e.themes,tags:cr(e.tags),expertise:e.expertise.trim(),youth:!!e.youth,parliamentarian:e.stakeholder_group==="government"&&!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function mo(e){let t=ue(e,["display_name","stakeholder_group","region","country","languages","time_zone"]);!t.display_name&&Si(e.display_name)>80&&(t.display_name={key:"field.display_name.invalid"}),!t.languages&&e.languages.length>10&&(t.languages={key:"field.languages.invalid"});let o=cr(e.tags);return(o.length>10||o.some(i=>Si(i)>40))&&(t.tags={key:"field.tags.invalid"}),Si(e.expertise)>500&&(t.expertise={key:"field.expertise.invalid"}),t}function wt(){return{display_name:r("field.display_name"),stakeholder_group:r("field.stakeholder_group"),parliamentarian:r("field.parliamentarian"),region:r("field.region"),country:r("field.country"),youth:r("field.youth"),languages:r("field.languages"),time_zone:r("field.time_zone"),themes:r("field.themes"),tags:r("field.tags"),expertise:r("field.expertise"),directory_opt_in:r("field.directory_opt_in")}}function Ti({form:e,label:t}){let o=e.values.time_zone,i=o?L(new Date().toISOString(),o,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";return c`<${B}
    form=${e}
    name="time_zone"
    label=${t}
    hint=${o?r("field.time_zone.hint",{time:i}):r("field.time_zone.hint_none")}
    options=${gs(o)}
    placeholder=${r("form.choose")}
    required
  />`}function go({form:e,meta:t,level:o="h2"}){let i=wt(),a=e.values,n=S([]);n.current=[...new Set([...n.current,...a.languages])];let s=o;return c`
    <${s} class="form-section">${r("profile.section.about")}<//>
    <${I} form=${e} name="display_name" label=${i.display_name} hint=${r("field.display_name.hint")} autocomplete="name" required />
    <${B}
      form=${e}
      name="stakeholder_group"
      label=${i.stakeholder_group}
      options=${U("stakeholder",t.stakeholder_groups)}
      placeholder=${r("form.choose")}
      required
      onChange=${l=>l!=="government"&&a.parliamentarian&&e.set("parliamentarian",!1)}
    />
    ${a.stakeholder_group==="government"&&c`<${ot} form=${e} name="parliamentarian" label=${i.parliamentarian} hint=${r("field.parliamentarian.hint")} />`}
    <${B}
      form=${e}
      name="region"
      label=${i.region}
      hint=${r("field.region.hint")}
      options=${U("region",t.regions)}
      placeholder=${r("form.choose")}
      required
    />
    <${B} form=${e} name="country" label=${i.country} options=${fs()} placeholder=${r("form.choose")} required />
    <${ot} form=${e} name="youth" label=${i.youth} hint=${r("field.youth.hint")} />

    <${s} class="form-section">${r("profile.section.languages")}<//>
    <${ho}
      form=${e}
      name="languages"
      label=${i.languages}
      hint=${r("field.languages.hint")}
      options=${Ei(n.current)}
      required
    />
    <${Ti} form=${e} label=${i.time_zone} />

    <${s} class="form-section">${r("profile.section.interests")}<//>
    <${lo} form=${e} name="themes" legend=${i.themes} hint=${r("field.themes.hint")} options=${U("theme",t.themes)} />
    <${I} form=${e} name="tags" label=${i.tags} hint=${r("field.tags.hint")} />
    <${I} form=${e} name="expertise" label=${i.expertise} hint=${r("field.expertise.hint")} multiline rows=${4} />

    <${s} class="form-section">${r("profile.section.directory")}<//>
    <${ot} form=${e} name="directory_opt_in" label=${i.directory_opt_in} hint=${r("field.directory_opt_in.hint")} />
  `}var bs=()=>({email:"",password:"",display_name:"",stakeholder_group:"",region:"",country:"",languages:[],time_zone:Ge(),themes:[],tags:"",expertise:"",youth:!1,parliamentarian:!1,directory_opt_in:!1});function _s({id:e,form:t}){let o=P(()=>F("/api/invitations/"+encodeURIComponent(e)),[e]),i=t.errors.invitation,a=r("register.invitation");o.data&&(a=r("register.invitation_role",{role:k("role",o.data.role)}));let n=i||o.error||o.data&&(o.data.used||o.data.expired);return c`<section
    id="f-invitation"
    tabindex="-1"
    class=${"notice"+(n?" notice-error":"")}
    aria-labelledby="invitation-title"
  >
    <h2 id="invitation-title">${r("register.invitation_title")}</h2>
    ${n?c`<p class="field-error"><span class="visually-hidden">${r("form.error_prefix")} </span>${i?bt(i):r("field.invitation.invalid")}</p>`:c`<p>${a}</p>`}
    <p><a href="/register">${r("register.without_invitation")}</a></p>
  </section>`}function ur(){let e=P(ae),t=new URLSearchParams(ne.value).get("invitation")||"",o=Y(bs(),{draft:"register"}),i={email:r("field.email"),password:r("field.password"),...wt(),invitation:r("register.invitation_title")},a=o.submit(async s=>{let l={email:s.email.trim(),password:s.password,...$t(s)};t&&(l.invitation=t);let u=await qn(l);o.clearDraft(),t?u.role==="participant"?x(r("register.welcome_invitation_lost",{name:u.display_name})):x(r("register.welcome_role",{name:u.display_name,role:k("role",u.role)})):x(r("register.welcome",{name:u.display_name}))},s=>{let l={...ue(s,["email","password"]),...mo(s)};!l.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email.trim())&&(l.email={key:"field.email.invalid"}),!l.password&&([...s.password].length<10||[...s.password].length>128)&&(l.password={key:"field.password.invalid"});let u=Object.keys(i);return Object.fromEntries(Object.entries(l).sort((f,d)=>u.indexOf(f[0])-u.indexOf(d[0])))}),n;return e.error?n=c`<${te} error=${e.error} retry=${e.reload} />`:e.data?n=c`<form class="form" onSubmit=${a} novalidate>
      <${oe} form=${o} labels=${i} />
      <p class="muted">${r("form.required_note")}</p>
      ${t&&c`<${_s} id=${t} form=${o} />`}
      <h2 class="form-section">${r("register.section.account")}</h2>
      <${I}
        form=${o}
        name="email"
        label=${i.email}
        hint=${r("field.email.hint")}
        type="email"
        autocomplete="email"
        inputMode="email"
        spellcheck=${!1}
        required
      />
      <${I}
        form=${o}
        name="password"
        label=${i.password}
        hint=${r("field.password.hint")}
        type="password"
        autocomplete="new-password"
        required
      />
      <${go} form=${o} meta=${e.data} level="h2" />
      <div class="actions">
        <${re} form=${o} label=${r("register.submit")} busyLabel=${r("register.busy")} />
      </div>
    </form>`:n=c`<${W} />`,c`<${O} title=${r("register.title")} intro=${r("register.intro")}>
    ${n}
    <p>${r("register.have_account")} <a href=${"/signin"+(t?"?next="+encodeURIComponent("/invite/"+t):"")}>${r("register.sign_in")}</a></p>
  <//>`}function dr(e){if(e instanceof D){if(e.status===404)return"invite.not_found";if(e.status===409)return"invite.used";if(e.status===410)return"invite.expired";if(e.code&&e.code!=="bad_request")return"error."+e.code}return"error.internal"}function vs({id:e}){let t=P(()=>F("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?c`${t.data.name}`:t.error?c`<span class="muted">${r("invite.organisation_unknown")}</span>`:c`<span class="muted">${r("common.loading")}</span>`}function hr({id:e}){let t=M.value,o=t?.time_zone,i=P(()=>F("/api/invitations/"+encodeURIComponent(e)),[e]),[a,n]=w(!1),[s,l]=w(null),[u,f]=w(null),d=S(null);E(()=>{(u||s)&&d.current?.focus()},[u,s]);let p=async()=>{if(!a){n(!0),l(null);try{let h=await _e("/api/invitations/"+encodeURIComponent(e)+"/accept");Se(h),f(h),i.set(g=>({...g,used:!0})),x(r("invite.accepted_toast",{role:k("role",h.role)}))}catch(h){let g=dr(h);h instanceof D&&h.status===409&&t?.role==="secretariat"&&i.data?.role==="staff"?g="invite.secretariat_staff":h instanceof D&&h.status===410&&i.data?.role==="staff"&&!i.data.expired&&(g="invite.organisation_gone"),l(g)}finally{n(!1)}}},m;if(i.loading&&!i.data)m=c`<${W} />`;else if(i.error)m=c`<div class="notice notice-error" role="alert">
      <p>${r(dr(i.error))}</p>
      ${!(i.error instanceof D&&i.error.status===404)&&c`<button type="button" onClick=${i.reload}>${r("common.retry")}</button>`}
    </div>`;else{let h=i.data,g=!h.used&&!h.expired,b="/invite/"+encodeURIComponent(e);m=c`
      <dl class="facts">
        <dt>${r("invite.role")}</dt>
        <dd>${k("role",h.role)}</dd>
        ${h.organisation_id&&c`<dt>${r("invite.organisation")}</dt>
          <dd>${t?c`<${vs} id=${h.organisation_id} />`:c`<span class="muted">${r("invite.organisation_signed_out")}</span>`}</dd>`}
        ${h.note&&c`<dt>${r("invite.note")}</dt><dd>${h.note}</dd>`}
        <dt>${h.expired?r("invite.expired_at"):r("invite.expires_at")}</dt>
        <dd>${L(h.expires_at,o)}</dd>
        <dt>${r("invite.state")}</dt>
        <dd>${h.used?r("invite.state.used"):h.expired?r("invite.state.expired"):r("invite.state.open")}</dd>
      </dl>
      <p>${r("invite.role_explained."+h.role)}</p>
      ${h.used&&!u&&c`<div class="notice notice-error"><p>${r("invite.used")}</p></div>`}
      ${!h.used&&h.expired&&c`<div class="notice notice-error"><p>${r("invite.expired")}</p></div>`}
      ${u&&c`<div class="notice notice-ok" tabindex="-1" ref=${d} role="status">
        <p>${r("invite.accepted",{role:k("role",u.role)})}</p>
        <p><a href="/">${r("invite.go_home")}</a></p>
      </div>`}
      ${s&&c`<div class="notice notice-error" tabindex="-1" ref=${d} role="alert"><p>${r(s)}</p></div>`}
      ${g&&!u&&(t?c`<p class="muted">${r("invite.signed_in_as",{name:t.display_name,role:k("role",t.role)})}</p>
            <div class="actions">
              <button type="button" class="primary" onClick=${p} aria-disabled=${a?"true":void 0}>
                ${a?r("invite.accepting"):r("invite.accept",{role:k("role",h.role)})}
              </button>
            </div>`:c`<p>${r("invite.signed_out")}</p>
            <ul class="link-list">
              <li><a href=${"/signin?next="+encodeURIComponent(b)}>${r("invite.sign_in")}</a></li>
              <li><a href=${"/register?invitation="+encodeURIComponent(e)}>${r("invite.register")}</a></li>
            </ul>`)}
    `}return c`<${O} title=${r("invite.title")} intro=${r("invite.intro")}>${m}<//>`}var fr=["image/jpeg","image/png","image/gif"],ys=25*1024*1024,$s=1024;async function ws(e){if(typeof createImageBitmap!="function")return e;try{let t=await createImageBitmap(e,{imageOrientation:"from-image"}),o=Math.min(1,$s/Math.max(t.width,t.height)),i=document.createElement("canvas");return i.width=Math.max(1,Math.round(t.width*o)),i.height=Math.max(1,Math.round(t.height*o)),i.getContext("2d").drawImage(t,0,0,i.width,i.height),t.close?.(),await new Promise(n=>i.toBlob(n,"image/jpeg",.9))||e}catch{return e}}function pr(e){switch(e?.code){case"payload_too_large":return r("photo.too_large");case"unsupported_media_type":return r("photo.wrong_type");case"validation_failed":return r("photo.unreadable");default:return r(e?.code?"error."+e.code:"error.internal")}}function mr({me:e}){let[t,o]=w(!1),[i,a]=w(""),n=S(null),s=async u=>{if(a(""),!!u){if(!fr.includes(u.type)){a(r("photo.wrong_type"));return}if(u.size>ys){a(r("photo.too_large"));return}o(!0);try{let f=await he("PUT","/api/me/photo",{raw:await ws(u)});Se(f),x(r("photo.saved"))}catch(f){a(pr(f))}finally{o(!1),n.current&&(n.current.value="")}}},l=async()=>{a(""),o(!0);try{Se(await he("DELETE","/api/me/photo")),x(r("photo.removed"))}catch(u){a(pr(u))}finally{o(!1)}};return c`<section aria-labelledby="photo-title" class="card photo-section" id="photo">
    <h2 id="photo-title">${r("profile.section.photo")}</h2>
    <div class="photo-row">
      <${ee} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="l" />
      <div class="photo-controls">
        <p class="hint" id="f-photo-hint">${r("photo.hint")}</p>
        ${i&&c`<p class="field-error" id="f-photo-error" role="alert">${i}</p>`}
        <div class="actions">
          <input
            type="file"
            id="f-photo"
            ref=${n}
            class="file-input"
            accept=${fr.join(",")}
            aria-describedby=${"f-photo-hint"+(i?" f-photo-error":"")}
            disabled=${t}
            onChange=${u=>s(u.currentTarget.files?.[0])}
          />
          <label for="f-photo" class="button primary">${t?r("photo.uploading"):e.photo_url?r("photo.change"):r("photo.choose")}</label>
          ${e.photo_url&&c`<button type="button" class="danger" onClick=${l} aria-disabled=${t?"true":void 0}>${r("photo.remove")}</button>`}
        </div>
      </div>
    </div>
  </section>`}var ks=(e,t)=>JSON.stringify(e)===JSON.stringify(t);function xs({me:e,meta:t}){let o=Y(po(e),{draft:"profile."+e.id}),i=wt(),a=o.submit(async n=>{let s=$t(n),l=$t(po(e)),u={};for(let[d,p]of Object.entries(s))ks(p,l[d])||(u[d]=p);if(Object.keys(u).length===0){x(r("profile.no_changes"));return}let f=await pt("/api/me",u);Se(f),o.setAll(po(f)),o.clearDraft(),x(r("profile.saved"))},mo);return c`<section aria-labelledby="profile-title" class="card">
    <h2 id="profile-title">${r("profile.section.profile")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${oe} form=${o} labels=${i} id="profile-errors" />
      <p class="muted">${r("form.required_note")}</p>
      <${go} form=${o} meta=${t} level="h3" />
      <div class="actions">
        <${re} form=${o} label=${r("profile.save")} busyLabel=${r("profile.saving")} />
      </div>
    </form>
  </section>`}function Ss({me:e}){let t=Y({email:e.email,password:"",current_password:""}),o={email:r("field.email"),password:r("profile.new_password"),current_password:r("field.current_password")},i=t.submit(async a=>{let n={};if(a.email.trim().toLowerCase()!==e.email&&(n.email=a.email.trim()),e.has_password&&a.password&&(n.password=a.password),Object.keys(n).length===0){x(r("profile.no_changes"));return}e.has_password&&(n.current_password=a.current_password);let s=await pt("/api/me",n);Se(s),t.setAll({email:s.email,password:"",current_password:""}),x(n.password?n.email?r("profile.both_changed"):r("profile.password_changed"):r("profile.email_changed"))},a=>{let n=ue(a,["email"]);!n.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email.trim())&&(n.email={key:"field.email.invalid"}),e.has_password&&a.password&&([...a.password].length<10||[...a.password].length>128)&&(n.password={key:"field.password.invalid"});let s=a.email.trim().toLowerCase()!==e.email||e.has_password&&a.password;return e.has_password&&s&&!a.current_password&&(n.current_password={key:"field.current_password.required"}),n});return c`<section aria-labelledby="signin-title" class="card">
    <h2 id="signin-title">${e.has_password?r("profile.section.signin"):r("profile.section.email")}</h2>
    <form class="form narrow" onSubmit=${i} novalidate>
      <${oe} form=${t} labels=${o} id="signin-errors" />
      ${!e.has_password&&c`<p>${r("profile.no_password")}</p>`}
      <${I} form=${t} name="email" label=${o.email} type="email" autocomplete="email" inputMode="email" spellcheck=${!1} required />
      ${e.has_password&&c`<${I} form=${t} name="password" label=${o.password} hint=${r("profile.new_password_hint")} type="password" autocomplete="new-password" />
        <${I}
          form=${t}
          name="current_password"
          label=${o.current_password}
          hint=${r("field.current_password.hint")}
          type="password"
          autocomplete="current-password"
        />`}
      <div class="actions">
        <${re} form=${t} label=${e.has_password?r("profile.signin_save"):r("profile.email_save")} busyLabel=${r("profile.saving")} />
      </div>
    </form>
  </section>`}function Es({me:e}){let t=Y({confirm_delete:!1}),o={confirm_delete:r("field.confirm_delete")},i=t.submit(async()=>{await Ve("/api/me");try{sessionStorage.removeItem("village.draft.profile."+e.id)}catch{}eo("user"),$e("/signin",{replace:!0}),x(r("profile.deleted"))},a=>a.confirm_delete?{}:{confirm_delete:{key:"field.confirm_delete.required"}});return c`<section aria-labelledby="delete-title" class="card danger-zone">
    <h2 id="delete-title">${r("profile.section.delete")}</h2>
    <p>${r("profile.delete_what")}</p>
    <ul>
      <li>${r("profile.delete_item.profile")}</li>
      <li>${r("profile.delete_item.sessions")}</li>
      <li>${r("profile.delete_item.role",{role:k("role",e.role)})}</li>
    </ul>
    <p>${r("profile.delete_stays")}</p>
    <form class="form" onSubmit=${i} novalidate>
      <${oe} form=${t} labels=${o} id="delete-errors" />
      <${ot} form=${t} name="confirm_delete" label=${o.confirm_delete} />
      <div class="actions">
        <button type="submit" class="danger primary" aria-disabled=${t.busy?"true":void 0}>
          ${t.busy?r("profile.deleting"):r("profile.delete")}
        </button>
      </div>
    </form>
  </section>`}function gr(){let e=M.value,t=P(ae),o;return t.error?o=c`<${te} error=${t.error} retry=${t.reload} />`:t.data?o=c`
      <p class="muted">
        ${r("profile.summary",{role:k("role",e.role),created:L(e.created_at,e.time_zone,{dateStyle:"long"})})}
        ${" "}<a href=${"/people/"+encodeURIComponent(e.id)}>${r("profile.see_public")}</a>
      </p>
      <${mr} me=${e} />
      <${xs} me=${e} meta=${t.data} />
      <${Ss} me=${e} />
      <${Es} me=${e} />
    `:o=c`<${W} />`,c`<${O} title=${r("profile.title")} intro=${r("profile.intro")}>${o}<//>`}function Ce(e,t){let o=new URLSearchParams(e),i={};for(let n of t)i[n]=o.get(n)||"";let a=parseInt(o.get("offset")||"0",10);return i.offset=Number.isFinite(a)&&a>0?a:0,i}function bo({form:e,names:t,search:o,results:i,keep:a={}}){let n=S(null),s=S(!1);E(()=>{e.setAll(Ce(o,t))},[o]),E(()=>{if(i.error instanceof D&&i.error.code==="validation_failed"){let{fields:d,general:p}=_t(i.error);e.fail(d,p)}},[i.error]),E(()=>{!i.loading&&s.current&&(s.current=!1,n.current?.focus())},[i.loading]);let l=e.submit(async d=>{let p={...a};for(let m of t)p[m]=typeof d[m]=="string"?d[m].trim():d[m];Ke(p)});return{heading:n,onSubmit:l,clear:()=>{e.setAll(Ce("",t)),Ke(a)},go:d=>()=>{s.current=!0;let{offset:p,...m}=Ce(o,t);Ke({...a,...m,offset:d||void 0})},set:t.filter(d=>Ce(o,t)[d]).length}}function _o({form:e,labels:t,filters:o,children:i}){let[a,n]=w(!1);return c`<section aria-labelledby="filters-title" class=${"card filters-card"+(a?" open":"")}>
    <h2 id="filters-title">
      <span class="filters-title-text">${r("directory.filters")}</span>
      <button type="button" class="filters-toggle" aria-expanded=${a?"true":"false"} aria-controls="filters-body" onClick=${()=>n(!a)}>
        <span>${r("directory.filters_count",{count:o.set})}</span><span class="chevron" aria-hidden="true">▾</span>
      </button>
    </h2>
    <form id="filters-body" class="form filters-body" onSubmit=${o.onSubmit} novalidate role="search" aria-labelledby="filters-title">
      <${oe} form=${e} labels=${t} />
      <div class="filters">${i}</div>
      <div class="actions">
        <${re} form=${e} label=${r("directory.search")} />
        <button type="button" onClick=${o.clear}>${r("directory.clear")}</button>
      </div>
    </form>
  </section>`}function Ts(e,t=o=>r("directory.count",{count:o})){let o=e.data;return e.loading?r("directory.searching"):o&&o.total===0?r("directory.none"):o&&o.items.length===0?r("directory.past_end",{count:o.total}):o?t(o.total)+" "+r("directory.showing",{from:o.offset+1,to:o.offset+o.items.length,total:o.total}):""}function vo({results:e,filters:t,limit:o,count:i,children:a}){let n=e.data,s=e.error instanceof D&&e.error.code==="validation_failed";return c`<section aria-labelledby="results-title" class="results-area">
    <h2 id="results-title" tabindex="-1" ref=${t.heading}>${r("directory.results")}</h2>
    <p role="status" aria-live="polite" class="results-count">${Ts(e,i)}</p>
    ${e.error&&!s&&c`<${te} error=${e.error} retry=${e.reload} />`}
    ${!n&&e.loading&&c`<${W} />`}
    ${n&&n.items.length>0&&a}
    ${n&&n.items.length>0&&n.total>n.limit&&c`<nav class="pager" aria-label=${r("directory.pages")}>
      ${n.offset>0&&c`<button type="button" onClick=${t.go(Math.max(0,n.offset-o))}>${r("directory.previous")}</button>`}
      ${n.offset+n.items.length<n.total&&c`<button type="button" onClick=${t.go(n.offset+o)}>${r("directory.next")}</button>`}
    </nav>`}
    ${n&&n.items.length===0&&n.total>0&&c`<p><button type="button" onClick=${t.go(0)}>${r("directory.first_page")}</button></p>`}
  </section>`}var br=20,vr=["q","theme","interest","stakeholder_group","region","language","youth"],_r=e=>Ce(e,vr);function Cs({p:e}){let t=[k("stakeholder",e.stakeholder_group),k("region",e.region),e.country&&qe(e.country)].filter(Boolean);return c`<li class="result">
    <${ee} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="m" />
    <div class="result-body">
      <div class="result-head">
        <h3><a href=${"/people/"+encodeURIComponent(e.id)}>${e.display_name}</a></h3>
        ${e.role!=="participant"&&c`<span class=${"role role-"+e.role}>${k("role",e.role)}</span>`}
      </div>
      <p>${t.join(" · ")}</p>
      ${e.languages.length>0&&c`<p>${r("directory.speaks",{languages:e.languages.map(de).join(", ")})}</p>`}
      ${e.themes.length>0&&c`<ul class="tags" aria-label=${r("directory.themes")}>
          ${e.themes.map(o=>c`<li key=${o}>${k("theme",o)}</li>`)}
        </ul>`}
    </div>
  </li>`}function yr(){let e=P(ae),t=Y(_r(ne.value)),o=ne.value,i=P(()=>{let{offset:u,...f}=_r(o);return F("/api/directory"+Yt({...f,offset:u||void 0,limit:br}))},[o]),a=bo({form:t,names:vr,search:o,results:i}),n={q:r("field.q"),theme:r("field.theme"),interest:r("field.interest"),stakeholder_group:r("field.stakeholder_group"),region:r("field.region"),language:r("field.language"),youth:r("directory.youth"),offset:r("directory.page"),limit:r("directory.page")},s=e.data||{themes:[],stakeholder_groups:[],regions:[]},l=i.data;return c`<${O} title=${r("directory.title")} intro=${r("directory.intro")} wide>
    ${e.error&&c`<${te} error=${e.error} retry=${e.reload} />`}
    <${_o} form=${t} labels=${n} filters=${a}>
      <${I} form=${t} name="q" label=${n.q} type="search" hint=${r("field.q.hint")} />
      <${B} form=${t} name="theme" label=${n.theme} options=${U("theme",s.themes)} placeholder=${r("directory.any")} />
      <${I} form=${t} name="interest" label=${n.interest} hint=${r("field.interest.hint")} />
      <${B}
        form=${t}
        name="stakeholder_group"
        label=${n.stakeholder_group}
        options=${U("stakeholder",s.stakeholder_groups)}
        placeholder=${r("directory.any")}
      />
      <${B} form=${t} name="region" label=${n.region} options=${U("region",s.regions)} placeholder=${r("directory.any")} />
      <${B} form=${t} name="language" label=${n.language} options=${fo()} placeholder=${r("directory.any")} />
      <${B}
        form=${t}
        name="youth"
        label=${n.youth}
        options=${[["true",r("directory.youth_only")],["false",r("directory.youth_not")]]}
        placeholder=${r("directory.any")}
      />
    <//>
    <${vo} results=${i} filters=${a} limit=${br}>
      <ul class="results" aria-busy=${i.loading?"true":void 0}>
        ${l?.items.map(u=>c`<${Cs} key=${u.id} p=${u} />`)}
      </ul>
    <//>
  <//>`}function yo({id:e}){let t=P(()=>F("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?c`${t.data.name}`:c`<span class="muted">${t.error?r("person.organisation_unknown"):r("common.loading")}</span>`}function As({p:e,me:t}){let i=co("lobby").members.value.find(n=>n.id===e.id);if(ce.value!=="connected")return null;let a=async()=>{try{await so(e.id,"wave",{}),x(r("home.waved",{name:e.display_name}))}catch{x(r("home.wave_failed",{name:e.display_name}),{kind:"error"})}};return c`<div class="presence">
    ${i?c`<p><span class="online-badge"><span class="dot" aria-hidden="true"></span>${r("person.online")}</span></p>
          ${e.id!==t.id&&c`<button type="button" onClick=${a}>${r("home.wave",{name:e.display_name})}</button>`}`:c`<p class="muted">${r("person.offline")}</p>`}
  </div>`}function $r({id:e}){let t=M.value,o=t?.time_zone,i=P(()=>F("/api/people/"+encodeURIComponent(e)),[e]),a=i.data,n,s=null,l=r("person.title");if(i.error){let u=i.error instanceof D&&i.error.status===404;n=c`<div class="notice notice-error" role="alert">
      <p>${u?r("person.not_found"):r(i.error.code?"error."+i.error.code:"error.internal")}</p>
      ${u?c`<p><a href="/people">${r("person.back")}</a></p>`:c`<button type="button" onClick=${i.reload}>${r("common.retry")}</button>`}
    </div>`}else if(!a)n=c`<${W} />`;else{l=a.display_name,s=c`<${ee} id=${a.id} name=${a.display_name} photo=${a.photo_url} size="l" />`;let u=a.time_zone?L(new Date().toISOString(),a.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";n=c`
      ${a.id===t.id&&c`<p class="notice">${r("person.is_you")} <a href="/me">${r("person.edit")}</a></p>`}
      <${As} p=${a} me=${t} />
      ${a.listed===!1&&a.id!==t.id&&c`<p class="notice">${r("person.unlisted",{name:a.display_name})}</p>`}
      <section aria-labelledby="about-title" class="card">
        <h2 id="about-title">${r("person.about")}</h2>
        <dl class="facts">
          <dt>${r("person.role")}</dt>
          <dd>${k("role",a.role)}</dd>
          ${a.organisation_id&&c`<dt>${r("person.organisation")}</dt><dd><${yo} id=${a.organisation_id} /></dd>`}
          ${a.stakeholder_group&&c`<dt>${r("field.stakeholder_group")}</dt><dd>${k("stakeholder",a.stakeholder_group)}</dd>`}
          ${a.parliamentarian&&c`<dt>${r("person.parliamentarian")}</dt><dd>${r("person.yes")}</dd>`}
          ${a.region&&c`<dt>${r("field.region")}</dt><dd>${k("region",a.region)}</dd>`}
          ${a.country&&c`<dt>${r("field.country")}</dt><dd>${qe(a.country)}</dd>`}
          ${a.youth&&c`<dt>${r("person.youth")}</dt><dd>${r("person.yes")}</dd>`}
          ${a.languages?.length>0&&c`<dt>${r("person.languages")}</dt><dd>${a.languages.map(de).join(", ")}</dd>`}
          ${a.time_zone&&c`<dt>${r("field.time_zone")}</dt>
            <dd>${r("person.time_zone",{zone:a.time_zone.replaceAll("_"," "),time:u})}</dd>`}
          ${a.created_at&&c`<dt>${r("person.registered")}</dt><dd>${L(a.created_at,o,{dateStyle:"long"})}</dd>`}
        </dl>
      </section>
      ${a.listed!==!1&&c`<section aria-labelledby="interests-title" class="card">
        <h2 id="interests-title">${r("person.interests")}</h2>
        ${a.themes.length===0&&a.tags.length===0&&!a.expertise&&c`<p class="muted">${r("person.no_interests")}</p>`}
        ${a.themes.length>0&&c`<h3>${r("person.themes")}</h3>
          <ul class="tags">
            ${a.themes.map(f=>c`<li key=${f}>${k("theme",f)}</li>`)}
          </ul>`}
        ${a.tags.length>0&&c`<h3>${r("field.tags")}</h3>
          <ul class="tags">
            ${a.tags.map(f=>c`<li key=${f}>${f}</li>`)}
          </ul>`}
        ${a.expertise&&c`<h3>${r("field.expertise")}</h3><p class="expertise">${a.expertise}</p>`}
      </section>`}
      <p><a href="/people">${r("person.back")}</a></p>
    `}return c`<${O} title=${l} figure=${s}>${n}<//>`}var Hs={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},Is={hour:"numeric",minute:"2-digit"};function it(e){return e.open?e.open_now?"open":"between":"closed"}function $o(e,t,o){let i=it(e);return i==="closed"?r("booth.closed_note"):t?i==="open"?r("booth.open_until",{time:L(t.ends_at,o,Is)}):r("booth.opens_at",{when:L(t.starts_at,o,Hs)}):r("booth.no_opening")}function wo({b:e}){let t=it(e);return c`<span class=${"booth-state booth-state-"+t}><span class="dot" aria-hidden="true"></span>${r("booth.state."+t)}</span>`}function ko({b:e}){return c`<p class="figures">
    <span>${r("booth.visitors_now",{count:e.visitors_now||0})}</span>
    <span>${r("booth.staff_online",{count:e.staff_online||0})}</span>
  </p>`}var wr=20,kr=100,xr=["q","theme","language","region","kind","open_now"],Ps=["list","overview"],Ci=e=>Ce(e,xr),Bs=e=>new URLSearchParams(e).get("view")==="overview"?"overview":"list",Sr=e=>"/booths/"+encodeURIComponent(e);function Ns({b:e,zone:t}){return c`<li class="result booth-card" data-booth-id=${e.id}>
    <${ee} id=${e.organisation_id} name=${e.title} size="m" square />
    <div class="result-body">
      <div class="result-head">
        <h3 dir="auto"><a href=${Sr(e.id)}>${e.title}</a></h3>
        <${wo} b=${e} />
      </div>
      <p>${[k("kind",e.kind),k("region",e.region)].filter(Boolean).join(" · ")}</p>
      <p class="opening">${$o(e,e.next_opening,t)}</p>
      ${e.themes.length>0&&c`<ul class="tags" aria-label=${r("directory.themes")}>
        ${e.themes.map(o=>c`<li key=${o}>${k("theme",o)}</li>`)}
      </ul>`}
      ${e.languages.length>0&&c`<p>${r("village.languages",{languages:e.languages.map(de).join(", ")})}</p>`}
      <${ko} b=${e} />
    </div>
  </li>`}function Ls({items:e,kinds:t,busy:o}){let i=new Map;for(let n of e)i.has(n.kind)||i.set(n.kind,[]),i.get(n.kind).push(n);let a=[...t.filter(n=>i.has(n)),...[...i.keys()].filter(n=>!t.includes(n))];return c`<div class="districts" aria-busy=${o?"true":void 0}>
    ${a.map((n,s)=>{let l=i.get(n),u=l.filter(f=>it(f)==="open").length;return c`<section class=${"district district-"+s%6} aria-labelledby=${"district-"+n} key=${n} data-kind=${n}>
        <h3 id=${"district-"+n}>${k("kind",n)} <span class="district-count">${r("village.district_count",{count:l.length,open:u})}</span></h3>
        <ul class="plots">
          ${l.map(f=>c`<li key=${f.id}>
              <a class=${"plot plot-"+it(f)} href=${Sr(f.id)} data-booth-id=${f.id}>
                <span class="dot" aria-hidden="true"></span>
                <span class="plot-title" dir="auto">${f.title}</span>
                <span class="visually-hidden">, ${r("booth.state."+it(f))}</span>
              </a>
            </li>`)}
        </ul>
      </section>`})}
  </div>`}function Rs({view:e}){let t=o=>()=>Ke({...Ci(ne.value),offset:void 0,view:o==="list"?void 0:o});return c`<div class="view-switch" role="group" aria-label=${r("village.view")}>
    ${Ps.map(o=>c`<button type="button" key=${o} aria-pressed=${e===o?"true":"false"} onClick=${t(o)}>${r("village.view."+o)}</button>`)}
  </div>`}function Er(){let t=M.value?.time_zone,o=P(ae),i=Y(Ci(ne.value)),a=ne.value,n=Bs(a),s=P(()=>{let{offset:p,...m}=Ci(a),h=n==="overview";return F("/api/booths"+Yt({...m,offset:!h&&p||void 0,limit:h?kr:wr}))},[a]),l=bo({form:i,names:xr,search:a,results:s,keep:{view:n==="list"?void 0:n}}),u={q:r("village.q"),theme:r("field.theme"),language:r("village.language"),region:r("field.region"),kind:r("field.kind"),open_now:r("village.open_now"),offset:r("directory.page"),limit:r("directory.page")},f=o.data||{themes:[],regions:[],organisation_kinds:[]},d=s.data;return c`<${O} title=${r("village.title")} intro=${r("village.intro")} wide>
    ${o.error&&c`<${te} error=${o.error} retry=${o.reload} />`}
    <${_o} form=${i} labels=${u} filters=${l}>
      <${I} form=${i} name="q" label=${u.q} type="search" hint=${r("village.q_hint")} />
      <${B} form=${i} name="theme" label=${u.theme} options=${U("theme",f.themes)} placeholder=${r("directory.any")} />
      <${B} form=${i} name="language" label=${u.language} options=${fo()} placeholder=${r("directory.any")} />
      <${B} form=${i} name="region" label=${u.region} options=${U("region",f.regions)} placeholder=${r("directory.any")} />
      <${B} form=${i} name="kind" label=${u.kind} options=${U("kind",f.organisation_kinds)} placeholder=${r("directory.any")} />
      <${B}
        form=${i}
        name="open_now"
        label=${u.open_now}
        options=${[["true",r("village.open_now_only")],["false",r("village.open_now_not")]]}
        placeholder=${r("directory.any")}
      />
    <//>
    <${Rs} view=${n} />
    <${vo} results=${s} filters=${l} limit=${n==="overview"?kr:wr} count=${p=>r("village.count",{count:p})}>
      ${n==="overview"?c`<${Ls} items=${d?.items||[]} kinds=${f.organisation_kinds} busy=${s.loading} />`:c`<ul class="results" aria-busy=${s.loading?"true":void 0}>
            ${d?.items.map(p=>c`<${Ns} key=${p.id} b=${p} zone=${t} />`)}
          </ul>`}
    <//>
  <//>`}var Tr=["title","description","themes","languages","links","time_zone","hours"],Ms=["kind","stakeholder_group","region"];function Cr(e){return{title:e.title,description:e.description,themes:e.themes,languages:e.languages,links:e.links.map(t=>({title:t.title,url:t.url})),time_zone:e.time_zone,hours:e.hours.map(t=>({date:t.date,opens:t.opens,closes:t.closes})),kind:e.kind,stakeholder_group:e.stakeholder_group,region:e.region}}function Ar({form:e,name:t,legend:o,hint:i,columns:a,blank:n,addLabel:s,removeLabel:l}){let u="f-"+t,f=e.errors[t],d=e.values[t]||[],p=(g,b,_)=>e.set(t,d.map((v,$)=>$===g?{...v,[b]:_}:v)),m=S(!1),h=S(null);return E(()=>{m.current&&(m.current=!1,h.current?.querySelector("li:last-child input")?.focus())},[d.length]),c`<fieldset id=${u} class=${"field rows"+(f?" has-error":"")} aria-describedby=${Ee(u,i,f)} aria-invalid=${f?"true":void 0} tabindex="-1">
    <legend>${o}</legend>
    ${i&&c`<p class="hint" id=${u+"-hint"}>${i}</p>`}
    <${Te} id=${u} error=${f} />
    <ol class="row-list" ref=${h}>
      ${d.map((g,b)=>c`<li key=${b} class="row">
          ${a.map(_=>c`<div class="field" key=${_.key}>
              <label for=${`${u}-${b}-${_.key}`}>${_.label(b+1)}</label>
              <input
                id=${`${u}-${b}-${_.key}`}
                type=${_.type||"text"}
                value=${g[_.key]}
                placeholder=${_.placeholder}
                maxLength=${_.maxLength}
                inputMode=${_.inputMode}
                dir=${_.dir}
                onInput=${v=>p(b,_.key,v.currentTarget.value)}
              />
            </div>`)}
          <button type="button" class="small" onClick=${()=>e.set(t,d.filter((_,v)=>v!==b))}>${l(b+1)}</button>
        </li>`)}
    </ol>
    <p>
      <button
        type="button"
        class="small"
        onClick=${()=>{m.current=!0,e.set(t,[...d,{...n}])}}
      >
        ${s}
      </button>
    </p>
  </fieldset>`}function Os({b:e,onSaved:t}){let[o,i]=w(!1),a=async()=>{if(!o){i(!0);try{let n=await _e("/api/booths/"+encodeURIComponent(e.id)+(e.open?"/close":"/open"));t(n),x(n.open?r("booth.edit.opened"):r("booth.edit.closed"))}catch(n){x(r(n?.code?"error."+n.code:"error.internal"),{kind:"error"})}finally{i(!1)}}};return c`<div class="open-switch">
    <p>${e.open?r("booth.edit.is_open"):r("booth.edit.is_closed")}</p>
    <button type="button" class=${e.open?"danger":"primary"} aria-disabled=${o?"true":void 0} onClick=${a}>
      ${e.open?r("booth.edit.close"):r("booth.edit.open")}
    </button>
  </div>`}function Hr({b:e,me:t,onSaved:o}){let i=t.role==="secretariat",a=P(ae),[n,s]=w(!1),l=Y(Cr(e),{draft:"booth."+e.id}),u=a.data||{themes:[],regions:[],stakeholder_groups:[],organisation_kinds:[]},f={title:r("booth.edit.title_field"),description:r("field.description"),themes:r("field.themes"),languages:r("booth.edit.languages"),links:r("booth.materials"),time_zone:r("field.time_zone"),hours:r("booth.hours"),kind:r("field.kind"),stakeholder_group:r("field.stakeholder_group"),region:r("field.region")},d=l.submit(async p=>{let m={};for(let g of i?[...Tr,...Ms]:Tr)m[g]=typeof p[g]=="string"?p[g].trim():p[g];m.links=p.links.map(g=>({title:g.title.trim(),url:g.url.trim()})),m.hours=p.hours.map(g=>({date:g.date.trim(),opens:g.opens.trim(),closes:g.closes.trim()}));let h=await pt("/api/booths/"+encodeURIComponent(e.id),m);l.clearDraft(),l.setAll(Cr(h)),o(h),x(r("booth.edit.saved"))},void 0,{keys:{description:"booth.edit.description_invalid"}});return c`<section aria-labelledby="edit-title" class="card booth-edit">
    <div class="section-head">
      <h2 id="edit-title">${r("booth.edit")}</h2>
      <button type="button" aria-expanded=${n?"true":"false"} aria-controls="booth-edit-body" onClick=${()=>s(!n)}>
        ${n?r("booth.edit.hide"):r("booth.edit.show")}
      </button>
    </div>
    <div id="booth-edit-body" hidden=${!n}>
      ${i&&c`<${Os} b=${e} onSaved=${o} />`}
      ${n&&c`<form class="form" onSubmit=${d} novalidate aria-labelledby="edit-title">
        <${oe} form=${l} labels=${f} id="booth-errors" />
        <${I} form=${l} name="title" label=${f.title} maxLength=${120} required />
        <${I} form=${l} name="description" label=${f.description} hint=${r("booth.edit.description_hint")} multiline rows=${10} maxLength=${5e3} />
        ${i&&c`<div class="filters">
          <${B} form=${l} name="kind" label=${f.kind} options=${U("kind",u.organisation_kinds)} required />
          <${B} form=${l} name="stakeholder_group" label=${f.stakeholder_group} options=${U("stakeholder",u.stakeholder_groups)} required />
          <${B} form=${l} name="region" label=${f.region} options=${U("region",u.regions)} required />
        </div>`}
        <${lo} form=${l} name="themes" legend=${f.themes} options=${U("theme",u.themes)} />
        <${ho} form=${l} name="languages" label=${f.languages} hint=${r("booth.edit.languages_hint")} options=${Ei(l.values.languages)} />
        <${Ar}
          form=${l}
          name="links"
          legend=${f.links}
          hint=${r("booth.edit.links_hint")}
          blank=${{title:"",url:""}}
          columns=${[{key:"title",label:p=>r("booth.edit.link_title",{n:p}),maxLength:120},{key:"url",label:p=>r("booth.edit.link_url",{n:p}),type:"url",placeholder:"https://",maxLength:500,dir:"ltr"}]}
          addLabel=${r("booth.edit.link_add")}
          removeLabel=${p=>r("booth.edit.link_remove",{n:p})}
        />
        <${Ti} form=${l} label=${r("booth.edit.time_zone")} />
        <${Ar}
          form=${l}
          name="hours"
          legend=${f.hours}
          hint=${r("booth.edit.hours_hint")}
          blank=${{date:"",opens:"09:00",closes:"13:00"}}
          columns=${[{key:"date",label:p=>r("booth.edit.hours_date",{n:p}),type:"date",dir:"ltr"},{key:"opens",label:p=>r("booth.edit.hours_opens",{n:p}),placeholder:"09:00",maxLength:5,dir:"ltr"},{key:"closes",label:p=>r("booth.edit.hours_closes",{n:p}),placeholder:"13:00",maxLength:5,dir:"ltr"}]}
          addLabel=${r("booth.edit.hours_add")}
          removeLabel=${p=>r("booth.edit.hours_remove",{n:p})}
        />
        <div class="actions">
          <${re} form=${l} label=${r("booth.edit.save")} busyLabel=${r("profile.saving")} />
        </div>
      </form>`}
    </div>
  </section>`}var zs={weekday:"long",day:"numeric",month:"long"},Ai={year:"numeric",month:"2-digit",day:"2-digit"};function Ds(e,t){return e&&(e.role==="secretariat"||e.role==="staff"&&e.organisation_id===t.organisation_id)}function Fs(e,t){return e.hours.find(o=>new Date(o.ends_at)>t)||null}function Us(e,t){let o=new Date(e.starts_at),i=new Date(e.ends_at),n=L(e.starts_at,t,Ai)===L(new Date(i-1).toISOString(),t,Ai)?{hour:"numeric",minute:"2-digit"}:{weekday:"short",hour:"numeric",minute:"2-digit"};try{return new Intl.DateTimeFormat(z.value,{...n,timeZone:t||Ge()}).formatRange(o,i)}catch{return L(e.starts_at,t,n)+" – "+L(e.ends_at,t,n)}}function Gs({b:e,zone:t,now:o}){let i=e.hours.filter(l=>new Date(l.ends_at)>o),a=t||Ge(),n=e.time_zone!==a,s=[];for(let l of i){let u=L(l.starts_at,t,Ai);(s.length===0||s[s.length-1].key!==u)&&s.push({key:u,label:L(l.starts_at,t,zs),hours:[]}),s[s.length-1].hours.push(l)}return c`<section aria-labelledby="hours-title" class="card">
    <h2 id="hours-title">${r("booth.hours")}</h2>
    <p class="muted">${r("booth.hours_zone",{zone:a.replaceAll("_"," ")})}</p>
    ${s.length===0?c`<p>${r("booth.no_opening")}</p>`:c`<ul class="hours">
          ${s.map(l=>c`<li key=${l.key}>
              <span class="hours-day">${l.label}</span>
              <ul>
                ${l.hours.map(u=>{let f=new Date(u.starts_at)<=o;return c`<li key=${u.starts_at} class=${f?"hours-now":void 0}>
                    <span class="hours-range">${Us(u,t)}</span>
                    ${f&&c` <strong class="hours-on">${r("booth.hours_now")}</strong>`}
                    ${n&&c` <span class="muted">${r("booth.hours_there",{time:"⁦"+u.opens+"–"+u.closes+"⁩"})}</span>`}
                  </li>`})}
              </ul>
            </li>`)}
        </ul>`}
  </section>`}function qs({links:e}){let t=e.filter(o=>/^https:\/\//i.test(o.url));return t.length===0?null:c`<section aria-labelledby="materials-title" class="card">
    <h2 id="materials-title">${r("booth.materials")}</h2>
    <ul class="link-list materials">
      ${t.map((o,i)=>c`<li key=${i}>
          <a href=${o.url} target="_blank" rel="noopener noreferrer" dir="auto">${o.title}<span class="visually-hidden"> (${r("common.new_tab")})</span> <${Re} name="external" /></a>
          <span class="muted link-host">${Vs(o.url)}</span>
        </li>`)}
    </ul>
  </section>`}function Vs(e){try{return new URL(e).host}catch{return""}}function js({b:e,zone:t,now:o}){let i=L(o.toISOString(),e.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"});return c`<aside aria-labelledby="visit-title" class="card booth-visit">
    <h2 id="visit-title">${r("booth.visit")}</h2>
    <p><${wo} b=${e} /></p>
    <p class="opening">${$o(e,Fs(e,o),t)}</p>
    <${ko} b=${e} />
    <p class="muted">${r("booth.local_time",{time:i,zone:e.time_zone.replaceAll("_"," ")})}</p>
  </aside>`}function Ir({id:e}){let t=M.value,o=t?.time_zone,i=P(()=>F("/api/booths/"+encodeURIComponent(e)),[e]),[a]=w(()=>new Date),n=i.data,s=r("booth.title"),l,u=c`<span class="avatar avatar-l avatar-square avatar-empty" aria-hidden="true"></span>`;if(i.error){let f=i.error instanceof D&&i.error.status===404;u=null,l=c`<div class="notice notice-error" role="alert">
      <p>${f?r("booth.not_found"):r(i.error.code?"error."+i.error.code:"error.internal")}</p>
      ${f?c`<p><a href="/village">${r("booth.back")}</a></p>`:c`<button type="button" onClick=${i.reload}>${r("common.retry")}</button>`}
    </div>`}else n?(s=n.title,u=c`<${ee} id=${n.organisation_id} name=${n.title} size="l" square />`,l=c`<div class="booth-grid">
        <div class="booth-main">
          <section aria-labelledby="about-title" class="card">
            <h2 id="about-title">${r("booth.about")}</h2>
            ${n.description_html?c`<div class="markdown" dir="auto" dangerouslySetInnerHTML=${{__html:n.description_html}}></div>`:c`<p class="muted">${r("booth.no_description")}</p>`}
            <dl class="facts">
              <dt>${r("person.organisation")}</dt>
              <dd><${yo} id=${n.organisation_id} /></dd>
              <dt>${r("field.kind")}</dt>
              <dd>${k("kind",n.kind)}</dd>
              <dt>${r("field.region")}</dt>
              <dd>${k("region",n.region)}</dd>
              <dt>${r("field.stakeholder_group")}</dt>
              <dd>${k("stakeholder",n.stakeholder_group)}</dd>
              ${n.languages.length>0&&c`<dt>${r("person.languages")}</dt><dd>${n.languages.map(de).join(", ")}</dd>`}
            </dl>
            ${n.themes.length>0&&c`<h3>${r("person.themes")}</h3>
              <ul class="tags">
                ${n.themes.map(f=>c`<li key=${f}>${k("theme",f)}</li>`)}
              </ul>`}
          </section>
          <${Gs} b=${n} zone=${o} now=${a} />
          <${qs} links=${n.links} />
          ${Ds(t,n)&&c`<${Hr} b=${n} me=${t} onSaved=${f=>i.set(f)} />`}
        </div>
        <div class="booth-side">
          <${js} b=${n} zone=${o} now=${a} />
        </div>
      </div>
      <p><a href="/village">${r("booth.back")}</a></p>`):l=c`<div class="booth-placeholder"><${W} /></div>`;return c`<${O} title=${s} figure=${u} wide>${l}<//>`}function xo({id:e,label:t,url:o,hint:i}){let a=S(null),[n,s]=w("");E(()=>{s(""),a.current?.focus(),a.current?.select()},[o]);let l=async()=>{try{await navigator.clipboard.writeText(o),s(r("link.copied"))}catch{a.current?.focus(),a.current?.select(),s(r("link.copy_failed"))}};return c`<div class="field linkbox">
    <label for=${e}>${t}</label>
    ${i&&c`<p class="hint" id=${e+"-hint"}>${i}</p>`}
    <div class="linkbox-row">
      <input id=${e} ref=${a} type="text" readonly value=${o} dir="ltr" spellcheck=${!1} aria-describedby=${i?e+"-hint":void 0} />
      <button type="button" onClick=${l}>${r("link.copy")}</button>
    </div>
    <p class="muted linkbox-status" role="status">${n}</p>
  </div>`}var Hi={name:"",kind:"",stakeholder_group:"",region:"",website:"",logo_url:"",description:""},Ii=e=>[...String(e||"").trim()].length,Ws=e=>{try{let t=new URL(e);return(t.protocol==="http:"||t.protocol==="https:")&&!!t.host}catch{return!1}};function Zs({meta:e,onAdded:t}){let o=Y(Hi,{draft:"organisation"}),i={name:r("field.name"),kind:r("field.kind"),stakeholder_group:r("field.stakeholder_group"),region:r("field.region"),website:r("field.website"),logo_url:r("field.logo_url"),description:r("field.description")},a=o.submit(async n=>{let s={};for(let u of Object.keys(Hi))s[u]=n[u].trim();let l=await _e("/api/organisations",s);o.setAll(Hi),o.clearDraft(),t(l)},n=>{let s=ue(n,["name","kind","stakeholder_group","region"]);!s.name&&Ii(n.name)>120&&(s.name={key:"field.name.invalid"});for(let l of["website","logo_url"])n[l].trim()&&(!Ws(n[l].trim())||Ii(n[l])>500)&&(s[l]={key:`field.${l}.invalid`});return Ii(n.description)>2e3&&(s.description={key:"field.description.invalid"}),s});return c`<section aria-labelledby="add-title" class="card">
    <h2 id="add-title">${r("organisations.add_title")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${oe} form=${o} labels=${i} id="add-errors" />
      <p class="muted">${r("form.required_note")}</p>
      <${I} form=${o} name="name" label=${i.name} autocomplete="organization" required />
      <div class="filters">
        <${B} form=${o} name="kind" label=${i.kind} options=${U("kind",e.organisation_kinds)} placeholder=${r("form.choose")} required />
        <${B}
          form=${o}
          name="stakeholder_group"
          label=${i.stakeholder_group}
          options=${U("stakeholder",e.stakeholder_groups)}
          placeholder=${r("form.choose")}
          required
        />
        <${B} form=${o} name="region" label=${i.region} options=${U("region",e.regions)} placeholder=${r("form.choose")} required />
      </div>
      <${I} form=${o} name="website" label=${i.website} hint=${r("field.website.hint")} type="url" inputMode="url" autocomplete="url" spellcheck=${!1} dir="ltr" />
      <${I} form=${o} name="logo_url" label=${i.logo_url} hint=${r("field.logo_url.hint")} type="url" inputMode="url" spellcheck=${!1} dir="ltr" />
      <${I} form=${o} name="description" label=${i.description} hint=${r("field.description.hint")} multiline rows=${4} />
      <div class="actions">
        <${re} form=${o} label=${r("organisations.add")} busyLabel=${r("organisations.adding")} />
      </div>
    </form>
  </section>`}function Ys({org:e,called:t,onInvite:o,onRemove:i,inviting:a}){let[n,s]=w(!1),[l,u]=w(!1),f=S(null),d=S(null),p=S(!1);E(()=>{n?f.current?.focus():p.current&&d.current?.focus(),p.current=n},[n]);let m=async()=>{if(!l){u(!0);try{await i(e)}catch{u(!1)}}};return c`<tr>
    <th scope="row"><span class="org-cell"><${ee} id=${e.id} name=${e.name} photo=${e.logo_url} square />${e.name}</span></th>
    <td data-label=${r("field.kind")}>${k("kind",e.kind)}</td>
    <td data-label=${r("field.stakeholder_group")}>${k("stakeholder",e.stakeholder_group)}</td>
    <td data-label=${r("field.region")}>${k("region",e.region)}</td>
    <td class="url" data-label=${r("field.website")}>${e.website?c`<a href=${e.website} rel="noopener noreferrer" dir="ltr">${e.website.replace(/^https?:\/\//,"")}</a>`:c`<span class="muted">${r("organisations.no_website")}</span>`}</td>
    <td class="cell-actions">
      ${n?c`<div class="confirm" role="group" aria-label=${r("organisations.confirm_label",{name:t})}>
            <p>${r("organisations.confirm",{name:e.name})}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${f} onClick=${m} aria-disabled=${l?"true":void 0}>
                ${l?r("organisations.removing"):r("organisations.confirm_yes",{name:t})}
              </button>
              <button type="button" class="small" onClick=${()=>s(!1)}>${r("common.cancel")}</button>
            </div>
          </div>`:c`<div class="actions row-actions">
            <button type="button" class="small" onClick=${()=>o(e)} aria-disabled=${a?"true":void 0} aria-label=${r("organisations.invite_named",{name:t})}>
              ${r("organisations.invite")}
            </button>
            <button type="button" class="small danger" ref=${d} onClick=${()=>s(!0)} aria-label=${r("organisations.remove_named",{name:t})}>
              ${r("organisations.remove")}
            </button>
          </div>`}
    </td>
  </tr>`}function Pr(){let e=P(ae),t=P(()=>F("/api/organisations")),[o,i]=w(null),[a,n]=w(null),s=S(null),l=(g,b)=>be(g.name,b.name),u=g=>{t.set(b=>({items:[...b?.items||[],g].sort(l)})),x(r("organisations.added",{name:g.name}))},f=async g=>{if(!a){n(g.id);try{let b=await _e("/api/invitations",{role:"staff",organisation_id:g.id});i({url:b.url,name:g.name}),x(r("organisations.invited",{name:g.name}))}catch(b){x(r(b.code?"error."+b.code:"error.internal"),{kind:"error"})}finally{n(null)}}},d=async g=>{try{await Ve("/api/organisations/"+encodeURIComponent(g.id))}catch(b){if(b.status!==404)throw x(r(b.code?"error."+b.code:"error.internal"),{kind:"error"}),b}t.set(b=>({items:(b?.items||[]).filter(_=>_.id!==g.id)})),x(r("organisations.removed",{name:g.name})),s.current?.focus()},p=t.data?.items||[],m=new Map;for(let g of p)m.set(g.name,(m.get(g.name)||0)+1);let h=g=>m.get(g.name)>1?`${g.name} (${(g.website||g.id).replace(/^https?:\/\//,"")})`:g.name;return c`<${O} title=${r("organisations.title")} intro=${r("organisations.intro")} wide>
    ${e.error&&c`<${te} error=${e.error} retry=${e.reload} />`}
    <${Zs} meta=${e.data||{organisation_kinds:[],stakeholder_groups:[],regions:[]}} onAdded=${u} />
    ${o&&c`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${r("organisations.link_title",{name:o.name})}</h2>
      <${xo} id="new-link" label=${r("organisations.link_label",{name:o.name})} hint=${r("link.hint")} url=${o.url} />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${s}>
        ${t.data?r("organisations.list_title_count",{count:p.length}):r("organisations.list_title")}
      </h2>
      ${t.error&&c`<${te} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&c`<${W} />`}
      ${t.data&&p.length===0&&c`<p>${r("organisations.empty")}</p>`}
      ${p.length>0&&c`<div class="table-wrap">
        <table aria-labelledby="list-title">
          <thead>
            <tr>
              <th scope="col">${r("field.name")}</th>
              <th scope="col">${r("field.kind")}</th>
              <th scope="col">${r("field.stakeholder_group")}</th>
              <th scope="col">${r("field.region")}</th>
              <th scope="col">${r("field.website")}</th>
              <th scope="col">${r("organisations.actions")}</th>
            </tr>
          </thead>
          <tbody>
            ${p.map(g=>c`<${Ys} key=${g.id} org=${g} called=${h(g)} onInvite=${f} onRemove=${d} inviting=${a===g.id} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}var Xs={role:"staff",organisation_id:"",note:"",ttl_days:"14"};function Js(e){return e.used?"used":e.expired?"expired":"open"}function Qs(e,t){let o=L(e.redeemed_at,t);return e.redeemed_by?r("invitations.used_by",{name:e.redeemed_by.name,date:o}):r("invitations.used_on",{date:o})}function Ks({orgs:e,onCreated:t}){let o=Y(Xs),i={role:r("field.role"),organisation_id:r("field.organisation_id"),note:r("field.note"),ttl_days:r("field.ttl_days")},a=o.submit(async n=>{let s={role:n.role,note:n.note.trim(),ttl_hours:Number(n.ttl_days)*24};n.role==="staff"&&(s.organisation_id=n.organisation_id);let l;try{l=await _e("/api/invitations",s)}catch(u){throw u instanceof D&&u.fields&&u.fields.ttl_hours&&(u.fields={...u.fields,ttl_days:u.fields.ttl_hours},delete u.fields.ttl_hours),u}o.setAll({...n,note:""}),t(l)},n=>{let s=ue(n,n.role==="staff"?["role","organisation_id","ttl_days"]:["role","ttl_days"]);return!s.ttl_days&&!/^\s*\d+\s*$/.test(n.ttl_days)?s.ttl_days={key:"field.ttl_days.invalid"}:!s.ttl_days&&(Number(n.ttl_days)<1||Number(n.ttl_days)>90)&&(s.ttl_days={key:"field.ttl_days.invalid"}),[...n.note.trim()].length>200&&(s.note={key:"field.note.invalid"}),s});return c`<section aria-labelledby="create-title" class="card">
    <h2 id="create-title">${r("invitations.create_title")}</h2>
    <form class="form" onSubmit=${a} novalidate>
      <${oe} form=${o} labels=${i} id="create-errors" />
      <p class="muted">${r("form.required_note")}</p>
      <div class="filters">
        <${B}
          form=${o}
          name="role"
          label=${i.role}
          hint=${r("field.role.hint")}
          options=${[["staff",k("role","staff")],["secretariat",k("role","secretariat")]]}
          required
        />
        ${o.values.role==="staff"&&c`<${B}
          form=${o}
          name="organisation_id"
          label=${i.organisation_id}
          options=${e.map(n=>[n.id,n.name])}
          placeholder=${r("form.choose")}
          required
        />`}
      </div>
      <${I} form=${o} name="note" label=${i.note} hint=${r("field.note.hint")} />
      <${I} form=${o} name="ttl_days" label=${i.ttl_days} hint=${r("field.ttl_days.hint")} inputMode="numeric" required />
      <div class="actions">
        <${re} form=${o} label=${r("invitations.create")} busyLabel=${r("invitations.creating")} />
      </div>
    </form>
  </section>`}async function el(e){try{return await navigator.clipboard.writeText(e),!0}catch{return!1}}function tl({inv:e,what:t}){let[o,i]=w(!1),a=S(null);return E(()=>{o&&(a.current?.focus(),a.current?.select())},[o]),c`<button type="button" class="small" onClick=${async()=>{if(await el(e.url)){x(r("invitations.copied",{what:t}));return}o&&(a.current?.focus(),a.current?.select()),i(!0),x(r("link.copy_failed"),{kind:"error"})}} aria-label=${r("invitations.copy_named",{what:t})}>${r("link.copy")}</button>
    ${o&&c`<input
      type="text"
      class="row-link"
      ref=${a}
      readonly
      value=${e.url}
      dir="ltr"
      spellcheck=${!1}
      aria-label=${r("invitations.link_named",{what:t})}
      onFocus=${s=>s.currentTarget.select()}
    />`}`}function ol({inv:e,orgName:t,zone:o,onWithdraw:i}){let[a,n]=w(!1),[s,l]=w(!1),u=S(null),f=S(null),d=S(!1);E(()=>{a?u.current?.focus():d.current&&f.current?.focus(),d.current=a},[a]);let p=Js(e),m=L(e.created_at,o),h=t?r("invitations.what_org",{role:k("role",e.role),organisation:t,created:m}):r("invitations.what",{role:k("role",e.role),created:m}),g=async()=>{if(!s){l(!0);try{await i(e)}catch{l(!1)}}};return c`<tr>
    <th scope="row">${k("role",e.role)}</th>
    <td data-label=${r("field.organisation_id")}>${t||c`<span class="muted">${r("invitations.no_organisation")}</span>`}</td>
    <td dir="auto" data-label=${r("field.note")}>${e.note||""}</td>
    <td data-label=${r("invitations.created_at")}>${m}</td>
    <td data-label=${r("invitations.expires_at")}>${L(e.expires_at,o)}</td>
    <td data-label=${r("invitations.state")}>
      <span class=${"state state-"+p}>${r("invitations.state."+p)}</span>
      ${e.used&&e.redeemed_at&&c`<span class="used-by">${Qs(e,o)}</span>`}
    </td>
    <td class="cell-actions">
      ${a?c`<div class="confirm" role="group" aria-label=${r("invitations.confirm_label",{what:h})}>
            <p>${e.used?r("invitations.confirm_used"):r("invitations.confirm")}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${u} onClick=${g} aria-disabled=${s?"true":void 0}>
                ${s?r("invitations.withdrawing"):r("invitations.confirm_yes")}
              </button>
              <button type="button" class="small" onClick=${()=>n(!1)}>${r("common.cancel")}</button>
            </div>
          </div>`:c`<div class="actions row-actions">
            ${p==="open"&&e.url&&c`<${tl} inv=${e} what=${h} />`}
            <button type="button" class="small danger" ref=${f} onClick=${()=>n(!0)} aria-label=${r("invitations.withdraw_named",{what:h})}>
              ${r("invitations.withdraw")}
            </button>
          </div>`}
    </td>
  </tr>`}function Br(){let e=M.value?.time_zone,t=P(()=>F("/api/invitations")),o=P(()=>F("/api/organisations")),[i,a]=w(null),n=S(null),s=(o.data?.items||[]).slice().sort((m,h)=>be(m.name,h.name)),l=new Map(s.map(m=>[m.id,m.name])),u=m=>m.organisation_id?l.get(m.organisation_id)||r("invitations.organisation_removed"):"",f=m=>{t.set(h=>({items:[m,...h?.items||[]]})),a(m),x(r("invitations.created"))},d=async m=>{try{await Ve("/api/invitations/"+encodeURIComponent(m.id))}catch(h){if(h.status!==404)throw x(r(_t(h).general?.key||"error.internal"),{kind:"error"}),h}t.set(h=>({items:(h?.items||[]).filter(g=>g.id!==m.id)})),i&&i.id===m.id&&a(null),x(r("invitations.withdrawn")),n.current?.focus()},p=t.data?.items||[];return c`<${O} title=${r("invitations.title")} intro=${r("invitations.intro")} wide>
    ${o.error&&c`<${te} error=${o.error} retry=${o.reload} />`}
    ${o.data?c`<${Ks} orgs=${s} onCreated=${f} />`:!o.error&&c`<${W} />`}
    ${i&&c`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${r("invitations.link_title")}</h2>
      <${xo}
        id="new-link"
        label=${u(i)?r("invitations.link_label_org",{role:k("role",i.role),organisation:u(i)}):r("invitations.link_label",{role:k("role",i.role)})}
        hint=${r("link.hint_expires",{expires:L(i.expires_at,e)})}
        url=${i.url}
      />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${n}>
        ${t.data?r("invitations.list_title_count",{count:p.length}):r("invitations.list_title")}
      </h2>
      ${t.error&&c`<${te} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&c`<${W} />`}
      ${t.data&&p.length===0&&c`<p>${r("invitations.empty")}</p>`}
      ${p.length>0&&c`<div class="table-wrap">
        <table aria-labelledby="list-title">
          <thead>
            <tr>
              <th scope="col">${r("field.role")}</th>
              <th scope="col">${r("field.organisation_id")}</th>
              <th scope="col">${r("field.note")}</th>
              <th scope="col">${r("invitations.created_at")}</th>
              <th scope="col">${r("invitations.expires_at")}</th>
              <th scope="col">${r("invitations.state")}</th>
              <th scope="col">${r("invitations.actions")}</th>
            </tr>
          </thead>
          <tbody>
            ${p.map(m=>c`<${ol} key=${m.id} inv=${m} orgName=${u(m)} zone=${e} onWithdraw=${d} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}var il=[{path:"/",page:rr,who:"in"},{path:"/signin",page:nr,who:"out"},{path:"/register",page:ur,who:"out"},{path:"/invite/:id",page:hr,who:"any"},{path:"/me",page:gr,who:"in"},{path:"/people",page:yr,who:"in"},{path:"/people/:id",page:$r,who:"in"},{path:"/village",page:Er,who:"in"},{path:"/booths/:id",page:Ir,who:"in"},{path:"/organisations",page:Pr,who:"in",role:"secretariat"},{path:"/invitations",page:Br,who:"in",role:"secretariat"}];function nl(e){for(let t of il){let o=Kn(t.path,e);if(o)return{route:t,params:o}}return{route:{page:$i,who:"any"},params:{}}}function yi(){let e=new URLSearchParams(ne.value).get("next");return e&&e.startsWith("/")&&!e.startsWith("//")?e:"/"}function Nr(){let e=ye.value,t=Z.value,o=M.value,{route:i,params:a}=nl(e),n=S(!0),s=S(!1);t==="in"&&(s.current=!0);let l=null;t==="out"&&i.who==="in"?l="/signin"+(e==="/"||s.current?"":"?next="+encodeURIComponent(e+ne.value)):t==="in"&&i.who==="out"&&(l=yi()),E(()=>{l&&$e(l,{replace:!0})},[l]),E(()=>{if(n.current){n.current=!1;return}requestAnimationFrame(()=>document.querySelector("main h1")?.focus())},[e]);let u;return t==="loading"||l?u=c`<${W} />`:i.role&&o&&o.role!==i.role?u=c`<${$i} />`:u=c`<${i.page} ...${a} />`,c`<${or} />
    <main id="main" tabindex="-1">${u}</main>
    <footer class="site-footer"><div class="frame"><p>${r("footer.text")}</p></div></footer>
    <${ir} />`}async function rl(){await Promise.allSettled([Ue(Wt()),Fn()]);let e=M.peek();if(e&&!Vt()){jt(e.languages||[]);let o=Wt(e.languages||[]);o!==z.peek()&&await Ue(o).catch(()=>{})}le(()=>{let o=M.value;o&&!Vt()?(jt(o.languages||[]),Ue(Wt(o.languages||[]))):!o&&je.peek()==="user"&&jt([])}),le(()=>{let o=je.value;o==="expired"||o==="gone"?xe(()=>x(r("error.unauthenticated"),{kind:"error",timeout:0})):o==="unreachable"&&xe(()=>x(r("error.session_unreachable"),{kind:"error",timeout:0}))}),Qn(o=>{let i=o?.from?.name||"",a="toast.direct."+o.kind,n=r(a,{name:i});x(n===a?r("toast.direct",{name:i}):n)});let t=document.getElementById("app");t.textContent="",No(c`<${Nr} />`,t)}rl();
