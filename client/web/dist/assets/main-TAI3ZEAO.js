var j,di,jo,Be,qo,Xt,ui,Yt,mi,Vo,Go,ra,St=Symbol.for("pv"),Jt={},Kt=[],sa=/^m(i|n|o|s|text|space)$/,Wo=Array.isArray,Yo=Kt.slice,We=Object.assign;function Ve(e){e&&e.parentNode&&e.remove()}function Tt(e,t,o){var i,s,r,a={},c=arguments.length;for(r in t)r=="key"?i=t[r]:r=="ref"&&typeof e!="function"?s=t[r]:a[r]=t[r];return c>2&&(a.children=c>3?Yo.call(arguments,2):o),xt(e,a,i,s,null)}function xt(e,t,o,i,s){var r={type:e,props:t,key:o,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:St,__v:s||++di,__i:-1,__u:0};return!s&&j.vnode&&j.vnode(r),r}function Ze(e){return e.children}function Ye(e,t){this.props=e,this.context=t,this.__g=0}function Ne(e,t){if(t==null)return e.__&&Ne(e.__,e.__i+1);for(var o;t<e.__k.length;t++)if((o=e.__k[t])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:Ne(e)}function aa(e){var t,o=e.__v,i=o.__e,s=[],r=[],a=e.__P;a&&((t=We({constructor:St},o)).__v=o.__v+1,j.vnode&&j.vnode(t),Zo(a,t,o,e.__n,a.namespaceURI,32&o.__u?[i]:null,s,i||Ne(o),32&o.__u,r),t.__v=o.__v,t.__.__k[t.__i]=t,$i(s,t,r),o.__=o.__e=null,t.__e!=i&&pi(t))}function pi(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),pi(e)}function li(e){(8&e.__g||(e.__g|=8,Be.push(e),Xt++))&&qo==j.debounceRendering||((qo=j.debounceRendering)||queueMicrotask)(fi)}function fi(){try{for(var e,t=1;Be.length;)Be.length>t&&Be.sort(ui),e=Be.shift(),t=Be.length,8&e.__g&&aa(e)}finally{(Xt=Be.length)&&(qo||queueMicrotask)(fi)}}function hi(e,t,o,i,s,r,a,c,d,m,u){var h,f,p,g,b,v,_=i.__k||Kt,y=t.length;for(d=la(o,t,_,d,y),h=0;h<y;h++)(p=o.__k[h])!=null&&(f=~p.__i&&_[p.__i]||Jt,p.__i=h,v=Zo(e,p,f,s,r,a,c,d,m,u),g=p.__e,(f.ref!=p.ref||8&f.__u)&&(f.ref&&Xo(f.ref,null,p,f),p.ref&&u.push(p.ref,p.__c||g,p)),b=b||g,4&p.__u?(d=gi(p,d,e,!f.__v),f.__e&&(f.__e=null)):typeof p.type=="function"&&v!==void 0?d=v:g&&(d=g.nextSibling),p.__u&=-21);return o.__e=b,d}function la(e,t,o,i,s){var r,a,c,d,m,u,h,f,p,g=o.length,b=g,v=0,_=0,y=e.__k=Array(s);for(r=0;r<s;r++)(a=t[r])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a!="object"||a.constructor===String?a=y[r]=xt(null,a):Wo(a)?a=y[r]=xt(Ze,{children:a}):a.constructor===St&&a.__b?a=y[r]=xt(a.type,a.props,a.key,a.ref,a.__v):y[r]=a,d=r+v,a.__=e,a.__b=e.__b+1,c=null,~(m=a.__i=ca(a,o,d,b))&&(b--,(c=o[m])&&(c.__u|=2)),c&&c.__v?(a.__u|=16,m==d-1?v--:m==d+1?v++:m!=d&&(m>d?v--:v++,_=1)):(~m||(s>g?v--:s<g&&v++),typeof a.type!="function"&&(a.__u|=4))):y[r]=null;if(_){for(u=[],h=[],r=0;r<s;r++)if((a=y[r])&&16&a.__u){for(v=0,f=u.length;v<f;)u[p=v+f>>1]<a.__i?v=p+1:f=p;u[v]=a.__i,h[r]=v+1}for(v=u.length;r--;)h[r]&&(h[r]==v?v--:y[r].__u|=4)}if(b)for(r=0;r<g;r++)!(c=o[r])||2&c.__u||(c.__e==i&&(i=Ne(c)),Jo(c,c));return i}function gi(e,t,o,i){var s,r,a,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(r=0;r<s.length;r++)s[r]&&(s[r].__=e,t=gi(s[r],t,o,!1));return t}for(t&&!t.parentNode&&(t=Ne(e))&&!t.parentNode&&(t=null),a=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(a!=c&&(!i&&o.moveBefore&&a.parentNode?o.moveBefore(a,t):o.insertBefore(a,t||null)),t=a;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function ca(e,t,o,i){var s,r=e.key,a=e.type,c=t[o],d=c&&!(2&c.__u);if(c===null&&r==null||d&&r==c.key&&a==c.type)return o;if(i>(d?1:0)){for(s=o-1;s>=0;s--)if((c=t[s])&&!(2&c.__u)&&r==c.key&&a==c.type)return s;for(s=o+1;s<t.length;s++)if((c=t[s])&&!(2&c.__u)&&r==c.key&&a==c.type)return s}return-1}function ci(e,t,o){o==null&&(o=""),t[0]=="-"?e.setProperty(t,o):e[t]=o}function Wt(e,t,o,i,s){var r,a;if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)o&&t in o||ci(e.style,t);if(o)for(t in o)i&&o[t]==i[t]||ci(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")typeof o!="function"&&(o=null),typeof i!="function"&&(i=null),(e.__e||(e.__e={}))[t]=o,o&&i||(a=Go[t]||(Go[t]=da(t)),(e.__a||(e.__a={}))[t]=Vo,r=t!=(t=t.replace(mi,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),o?e.addEventListener(t,a,r):e.removeEventListener(t,a,r));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o)}}function da(e){return function(t){var o=this.__e;if(o){if(o=o[e],t[Yt]==null)t[Yt]=Vo++;else if(t[Yt]<this.__a[e])return;return o(j.event?j.event(t):t)}}}function Zo(e,t,o,i,s,r,a,c,d,m){var u,h,f,p,g,b,v,_,y,w,k,S,G,H,F,pe,I,fe,he=t.type;if(t.constructor!==St)return null;128&o.__u&&(d=32&o.__u,u=o.__c.__z)&&(t.__u|=d,h=r=[],u.nodeType==8?c=Zt(u,r):r.push(u),c=r[0]||c),(u=j.__b)&&u(t);e:if(typeof he=="function"){f=a.length;try{if(_=t.props,y=(u=he.prototype)&&u.render,w=(u=he.contextType)&&i[u.__c],k=u?w?w.props.value:u.__:i,(p=o.__c)?(t.__c=p,2&p.__g&&(p.__g|=1)):(y?t.__c=p=new he(_,k):(t.__c=p=new Ye(_,k),p.constructor=he,p.render=ma),w&&w.sub(p),p.state||(p.state={}),p.__n=i,p.__g|=8,p.__h=[],p.__k=[]),y&&(p.__s||(p.__s=p.state),he.getDerivedStateFromProps&&(p.__s==p.state&&(p.__s=We({},p.__s)),We(p.__s,he.getDerivedStateFromProps(_,p.__s)))),g=p.props,b=p.state,p.__v=t,o.__c){if(_!==g&&y&&!he.getDerivedStateFromProps&&p.componentWillReceiveProps&&p.componentWillReceiveProps(_,k),t.__v==o.__v&&!(8&p.__g)||!(4&p.__g)&&p.shouldComponentUpdate&&p.shouldComponentUpdate(_,p.__s,k)===!1){t.__v!=o.__v&&(p.props=_,p.state=p.__s,p.__g&=-9),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(ge){ge&&(ge.__=t)}),Kt.push.apply(p.__h,p.__k),p.__k=[],p.__h.length&&a.push(p),c=Ne(o);break e}p.componentWillUpdate&&p.componentWillUpdate(_,p.__s,k),y&&p.componentDidUpdate&&p.__h.push(function(){p.componentDidUpdate(g,b,v)})}else y&&!he.getDerivedStateFromProps&&p.componentWillMount&&p.componentWillMount(),y&&p.componentDidMount&&p.__h.push(p.componentDidMount);p.context=k,p.props=_,p.__P=e,p.__g&=-5,S=j.__r,G=y?25:0;do p.__g&=-9,S&&S(t),u=p.render(p.props,p.state=p.__s,p.context);while(8&p.__g&&++G<25);y&&(Kt.push.apply(p.__h,p.__k),p.__k=[]),p.state=p.__s,p.getChildContext&&(i=We({},i,p.getChildContext())),y&&o.__c&&p.getSnapshotBeforeUpdate&&(v=p.getSnapshotBeforeUpdate(g,b)),H=u&&u.type===Ze&&u.key==null?u.props.children:u,_.__P&&(u=c,s=(e=_.__P).namespaceURI,d=r=null,o.props&&o.props.__P!=e&&(o.__k.some(function(ge){ge&&Jo(ge,ge)}),o.__k=null),c=o.__k?Ne(o,0):null),c=hi(e,Wo(H)?H:[H],t,o,i,s,r,a,c,d,m),_.__P&&(t.__e=null,c=u),t.__u&=-161,h&&h.some(Ve),p.__h.length&&a.push(p),1&p.__g&&(p.__g&=-4)}catch(ge){if(a.length=f,t.__v=null,d||r)if(ge&&ge.then){if(t.__u|=128|d,r){for(~(I=r.indexOf(c||void 0))||(I=r.length);(fe=r[I-1])&&fe.nodeType==8;)I--;for(;I<r.length;I++)if(fe=r[I])if(r[I]=null,F){if(fe==pe)break}else{if(fe.nodeType!=8)break;fe.data.startsWith("$s")&&(pe=Zt(F=fe))}}if(!F){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;F=c}(u=Zt(F=t.__c.__z||(t.__c.__z=F)))?(t.__e=F,c=u):t.__e=c,c=c&&c.nextSibling}else r&&r.some(Ve);else t.__e=o.__e;t.__k||(t.__k=o.__k||[]),ge&&ge.then||bi(t),j.__e(ge,t,o)}}else c=t.__e=ua(o.__e,t,o,i,s,r,a,d,m,e);return(u=j.diffed)&&u(t),c}function Zt(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}t&&t.push(e)}}function bi(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(bi))}function $i(e,t,o){for(var i=0;i<o.length;)Xo(o[i++],o[i++],o[i++]);j.__c&&j.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(r){r.call(s)})}catch(r){j.__e(r,s.__v)}})}function ua(e,t,o,i,s,r,a,c,d,m){var u,h,f,p,g,b,v,_,y=o.props||Jt,w=t.props,k=t.type;if(k=="svg"?s="http://www.w3.org/2000/svg":k=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),r){for(u=0;u<r.length;u++)if((g=r[u])&&(k?g.localName==k:g.nodeType==3)){e=g,r[u]=null;break}}if(!e){if(_=m.ownerDocument||document,!k)return _.createTextNode(w);e=_.createElementNS(s,k,w.is?w:m),c&&(j.__m&&j.__m(t,r),c=!1),r=null}if(k){if(m=k=="template"&&e.content||e,r=k=="textarea"&&w.defaultValue!=null?null:r&&Yo.call(m.childNodes),!c&&r)for(y={},u=0;u<e.attributes.length;u++)y[(g=e.attributes[u]).name]=g.value;for(u in y)g=y[u],u=="dangerouslySetInnerHTML"?f=g:u=="children"||u in w||u=="value"&&"defaultValue"in w||u=="checked"&&"defaultChecked"in w||Wt(e,u,null,g,s);for(u in w)g=w[u],u=="children"?p=g:u=="dangerouslySetInnerHTML"?h=g:u=="value"?b=g:u=="checked"?v=g:c&&typeof g!="function"||y[u]===g||Wt(e,u,g,y[u],s);h?(c||f&&(h.__html==f.__html||h.__html==e.innerHTML)||(e.innerHTML=h.__html),t.__k=[]):(f&&(e.textContent=""),(k=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&sa.test(k))&&(s="http://www.w3.org/1999/xhtml"),hi(m,Wo(p)?p:[p],t,o,i,s,r,a,r?r[0]:o.__k&&Ne(o,0),c,d),r&&r.some(Ve)),c&&k!="textarea"||(u="value",k=="progress"&&b==null?e.removeAttribute(u):b==null||b===e[u]&&(k!="progress"||b)||Wt(e,u,b,y[u],s),u="checked",v!=null&&v!=e[u]&&Wt(e,u,v,y[u],s))}else y===w||c&&e.data==w||(e.data=w);return e}function Xo(e,t,o,i){try{typeof e=="function"?t?t.__x=e(t)||1:i&&(i=i.__c||i.__e)&&(t=i.__x)&&(i.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){j.__e(s,o)}}function Jo(e,t,o){var i,s,r,a;if(j.unmount&&j.unmount(e),!(i=e.ref)||i.current&&i.current!=e.__e||Xo(i,null,t,e),i=e.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(c){j.__e(c,t)}i.__P=i.__n=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&Jo(i[a],t,typeof e.type!="function"||o&&!e.props.__P);!o&&(i=e.__c)&&(i=i.__z)&&(s=Zt(i,r=[]))&&(i==e.__e&&r.some(Ve),Ve(s),Ve(i)),o||Ve(e.__e),e.__e=e.__c=e.__=null}function ma(e,t,o){return this.constructor(e,o)}function Ko(e,t){var o,i,s,r;j.__&&j.__(e,t),t.nodeType==9&&(t=t.documentElement),i=(o=e&&32&e.__u)?null:t.__k,t.__k=xt(Ze,{children:[e]}),s=[],r=[],Zo(t,t.__k,i||Jt,Jt,t.namespaceURI,i?null:t.firstChild?Yo.call(t.childNodes):null,s,i?i.__e:t.firstChild,o,r),$i(s,t.__k,r),t.__k.props.children=null}j={__e:function(e,t,o,i){for(var s,r,a;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((a=(r=s.constructor)&&r.getDerivedStateFromError)&&s.setState(r.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,i||{}),a=1),a&&8&s.__g)return void(s.__g|=2)}catch(c){e=c}}throw Xt=0,e}},di=0,jo=function(e){return e!=null&&e.constructor===St},Ye.prototype.setState=function(e,t){var o=this.__s;o&&o!=this.state||(o=this.__s=We({},this.state)),typeof e=="function"&&(e=e(We({},o),this.props)),e&&(We(o,e),this.__v&&(t&&this.__k.push(t),li(this)))},Ye.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),li(this))},Ye.prototype.render=Ze,Be=[],Xt=0,ui=function(e,t){return e.__v.__b-t.__v.__b},Yt=Symbol(),mi=/(PointerCapture)$|Capture$/i,Vo=0,Go={},ra=0;var vi=function(e,t,o,i){var s;t[0]=0;for(var r=1;r<t.length;r++){var a=t[r++],c=t[r]?(t[0]|=a?1:2,o[t[r++]]):t[++r];a===3?i[0]=c:a===4?i[1]=Object.assign(i[1]||{},c):a===5?(i[1]=i[1]||{})[t[++r]]=c:a===6?i[1][t[++r]]+=c+"":a?(s=e.apply(c,vi(e,c,o,["",null])),i.push(s),c[0]?t[0]|=2:(t[r-2]=0,t[r]=s)):i.push(c)}return i},yi=new Map;function _i(e){var t=yi.get(this);return t||(t=new Map,yi.set(this,t)),(t=vi(this,t.get(e)||(t.set(e,t=(function(o){for(var i,s,r=1,a="",c="",d=[0],m=function(f){r===1&&(f||(a=a.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,f,a):r===3&&(f||a)?(d.push(3,f,a),r=2):r===2&&a==="..."&&f?d.push(4,f,0):r===2&&a&&!f?d.push(5,0,!0,a):r>=5&&((a||!f&&r===5)&&(d.push(r,0,a,s),r=6),f&&(d.push(r,f,0,s),r=6)),a=""},u=0;u<o.length;u++){u&&(r===1&&m(),m(u));for(var h=0;h<o[u].length;h++)i=o[u][h],r===1?i==="<"?(m(),d=[d],r=3):a+=i:r===4?a==="--"&&i===">"?(r=1,a=""):a=i+a[0]:c?i===c?c="":a+=i:i==='"'||i==="'"?c=i:i===">"?(m(),r=1):r&&(i==="="?(r=5,s=a,a=""):i==="/"&&(r<5||o[u][h+1]===">")?(m(),r===3&&(d=d[0]),r=d,(d=d[0]).push(2,0,r),r=0):i===" "||i==="	"||i===`
`||i==="\r"?(m(),r=2):a+=i),r===3&&a==="!--"&&(r=4,d=d[0])}return m(),d})(e)),t),arguments,[])).length>1?t:t[0]}var l=_i.bind(Tt);var Ke,Q,Qo,wi,en=Object.is,Qt=0,Pi=[],tn=[],K=j,ki=K.__b,xi=K.__r,Si=K.diffed,Ti=K.__c,Ei=K.unmount,Ci=K.__;function eo(e,t){K.__h&&K.__h(Q,e,Qt||t),Qt=0;var o=Q.__H||(Q.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function $(e){return Qt=1,pa(Li,e)}function pa(e,t,o){var i=eo(Ke++,2);if(i.t=e,!i.__c&&(i.__=[o?o(t):Li(void 0,t),function(r){var a=(i.__N||i.__)[0],c=i.t(a,r);en(a,c)||(i.__N=[c,i.__[1]],i.__c.setState({}))}],i.__c=Q,!Q.__f)){Q.__f=!0;var s=Q.shouldComponentUpdate;Q.shouldComponentUpdate=function(r,a,c){var d=this.__H;if(!d)return!0;var m=!1,u=this.props!=r;if(d.__.some(function(f){f.__N&&(m=!0,en(f.__[0],f.__N[0])||(u=!0))}),s){var h=s.call(this,r,a,c);return m?h||u:h}return!m||u}}return i.__}function T(e,t){var o=eo(Ke++,3);!K.__s&&nn(o.__H,t)&&(o.__P=!0,o.__=e,o.u=t,Q.__H.__h.push(o))}function Hi(e,t){var o=eo(Ke++,4);!K.__s&&nn(o.__H,t)&&(o.__P=!1,o.__=e,o.u=t,Q.__h.push(o))}function L(e){return Qt=5,to(function(){return{current:e}},[])}function to(e,t){var o=eo(Ke++,7);return nn(o.__H,t)&&(o.__=e(),o.__H=t),o.__}function fa(){var e;do{for(;e=tn.shift();)try{Et(e)}catch(o){K.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=Pi.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Et),t.__h.some(on),t.__h=[]}catch(o){t.__h=[],K.__e(o,e.__v)}}}while(tn.length)}K.__b=function(e){Q=null,ki&&ki(e)},K.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ci&&Ci(e,t)},K.__r=function(e){xi&&xi(e),Ke=0;var t=(Q=e.__c).__H;t&&(Qo==Q?Q.__h=[]:(t.__h.some(Et),t.__h.some(on),Ke=0),t.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),Qo=Q},K.diffed=function(e){Si&&Si(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Ai(Pi.push(t)),t.__H.__.some(function(o){o.u&&(o.__H=o.u)})),Qo=Q=null},K.__c=function(e,t){t.some(function(o){try{o.__h.some(Et),o.__h=o.__h.filter(function(i){return!i.__||on(i)})}catch(i){o.__h=[function(){throw i}]}}),Ti&&Ti(e,t)},K.unmount=function(e){Ei&&Ei(e);var t,o,i=e.__c;i&&i.__H&&(i.__H.__.some(function(s){try{if(s.__P&&s.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}s.__P=o,Ai(tn.push(s))}else Et(s)}catch(r){t=r}}),i.__H=void 0,t&&K.__e(t,i.__v))};var Ii=typeof requestAnimationFrame=="function";function ha(e){var t,o=function(){clearTimeout(i),Ii&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(o,35);Ii&&(t=requestAnimationFrame(o))}function Ai(e){e!=1&&wi==K.requestAnimationFrame||((wi=K.requestAnimationFrame)||ha)(fa)}function Et(e){var t=Q,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),Q=t}function on(e){var t=Q;e.__c=e.__(),Q=t}function nn(e,t){return!e||e.length!=t.length||t.some(function(o,i){return!en(o,e[i])})}function Li(e,t){return typeof t=="function"?t(e):t}var ga=Symbol.for("preact-signals");function ro(){if(Ie>1)Ie--;else{var e,t=!1;for((function(){var s=no;for(no=void 0;s!==void 0;){var r=s.S;if(r.v===s.v)for(var a=r.t;a!==void 0;a=a.x)a.i===s.i&&(a.i=r.i);s=s.o}})();It!==void 0;){var o=It;for(It=void 0,oo++;o!==void 0;){var i=o.u;if(o.u=void 0,o.f&=-3,!(8&o.f)&&Ni(o))try{o.c()}catch(s){t||(e=s,t=!0)}o=i}}if(oo=0,Ie--,t)throw e}}function sn(e){if(Ie>0)return e();rn=++ba,Ie++;try{return e()}finally{ro()}}var Ct,X=void 0;function Se(e){var t=X,o=Ct;X=void 0,Ct=void 0;try{return e()}finally{X=t,Ct=o}}var It=void 0,Ie=0,oo=0,ba=0,rn=0,no=void 0,io=0;function Bi(e){if(X!==void 0){var t=e.n;if(t===void 0||t.t!==X)return t={i:0,S:e,p:X.s,n:void 0,t:X,e:void 0,x:void 0,r:t},X.s!==void 0&&(X.s.n=t),X.s=t,e.n=t,32&X.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=X.s,t.n=void 0,X.s.n=t,X.s=t),t}}function ne(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}ne.prototype.brand=ga;ne.prototype.h=function(){return!0};ne.prototype.S=function(e){var t=this,o=this.t;o!==e&&e.e===void 0&&(e.x=o,this.t=e,o!==void 0?o.e=e:Se(function(){var i;(i=t.W)==null||i.call(t)}))};ne.prototype.U=function(e){var t=this;if(this.t!==void 0){var o=e.e,i=e.x;o!==void 0&&(o.x=i,e.e=void 0),i!==void 0&&(i.e=o,e.x=void 0),e===this.t&&(this.t=i,i===void 0&&Se(function(){var s;(s=t.Z)==null||s.call(t)}))}};ne.prototype.subscribe=function(e){var t=this;return ce(function(){var o=t.value;Se(function(){return e(o)})},{name:"sub"})};ne.prototype.valueOf=function(){return this.value};ne.prototype.toString=function(){return this.value+""};ne.prototype.toJSON=function(){return this.value};ne.prototype.peek=function(){var e=this;return Se(function(){return e.value})};Object.defineProperty(ne.prototype,"value",{get:function(){var e=Bi(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(oo>100)throw new Error("Cycle detected");(function(o){Ie!==0&&oo===0&&o.l!==rn&&(o.l=rn,no={S:o,v:o.v,i:o.i,o:no})})(this),this.v=e,this.i++,io++,Ie++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{ro()}}}});function D(e,t){return new ne(e,t)}function Ni(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function Ri(e){for(var t=e.s;t!==void 0;t=t.n){var o=t.S.n;if(o!==void 0&&(t.r=o),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function Mi(e){for(var t=e.s,o=void 0;t!==void 0;){var i=t.p;t.i===-1?(t.S.U(t),i!==void 0&&(i.n=t.n),t.n!==void 0&&(t.n.p=i)):o=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=i}e.s=o}function Xe(e,t){ne.call(this,void 0,t),this.x=e,this.s=void 0,this.g=io-1,this.f=4}Xe.prototype=new ne;Xe.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===io))return!0;if(this.g=io,this.f|=1,this.i>0&&!Ni(this))return this.f&=-2,!0;var e=X;try{Ri(this),X=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(o){this.v=o,this.f|=16,this.i++}return X=e,Mi(this),this.f&=-2,!0};Xe.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}ne.prototype.S.call(this,e)};Xe.prototype.U=function(e){if(this.t!==void 0&&(ne.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};Xe.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(Xe.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=Bi(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function Qe(e,t){return new Xe(e,t)}function zi(e){var t=e.j;if(e.j=void 0,typeof t=="function"){Ie++;var o=X;X=void 0;try{t()}catch(i){throw e.f&=-2,e.f|=8,an(e),i}finally{X=o,ro()}}}function an(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,zi(e)}function $a(e){if(X!==this)throw new Error("Out-of-order effect");Mi(this),X=e,this.f&=-2;try{8&this.f&&an(this)}finally{ro()}}function et(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,Ct&&Ct.push(this)}et.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};et.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,zi(this),Ri(this),Ie++;var e=X;return X=this,$a.bind(this,e)};et.prototype.N=function(){2&this.f||(this.f|=2,this.u=It,It=this)};et.prototype.d=function(){this.f|=8,1&this.f||an(this)};et.prototype.dispose=function(){this.d()};function ce(e,t){var o=new et(e,t);try{o.c()}catch(s){throw o.d(),s}var i=o.d.bind(o);return i[Symbol.dispose]=i,i}var Di,ao,so,ya=typeof window<"u"&&!!window.__PREACT_SIGNALS_DEVTOOLS__;var Oi=[];ce(function(){Di=this.N})();function tt(e,t){j[e]=t.bind(null,j[e]||function(){})}function At(e){if(so){var t=so;so=void 0,t()}so=e&&e.S()}function Ui(e){var t=this,o=e.data,i=_a(o);i.name="ReactiveDom",i.value=o;var s=to(function(){for(var c=t,d=t.__v;d=d.__;)if(d.__c){d.__c.__$f|=4;break}var m=Qe(function(){var p=i.value.value;return p===0?0:p===!0?"":p||""}),u=Qe(function(){return!Array.isArray(m.value)&&!jo(m.value)}),h=ce(function(){if(this.N=Fi,u.value){var p=m.value;c.__v&&c.__v.__e&&c.__v.__e.nodeType===3&&(c.__v.__e.data=p)}}),f=t.__$u.d;return t.__$u.d=function(){h(),f.call(this)},[u,m]},[]),r=s[0],a=s[1];return r.value?a.peek():a.value}Ui.displayName="ReactiveTextNode";Object.defineProperties(ne.prototype,{constructor:{configurable:!0,value:Tt(Ze,null).constructor},type:{configurable:!0,value:Ui},props:{configurable:!0,get:function(){var e=this;return{data:{get value(){return e.value}}}}},__b:{configurable:!0,value:1}});tt("__b",function(e,t){if(At(),ao=void 0,typeof t.type=="string"){var o,i=t.props;for(var s in i)if(s!=="children"){var r=i[s];r instanceof ne&&(o||(t.__np=o={}),o[s]=r,i[s]=r.peek())}}e(t)});tt("__r",function(e,t){if(e(t),t.type!==Ze){At();var o,i=t.__c;i&&(i.__$f&=-2,(o=i.__$u)===void 0&&(i.__$u=o=(function(s,r){var a;return ce(function(){a=this},{name:r}),a.c=s,a})((function(s){return function(){var r;ya&&((r=this.y)==null||r.call(this)),s.__$f|=1,s.setState({})}})(i),typeof t.type=="function"?t.type.displayName||t.type.name:""))),ao=i,At(o)}});tt("__e",function(e,t,o,i){At(),ao=void 0,e(t,o,i)});tt("diffed",function(e,t){At(),ao=void 0;var o;if(typeof t.type=="string"&&(o=t.__e)){var i=t.__np,s=t.props,r=o.U;if(r)for(var a in r){var c=r[a];c===void 0||i&&a in i||(c.d(),r[a]=void 0)}if(i){r||(r={},o.U=r);for(var d in i){var m=r[d],u=i[d];m===void 0?(m=va(o,d,u,s),r[d]=m):m.o(u,s)}}}e(t)});function va(e,t,o,i){var s=t in e&&e.ownerSVGElement===void 0,r=D(o);return{o:function(a,c){r.value=a,i=c},d:ce(function(){this.N=Fi;var a=r.value.value;i[t]!==a&&(i[t]=a,s?e[t]=a:a!=null&&(a!==!1||t[4]==="-")?e.setAttribute(t,a):e.removeAttribute(t))})}}tt("unmount",function(e,t){if(typeof t.type=="string"){var o=t.__e;if(o){var i=o.U;if(i){o.U=void 0;for(var s in i){var r=i[s];r&&r.d()}}}var a=t.__np;if(a){var c=t.props;for(var d in a)c[d]=a[d]}t.__np=void 0}else{var m=t.__c;if(m){m.__$f|=8;var u=m.__$u;u&&(m.__$u=void 0,u.d())}}e(t)});tt("__h",function(e,t,o,i){i<3&&(t.__$f|=2),e(t,o,i)});Ye.prototype.shouldComponentUpdate=function(e,t){if(this.__R)return!0;var o=this.__$u,i=o&&o.s!==void 0;for(var s in t)return!0;if(this.__f||typeof this.u=="boolean"&&this.u===!0){var r=2&this.__$f;if(!(i||r||4&this.__$f)||1&this.__$f)return!0}else if(!(i||4&this.__$f)||3&this.__$f)return!0;for(var a in e)if(a!=="__source"&&e[a]!==this.props[a])return!0;for(var c in this.props)if(!(c in e))return!0;return!1};function _a(e,t){return to(function(){return D(e,t)},[])}var wa=function(e){queueMicrotask(function(){queueMicrotask(e)})};function ka(){sn(function(){for(var e;e=Oi.shift();)Di.call(e)})}function Fi(){Oi.push(this)===1&&(j.requestAnimationFrame||wa)(ka)}function lo(e,t){let o=t&&t.cache?t.cache:Aa,i=t&&t.serializer?t.serializer:Ca;return(t&&t.strategy?t.strategy:Sa)(e,{cache:o,serializer:i})}function xa(e){return e==null||typeof e=="number"||typeof e=="boolean"}function qi(e,t,o,i){let s=xa(i)?i:o(i),r=t.get(s);return typeof r>"u"&&(r=e.call(this,i),t.set(s,r)),r}function Gi(e,t,o){let i=Array.prototype.slice.call(arguments,3),s=o(i),r=t.get(s);return typeof r>"u"&&(r=e.apply(this,i),t.set(s,r)),r}function ln(e,t,o,i,s){return o.bind(t,e,i,s)}function Sa(e,t){let o=e.length===1?qi:Gi;return ln(e,this,o,t.cache.create(),t.serializer)}function Ta(e,t){return ln(e,this,Gi,t.cache.create(),t.serializer)}function Ea(e,t){return ln(e,this,qi,t.cache.create(),t.serializer)}var Ca=function(){return JSON.stringify(arguments)},Ia=class{constructor(){this.cache=Object.create(null)}get(e){return this.cache[e]}set(e,t){this.cache[e]=t}},Aa={create:function(){return new Ia}},co={variadic:Ta,monadic:Ea};var Pa=/(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;function Yi(e){let t={};return e.replace(Pa,o=>{let i=o.length;switch(o[0]){case"G":t.era=i===4?"long":i===5?"narrow":"short";break;case"y":t.year=i===2?"2-digit":"numeric";break;case"Y":case"u":case"U":case"r":throw new RangeError("`Y/u/U/r` (year) patterns are not supported, use `y` instead");case"q":case"Q":throw new RangeError("`q/Q` (quarter) patterns are not supported");case"M":case"L":t.month=["numeric","2-digit","short","long","narrow"][i-1];break;case"w":case"W":throw new RangeError("`w/W` (week) patterns are not supported");case"d":t.day=["numeric","2-digit"][i-1];break;case"D":case"F":case"g":throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");case"E":t.weekday=i===4?"long":i===5?"narrow":"short";break;case"e":if(i<4)throw new RangeError("`e..eee` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][i-3];break;case"c":if(i<4)throw new RangeError("`c..ccc` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][i-3];break;case"a":t.hour12=!0;break;case"b":case"B":throw new RangeError("`b/B` (period) patterns are not supported, use `a` instead");case"h":t.hourCycle="h12",t.hour=["numeric","2-digit"][i-1];break;case"H":t.hourCycle="h23",t.hour=["numeric","2-digit"][i-1];break;case"K":t.hourCycle="h11",t.hour=["numeric","2-digit"][i-1];break;case"k":t.hourCycle="h24",t.hour=["numeric","2-digit"][i-1];break;case"j":case"J":case"C":throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");case"m":t.minute=["numeric","2-digit"][i-1];break;case"s":t.second=["numeric","2-digit"][i-1];break;case"S":case"A":throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");case"z":t.timeZoneName=i<4?"short":"long";break;case"Z":case"O":case"v":case"V":case"X":case"x":throw new RangeError("`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead")}return""}),t}var Ha=/[\t-\r \x85\u200E\u200F\u2028\u2029]/i;function Zi(e){if(e.length===0)throw new Error("Number skeleton cannot be empty");let t=e.split(Ha).filter(i=>i.length>0),o=[];for(let i of t){let s=i.split("/");if(s.length===0)throw new Error("Invalid number skeleton");let[r,...a]=s;for(let c of a)if(c.length===0)throw new Error("Invalid number skeleton");o.push({stem:r,options:a})}return o}function La(e){return e.replace(/^(.*?)-/,"")}var ji=/^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g,Xi=/^(@+)?(\+|#+)?[rs]?$/g,Ba=/(\*)(0+)|(#+)(0+)|(0+)/g,Ji=/^(0+)$/;function Vi(e){let t={};return e[e.length-1]==="r"?t.roundingPriority="morePrecision":e[e.length-1]==="s"&&(t.roundingPriority="lessPrecision"),e.replace(Xi,function(o,i,s){return typeof s!="string"?(t.minimumSignificantDigits=i.length,t.maximumSignificantDigits=i.length):s==="+"?t.minimumSignificantDigits=i.length:i[0]==="#"?t.maximumSignificantDigits=i.length:(t.minimumSignificantDigits=i.length,t.maximumSignificantDigits=i.length+(typeof s=="string"?s.length:0)),""}),t}function Ki(e){switch(e){case"sign-auto":return{signDisplay:"auto"};case"sign-accounting":case"()":return{currencySign:"accounting"};case"sign-always":case"+!":return{signDisplay:"always"};case"sign-accounting-always":case"()!":return{signDisplay:"always",currencySign:"accounting"};case"sign-except-zero":case"+?":return{signDisplay:"exceptZero"};case"sign-accounting-except-zero":case"()?":return{signDisplay:"exceptZero",currencySign:"accounting"};case"sign-never":case"+_":return{signDisplay:"never"}}}function Na(e){let t;if(e[0]==="E"&&e[1]==="E"?(t={notation:"engineering"},e=e.slice(2)):e[0]==="E"&&(t={notation:"scientific"},e=e.slice(1)),t){let o=e.slice(0,2);if(o==="+!"?(t.signDisplay="always",e=e.slice(2)):o==="+?"&&(t.signDisplay="exceptZero",e=e.slice(2)),!Ji.test(e))throw new Error("Malformed concise eng/scientific notation");t.minimumIntegerDigits=e.length}return t}function Wi(e){let t={},o=Ki(e);return o||t}function Qi(e){let t={};for(let o of e){switch(o.stem){case"percent":case"%":t.style="percent";continue;case"%x100":t.style="percent",t.scale=100;continue;case"currency":t.style="currency",t.currency=o.options[0];continue;case"group-off":case",_":t.useGrouping=!1;continue;case"precision-integer":case".":t.maximumFractionDigits=0;continue;case"measure-unit":t.style="unit",t.unit=La(o.options[0]);continue;case"unit":t.style="unit",t.unit=o.options[0];continue;case"compact-short":case"K":t.notation="compact",t.compactDisplay="short";continue;case"compact-long":case"KK":t.notation="compact",t.compactDisplay="long";continue;case"scientific":t={...t,notation:"scientific",...o.options.reduce((r,a)=>({...r,...Wi(a)}),{})};continue;case"engineering":t={...t,notation:"engineering",...o.options.reduce((r,a)=>({...r,...Wi(a)}),{})};continue;case"notation-simple":t.notation="standard";continue;case"unit-width-narrow":t.currencyDisplay="narrowSymbol",t.unitDisplay="narrow";continue;case"unit-width-short":t.currencyDisplay="code",t.unitDisplay="short";continue;case"unit-width-full-name":t.currencyDisplay="name",t.unitDisplay="long";continue;case"unit-width-iso-code":t.currencyDisplay="symbol";continue;case"scale":t.scale=parseFloat(o.options[0]);continue;case"rounding-mode-floor":t.roundingMode="floor";continue;case"rounding-mode-ceiling":t.roundingMode="ceil";continue;case"rounding-mode-down":t.roundingMode="trunc";continue;case"rounding-mode-up":t.roundingMode="expand";continue;case"rounding-mode-half-even":t.roundingMode="halfEven";continue;case"rounding-mode-half-down":t.roundingMode="halfTrunc";continue;case"rounding-mode-half-up":t.roundingMode="halfExpand";continue;case"integer-width":if(o.options.length>1)throw new RangeError("integer-width stems only accept a single optional option");o.options[0].replace(Ba,function(r,a,c,d,m,u){if(a)t.minimumIntegerDigits=c.length;else{if(d&&m)throw new Error("We currently do not support maximum integer digits");if(u)throw new Error("We currently do not support exact integer digits")}return""});continue}if(Ji.test(o.stem)){t.minimumIntegerDigits=o.stem.length;continue}if(ji.test(o.stem)){if(o.options.length>1)throw new RangeError("Fraction-precision stems only accept a single optional option");o.stem.replace(ji,function(a,c,d,m,u,h){return d==="*"?t.minimumFractionDigits=c.length:m&&m[0]==="#"?t.maximumFractionDigits=m.length:u&&h?(t.minimumFractionDigits=u.length,t.maximumFractionDigits=u.length+h.length):(t.minimumFractionDigits=c.length,t.maximumFractionDigits=c.length),""});let r=o.options[0];r==="w"?t={...t,trailingZeroDisplay:"stripIfInteger"}:r&&(t={...t,...Vi(r)});continue}if(Xi.test(o.stem)){t={...t,...Vi(o.stem)};continue}let i=Ki(o.stem);i&&(t={...t,...i});let s=Na(o.stem);s&&(t={...t,...s})}return t}var Ra=(function(e){return e[e.EXPECT_ARGUMENT_CLOSING_BRACE=1]="EXPECT_ARGUMENT_CLOSING_BRACE",e[e.EMPTY_ARGUMENT=2]="EMPTY_ARGUMENT",e[e.MALFORMED_ARGUMENT=3]="MALFORMED_ARGUMENT",e[e.EXPECT_ARGUMENT_TYPE=4]="EXPECT_ARGUMENT_TYPE",e[e.INVALID_ARGUMENT_TYPE=5]="INVALID_ARGUMENT_TYPE",e[e.EXPECT_ARGUMENT_STYLE=6]="EXPECT_ARGUMENT_STYLE",e[e.INVALID_NUMBER_SKELETON=7]="INVALID_NUMBER_SKELETON",e[e.INVALID_DATE_TIME_SKELETON=8]="INVALID_DATE_TIME_SKELETON",e[e.EXPECT_NUMBER_SKELETON=9]="EXPECT_NUMBER_SKELETON",e[e.EXPECT_DATE_TIME_SKELETON=10]="EXPECT_DATE_TIME_SKELETON",e[e.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE=11]="UNCLOSED_QUOTE_IN_ARGUMENT_STYLE",e[e.EXPECT_SELECT_ARGUMENT_OPTIONS=12]="EXPECT_SELECT_ARGUMENT_OPTIONS",e[e.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE=13]="EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE=14]="INVALID_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR=15]="EXPECT_SELECT_ARGUMENT_SELECTOR",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR=16]="EXPECT_PLURAL_ARGUMENT_SELECTOR",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT=17]="EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT=18]="EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT",e[e.INVALID_PLURAL_ARGUMENT_SELECTOR=19]="INVALID_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_PLURAL_ARGUMENT_SELECTOR=20]="DUPLICATE_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_SELECT_ARGUMENT_SELECTOR=21]="DUPLICATE_SELECT_ARGUMENT_SELECTOR",e[e.MISSING_OTHER_CLAUSE=22]="MISSING_OTHER_CLAUSE",e[e.INVALID_TAG=23]="INVALID_TAG",e[e.INVALID_TAG_NAME=25]="INVALID_TAG_NAME",e[e.UNMATCHED_CLOSING_TAG=26]="UNMATCHED_CLOSING_TAG",e[e.UNCLOSED_TAG=27]="UNCLOSED_TAG",e})({});function un(e){return e.type===0}function or(e){return e.type===1}function mn(e){return e.type===2}function pn(e){return e.type===3}function fn(e){return e.type===4}function hn(e){return e.type===5}function gn(e){return e.type===6}function nr(e){return e.type===7}function bn(e){return e.type===8}function $n(e){return!!(e&&typeof e=="object"&&e.type===0)}function uo(e){return!!(e&&typeof e=="object"&&e.type===1)}var ir=/[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/,Ma=/([^\t-\r -\/:-@\[-\^`\{-~\x85\xA0-\xA7\xA9\xAB\xAC\xAE\xB0\xB1\xB6\xBB\xBF\xD7\xF7\u1680\u2000-\u200A\u2010-\u2029\u202F-\u203E\u2041-\u2053\u2055-\u205F\u2190-\u245F\u2500-\u2775\u2794-\u2BFF\u2E00-\u2E7F\u3000-\u3003\u3008-\u3020\u3030\uFD3E\uFD3F\uFE45\uFE46]*)/g,Pt={"001":["H","h"],419:["h","H","hB","hb"],AC:["H","h","hb","hB"],AD:["H","hB"],AE:["h","hB","hb","H"],AF:["H","hb","hB","h"],AG:["h","hb","H","hB"],AI:["H","h","hb","hB"],AL:["h","H","hB"],AM:["H","hB"],AO:["H","hB"],AR:["H","h","hB","hb"],AS:["h","H"],AT:["H","hB"],AU:["h","hb","H","hB"],AW:["H","hB"],AX:["H"],AZ:["H","hB","h"],BA:["H","hB","h"],BB:["h","hb","H","hB"],BD:["h","hB","H"],BE:["H","hB"],BF:["H","hB"],BG:["H","hB","h"],BH:["h","hB","hb","H"],BI:["H","h"],BJ:["H","hB"],BL:["H","hB"],BM:["h","hb","H","hB"],BN:["hb","hB","h","H"],BO:["h","H","hB","hb"],BQ:["H"],BR:["H","hB"],BS:["h","hb","H","hB"],BT:["h","H"],BW:["H","h","hb","hB"],BY:["H","h"],BZ:["H","h","hb","hB"],CA:["h","hb","H","hB"],CC:["H","h","hb","hB"],CD:["hB","H"],CF:["H","h","hB"],CG:["H","hB"],CH:["H","hB","h"],CI:["H","hB"],CK:["H","h","hb","hB"],CL:["H","h","hB","hb"],CM:["H","h","hB"],CN:["H","hB","hb","h"],CO:["h","H","hB","hb"],CP:["H"],CR:["h","H","hB","hb"],CU:["h","H","hB","hb"],CV:["H","hB"],CW:["H","hB"],CX:["H","h","hb","hB"],CY:["h","H","hb","hB"],CZ:["H"],DE:["H","hB"],DG:["H","h","hb","hB"],DJ:["h","H"],DK:["H"],DM:["h","hb","H","hB"],DO:["h","H","hB","hb"],DZ:["h","hB","hb","H"],EA:["H","h","hB","hb"],EC:["h","H","hB","hb"],EE:["H","hB"],EG:["h","hB","hb","H"],EH:["h","hB","hb","H"],ER:["h","H"],ES:["H","hB","h","hb"],ET:["hB","hb","h","H"],FI:["H"],FJ:["h","hb","H","hB"],FK:["H","h","hb","hB"],FM:["h","hb","H","hB"],FO:["H","h"],FR:["H","hB"],GA:["H","hB"],GB:["H","h","hb","hB"],GD:["h","hb","H","hB"],GE:["H","hB","h"],GF:["H","hB"],GG:["H","h","hb","hB"],GH:["h","H"],GI:["H","h","hb","hB"],GL:["H","h"],GM:["h","hb","H","hB"],GN:["H","hB"],GP:["H","hB"],GQ:["H","hB","h","hb"],GR:["h","H","hb","hB"],GS:["H","h","hb","hB"],GT:["h","H","hB","hb"],GU:["h","hb","H","hB"],GW:["H","hB"],GY:["h","hb","H","hB"],HK:["h","hB","hb","H"],HN:["h","H","hB","hb"],HR:["H","hB"],HT:["H","hB"],HU:["H","h"],IC:["H","h","hB","hb"],ID:["H"],IE:["H","h","hb","hB"],IL:["H","hB"],IM:["H","h","hb","hB"],IN:["h","H"],IO:["H","h","hb","hB"],IQ:["h","hB","hb","H"],IR:["hB","H"],IS:["H"],IT:["H","hB"],JE:["H","h","hb","hB"],JM:["h","hb","H","hB"],JO:["h","hB","hb","H"],JP:["H","K","h"],KE:["hB","hb","H","h"],KG:["H","h","hB","hb"],KH:["hB","h","H","hb"],KI:["h","hb","H","hB"],KM:["H","h","hB","hb"],KN:["h","hb","H","hB"],KP:["h","H","hB","hb"],KR:["h","H","hB","hb"],KW:["h","hB","hb","H"],KY:["h","hb","H","hB"],KZ:["H","hB"],LA:["H","hb","hB","h"],LB:["h","hB","hb","H"],LC:["h","hb","H","hB"],LI:["H","hB","h"],LK:["H","h","hB","hb"],LR:["h","hb","H","hB"],LS:["h","H"],LT:["H","h","hb","hB"],LU:["H","h","hB"],LV:["H","hB","hb","h"],LY:["h","hB","hb","H"],MA:["H","h","hB","hb"],MC:["H","hB"],MD:["H","hB"],ME:["H","hB","h"],MF:["H","hB"],MG:["H","h"],MH:["h","hb","H","hB"],MK:["H","h","hb","hB"],ML:["H"],MM:["hB","hb","H","h"],MN:["H","h","hb","hB"],MO:["h","hB","hb","H"],MP:["h","hb","H","hB"],MQ:["H","hB"],MR:["h","hB","hb","H"],MS:["H","h","hb","hB"],MT:["H","h"],MU:["H","h"],MV:["H","h"],MW:["h","hb","H","hB"],MX:["h","H","hB","hb"],MY:["hb","hB","h","H"],MZ:["H","hB"],NA:["h","H","hB","hb"],NC:["H","hB"],NE:["H"],NF:["H","h","hb","hB"],NG:["H","h","hb","hB"],NI:["h","H","hB","hb"],NL:["H","hB"],NO:["H","h"],NP:["H","h","hB"],NR:["H","h","hb","hB"],NU:["H","h","hb","hB"],NZ:["h","hb","H","hB"],OM:["h","hB","hb","H"],PA:["h","H","hB","hb"],PE:["h","H","hB","hb"],PF:["H","h","hB"],PG:["h","H"],PH:["h","hB","hb","H"],PK:["h","hB","H"],PL:["H","h"],PM:["H","hB"],PN:["H","h","hb","hB"],PR:["h","H","hB","hb"],PS:["h","hB","hb","H"],PT:["H","hB"],PW:["h","H"],PY:["H","h","hB","hb"],QA:["h","hB","hb","H"],RE:["H","hB"],RO:["H","hB"],RS:["H","hB","h"],RU:["H"],RW:["hB","hb","H","h"],SA:["h","hB","hb","H"],SB:["h","hb","H","hB"],SC:["H","h","hB"],SD:["h","hB","hb","H"],SE:["H"],SG:["h","hb","H","hB"],SH:["H","h","hb","hB"],SI:["H","hB"],SJ:["H"],SK:["H"],SL:["h","hb","H","hB"],SM:["H","h","hB"],SN:["H","h","hB"],SO:["h","H"],SR:["H","hB"],SS:["h","hb","H","hB"],ST:["H","hB"],SV:["h","H","hB","hb"],SX:["H","h","hb","hB"],SY:["h","hB","hb","H"],SZ:["h","hb","H","hB"],TA:["H","h","hb","hB"],TC:["h","hb","H","hB"],TD:["h","H","hB"],TF:["H","h","hB"],TG:["H","hB"],TH:["H","h"],TJ:["H","h"],TL:["H","hB","hb","h"],TM:["H","h"],TN:["h","hB","hb","H"],TO:["h","H"],TR:["H","hB"],TT:["h","hb","H","hB"],TW:["hB","hb","h","H"],TZ:["hB","hb","H","h"],UA:["H","hB","h"],UG:["hB","hb","H","h"],UM:["h","hb","H","hB"],US:["h","hb","H","hB"],UY:["H","h","hB","hb"],UZ:["H","hB","h"],VA:["H","h","hB"],VC:["h","hb","H","hB"],VE:["h","H","hB","hb"],VG:["h","hb","H","hB"],VI:["h","hb","H","hB"],VN:["H","h"],VU:["h","H"],WF:["H","hB"],WS:["h","H"],XK:["H","hB","h"],YE:["h","hB","hb","H"],YT:["H","hB"],ZA:["H","h","hb","hB"],ZM:["H","hB"],ZW:["H","h"],"af-ZA":["H","h","hB","hb"],"ar-001":["h","hB","hb","H"],"ca-ES":["H","h","hB"],"en-001":["h","hb","H","hB"],"en-HK":["h","hb","H","hB"],"en-IL":["H","h","hb","hB"],"en-MY":["h","hb","H","hB"],"es-BR":["H","h","hB","hb"],"es-ES":["H","h","hB","hb"],"es-GQ":["H","h","hB","hb"],"fr-CA":["H","h","hB"],"gl-ES":["H","h","hB"],"gu-IN":["hB","hb","h","H"],"hi-IN":["hB","h","H"],"it-CH":["H","h","hB"],"it-IT":["H","h","hB"],"kn-IN":["hB","h","H"],"ku-SY":["H","hB"],"ml-IN":["hB","h","H"],"mr-IN":["hB","hb","h","H"],"pa-IN":["hB","hb","h","H"],"ta-IN":["hB","h","hb","H"],"te-IN":["hB","h","H"],"zu-ZA":["H","hB","hb","h"]};function za(e,t){let o="";for(let i=0;i<e.length;i++){let s=e.charAt(i);if(s==="j"){let r=0;for(;i+1<e.length&&e.charAt(i+1)===s;)r++,i++;let a=1+(r&1),c=r<2?1:3+(r>>1),d="a",m=Da(t);for((m=="H"||m=="k")&&(c=0);c-- >0;)o+=d;for(;a-- >0;)o=m+o}else s==="J"?o+="H":o+=s}return o}function Da(e){let t=e.hourCycle;if(t===void 0){let s=e;t=s.getHourCycles?.()[0]??s.hourCycles?.[0]}if(t)switch(t){case"h24":return"k";case"h23":return"H";case"h12":return"h";case"h11":return"K";default:throw new Error("Invalid hourCycle")}let o=e.language,i;return o!=="root"&&(i=e.maximize().region),(Pt[`${o}-${i}`]||Pt[i||""]||Pt[o||""]||Pt[`${o}-001`]||Pt["001"])[0].charAt(0)}var Oa=new RegExp(`^${ir.source}*`),Ua=new RegExp(`${ir.source}*$`);function O(e,t){return{start:e,end:t}}var Fa=!!Object.fromEntries,qa=!!String.prototype.trimStart,Ga=!!String.prototype.trimEnd,er=Fa?Object.fromEntries:function(t){let o={};for(let[i,s]of t)o[i]=s;return o},ja=qa?function(t){return t.trimStart()}:function(t){return t.replace(Oa,"")},Va=Ga?function(t){return t.trimEnd()}:function(t){return t.replace(Ua,"")},tr=Wa();function Wa(){try{let e=new RegExp("([^\\p{White_Space}\\p{Pattern_Syntax}]*)","yu");if(e.exec("a ")?.[1]==="a")return e}catch{}return Ma}function Ya(e,t){return tr.lastIndex=t,tr.exec(e)[1]??""}function Za(e){if(e.length===0)return null;let t=1,o=1;for(let i=0;i<e.length;){let s=e.charCodeAt(i);switch(s){case 35:case 39:case 60:case 123:case 125:return null}if(s===10)t++,o=1,i++;else if(o++,s>=55296&&s<=56319&&i+1<e.length){let r=e.charCodeAt(i+1);i+=r>=56320&&r<=57343?2:1}else i++}return{offset:e.length,line:t,column:o}}var Xa=class{constructor(e,t={}){this.message=e,this.position={offset:0,line:1,column:1},this.ignoreTag=!!t.ignoreTag,this.locale=t.locale,this.requiresOtherClause=!!t.requiresOtherClause,this.shouldParseSkeletons=!!t.shouldParseSkeletons,this.captureEscapes=!!t.captureEscapes}parse(){if(this.offset()!==0)throw Error("parser can only be used once");if(this.message.length>0){let e=this.message.charCodeAt(0);if(e!==35&&e!==39&&e!==60&&e!==123&&e!==125){let t=Za(this.message);if(t){let o=this.clonePosition();return this.position=t,{val:[{type:0,value:this.message,...this.captureEscapes&&{rawValue:this.message},location:O(o,this.clonePosition())}],err:null}}}}return this.parseMessage(0,"",!1)}parseMessage(e,t,o){let i=[];for(;!this.isEOF();){let s=this.char();if(s===123){let r=this.parseArgument(e,o);if(r.err)return r;i.push(r.val)}else{if(s===125&&e>0)break;if(s===35&&(t==="plural"||t==="selectordinal")){let r=this.clonePosition();this.bump(),i.push({type:7,location:O(r,this.clonePosition())})}else if(s===60&&!this.ignoreTag&&this.peek()===47){if(o)break;return this.error(26,O(this.clonePosition(),this.clonePosition()))}else if(s===60&&!this.ignoreTag&&cn(this.peek()||0)){let r=this.parseTag(e,t);if(r.err)return r;i.push(r.val)}else{let r=this.parseLiteral(e,t);if(r.err)return r;i.push(r.val)}}}return{val:i,err:null}}parseTag(e,t){let o=this.clonePosition();this.bump();let i=this.parseTagName();if(this.bumpSpace(),this.bumpIf("/>"))return{val:{type:0,value:`<${i}/>`,location:O(o,this.clonePosition())},err:null};if(this.bumpIf(">")){let s=this.parseMessage(e+1,t,!0);if(s.err)return s;let r=s.val,a=this.clonePosition();if(this.bumpIf("</")){if(this.isEOF()||!cn(this.char()))return this.error(23,O(a,this.clonePosition()));let c=this.clonePosition();return i!==this.parseTagName()?this.error(26,O(c,this.clonePosition())):(this.bumpSpace(),this.bumpIf(">")?{val:{type:8,value:i,children:r,location:O(o,this.clonePosition())},err:null}:this.error(23,O(a,this.clonePosition())))}else return this.error(27,O(o,this.clonePosition()))}else return this.error(23,O(o,this.clonePosition()))}parseTagName(){let e=this.offset();for(this.bump();!this.isEOF()&&Ka(this.char());)this.bump();return this.message.slice(e,this.offset())}parseLiteral(e,t){let o=this.clonePosition(),i="";for(;;){let r=this.tryParseQuote(t);if(r){i+=r;continue}let a=this.tryParseUnquoted(e,t);if(a){i+=a;continue}let c=this.tryParseLeftAngleBracket();if(c){i+=c;continue}break}let s=O(o,this.clonePosition());return{val:{type:0,value:i,location:s,...this.captureEscapes&&{rawValue:this.message.slice(o.offset,this.offset())}},err:null}}tryParseLeftAngleBracket(){return!this.isEOF()&&this.char()===60&&(this.ignoreTag||!Ja(this.peek()||0))?(this.bump(),"<"):null}tryParseQuote(e){if(this.isEOF()||this.char()!==39)return null;switch(this.peek()){case 39:return this.bump(),this.bump(),"'";case 123:case 60:case 62:case 125:break;case 35:if(e==="plural"||e==="selectordinal")break;return null;default:return null}this.bump();let t=[this.char()];for(this.bump();!this.isEOF();){let o=this.char();if(o===39)if(this.peek()===39)t.push(39),this.bump();else{this.bump();break}else t.push(o);this.bump()}return String.fromCodePoint(...t)}tryParseUnquoted(e,t){if(this.isEOF())return null;let o=this.char();return o===60||o===123||o===35&&(t==="plural"||t==="selectordinal")||o===125&&e>0?null:(this.bump(),String.fromCodePoint(o))}parseArgument(e,t){let o=this.clonePosition();if(this.bump(),this.bumpSpace(),this.isEOF())return this.error(1,O(o,this.clonePosition()));if(this.char()===125)return this.bump(),this.error(2,O(o,this.clonePosition()));let i=this.parseIdentifierIfPossible().value;if(!i)return this.error(3,O(o,this.clonePosition()));if(this.bumpSpace(),this.isEOF())return this.error(1,O(o,this.clonePosition()));switch(this.char()){case 125:return this.bump(),{val:{type:1,value:i,location:O(o,this.clonePosition())},err:null};case 44:return this.bump(),this.bumpSpace(),this.isEOF()?this.error(1,O(o,this.clonePosition())):this.parseArgumentOptions(e,t,i,o);default:return this.error(3,O(o,this.clonePosition()))}}parseIdentifierIfPossible(){let e=this.clonePosition(),t=this.offset(),o=Ya(this.message,t),i=t+o.length;return this.bumpTo(i),{value:o,location:O(e,this.clonePosition())}}parseArgumentOptions(e,t,o,i){let s=this.clonePosition(),r=this.parseIdentifierIfPossible().value,a=this.clonePosition();switch(r){case"":return this.error(4,O(s,a));case"number":case"date":case"time":{this.bumpSpace();let c=null;if(this.bumpIf(",")){this.bumpSpace();let u=this.clonePosition(),h=this.parseSimpleArgStyleIfPossible();if(h.err)return h;let f=Va(h.val);if(f.length===0)return this.error(6,O(this.clonePosition(),this.clonePosition()));c={style:f,styleLocation:O(u,this.clonePosition())}}let d=this.tryParseArgumentClose(i);if(d.err)return d;let m=O(i,this.clonePosition());if(c&&c.style.startsWith("::")){let u=ja(c.style.slice(2));if(r==="number"){let h=this.parseNumberSkeletonFromString(u,c.styleLocation);return h.err?h:{val:{type:2,value:o,location:m,style:h.val},err:null}}else{if(u.length===0)return this.error(10,m);let h=u;this.locale&&(h=za(u,this.locale));let f={type:1,pattern:h,location:c.styleLocation,parsedOptions:this.shouldParseSkeletons?Yi(h):{}};return{val:{type:r==="date"?3:4,value:o,location:m,style:f},err:null}}}return{val:{type:r==="number"?2:r==="date"?3:4,value:o,location:m,style:c?.style??null},err:null}}case"plural":case"selectordinal":case"select":{let c=this.clonePosition();if(this.bumpSpace(),!this.bumpIf(","))return this.error(12,O(c,{...c}));this.bumpSpace();let d=this.parseIdentifierIfPossible(),m=0;if(r!=="select"&&d.value==="offset"){if(!this.bumpIf(":"))return this.error(13,O(this.clonePosition(),this.clonePosition()));this.bumpSpace();let p=this.tryParseDecimalInteger(13,14);if(p.err)return p;this.bumpSpace(),d=this.parseIdentifierIfPossible(),m=p.val}let u=this.tryParsePluralOrSelectOptions(e,r,t,d);if(u.err)return u;let h=this.tryParseArgumentClose(i);if(h.err)return h;let f=O(i,this.clonePosition());return r==="select"?{val:{type:5,value:o,options:er(u.val),location:f},err:null}:{val:{type:6,value:o,options:er(u.val),offset:m,pluralType:r==="plural"?"cardinal":"ordinal",location:f},err:null}}default:return this.error(5,O(s,a))}}tryParseArgumentClose(e){return this.isEOF()||this.char()!==125?this.error(1,O(e,this.clonePosition())):(this.bump(),{val:!0,err:null})}parseSimpleArgStyleIfPossible(){let e=0,t=this.clonePosition();for(;!this.isEOF();)switch(this.char()){case 39:{this.bump();let o=this.clonePosition();if(!this.bumpUntil("'"))return this.error(11,O(o,this.clonePosition()));this.bump();break}case 123:e+=1,this.bump();break;case 125:if(e>0)e-=1;else return{val:this.message.slice(t.offset,this.offset()),err:null};break;default:this.bump()}return{val:this.message.slice(t.offset,this.offset()),err:null}}parseNumberSkeletonFromString(e,t){let o=[];try{o=Zi(e)}catch{return this.error(7,t)}return{val:{type:0,tokens:o,location:t,parsedOptions:this.shouldParseSkeletons?Qi(o):{}},err:null}}tryParsePluralOrSelectOptions(e,t,o,i){let s=!1,r=[],a=new Set,{value:c,location:d}=i;for(;;){if(c.length===0){let f=this.clonePosition();if(t!=="select"&&this.bumpIf("=")){let p=this.tryParseDecimalInteger(16,19);if(p.err)return p;d=O(f,this.clonePosition()),c=this.message.slice(f.offset,this.offset())}else break}if(a.has(c))return this.error(t==="select"?21:20,d);c==="other"&&(s=!0),this.bumpSpace();let m=this.clonePosition();if(!this.bumpIf("{"))return this.error(t==="select"?17:18,O(this.clonePosition(),this.clonePosition()));let u=this.parseMessage(e+1,t,o);if(u.err)return u;let h=this.tryParseArgumentClose(m);if(h.err)return h;r.push([c,{value:u.val,location:O(m,this.clonePosition())}]),a.add(c),this.bumpSpace(),{value:c,location:d}=this.parseIdentifierIfPossible()}return r.length===0?this.error(t==="select"?15:16,O(this.clonePosition(),this.clonePosition())):this.requiresOtherClause&&!s?this.error(22,O(this.clonePosition(),this.clonePosition())):{val:r,err:null}}tryParseDecimalInteger(e,t){let o=1,i=this.clonePosition();this.bumpIf("+")||this.bumpIf("-")&&(o=-1);let s=!1,r=0;for(;!this.isEOF();){let c=this.char();if(c>=48&&c<=57)s=!0,r=r*10+(c-48),this.bump();else break}let a=O(i,this.clonePosition());return s?(r*=o,Number.isSafeInteger(r)?{val:r,err:null}:this.error(t,a)):this.error(e,a)}offset(){return this.position.offset}isEOF(){return this.offset()===this.message.length}clonePosition(){return{offset:this.position.offset,line:this.position.line,column:this.position.column}}char(){let e=this.position.offset;if(e>=this.message.length)throw Error("out of bound");let t=this.message.codePointAt(e);if(t===void 0)throw Error(`Offset ${e} is at invalid UTF-16 code unit boundary`);return t}error(e,t){return{val:null,err:{kind:e,message:this.message,location:t}}}bump(){if(this.isEOF())return;let e=this.char();e===10?(this.position.line+=1,this.position.column=1,this.position.offset+=1):(this.position.column+=1,this.position.offset+=e<65536?1:2)}bumpIf(e){let t=this.offset();if(this.message.slice(t,t+e.length)===e){for(let o=0;o<e.length;o++)this.bump();return!0}return!1}bumpUntil(e){let t=this.offset(),o=this.message.indexOf(e,t);return o>=0?(this.bumpTo(o),!0):(this.bumpTo(this.message.length),!1)}bumpTo(e){if(this.offset()>e)throw Error(`targetOffset ${e} must be greater than or equal to the current offset ${this.offset()}`);for(e=Math.min(e,this.message.length);;){let t=this.offset();if(t===e)break;if(t>e)throw Error(`targetOffset ${e} is at invalid UTF-16 code unit boundary`);if(this.bump(),this.isEOF())break}}bumpSpace(){for(;!this.isEOF()&&Qa(this.char());)this.bump()}peek(){if(this.isEOF())return null;let e=this.char(),t=this.offset();return this.message.charCodeAt(t+(e>=65536?2:1))??null}};function cn(e){return e>=97&&e<=122||e>=65&&e<=90}function Ja(e){return cn(e)||e===47}function Ka(e){return e===45||e===46||e>=48&&e<=57||e===95||e>=97&&e<=122||e>=65&&e<=90||e==183||e>=192&&e<=214||e>=216&&e<=246||e>=248&&e<=893||e>=895&&e<=8191||e>=8204&&e<=8205||e>=8255&&e<=8256||e>=8304&&e<=8591||e>=11264&&e<=12271||e>=12289&&e<=55295||e>=63744&&e<=64975||e>=65008&&e<=65533||e>=65536&&e<=983039}function Qa(e){return e>=9&&e<=13||e===32||e===133||e>=8206&&e<=8207||e===8232||e===8233}function dn(e){e.forEach(t=>{if(delete t.location,hn(t)||gn(t))for(let o in t.options)delete t.options[o].location,dn(t.options[o].value);else mn(t)&&$n(t.style)||(pn(t)||fn(t))&&uo(t.style)?delete t.style.location:bn(t)&&dn(t.children)})}function rr(e,t={}){t={shouldParseSkeletons:!0,requiresOtherClause:!0,...t};let o=new Xa(e,t).parse();if(o.err){let i=SyntaxError(Ra[o.err.kind]);throw i.location=o.err.location,i.originalMessage=o.err.message,i}return t?.captureLocation||dn(o.val),o.val}var po=class extends Error{constructor(e,t,o){super(e),this.code=t,this.originalMessage=o}toString(){return`[formatjs Error: ${this.code}] ${this.message}`}},sr=class extends po{constructor(e,t,o,i){super(`Invalid values for "${e}": "${t}". Options are "${Object.keys(o).join('", "')}"`,"INVALID_VALUE",i)}},el=class extends po{constructor(e,t,o){super(`Value for "${e}" must be of type ${t}`,"INVALID_VALUE",o)}},tl=class extends po{constructor(e,t){super(`The intl string context variable "${e}" was not provided to the string "${t}"`,"MISSING_VALUE",t)}};function ol(e){return e.length<2?e:e.reduce((t,o)=>{let i=t[t.length-1];return!i||i.type!==0||o.type!==0?t.push(o):i.value+=o.value,t},[])}function nl(e){return typeof e=="function"}function mo(e,t,o,i,s,r,a){if(e.length===1&&un(e[0]))return[{type:0,value:e[0].value}];let c=[];for(let d of e){if(un(d)){c.push({type:0,value:d.value});continue}if(nr(d)){typeof r=="number"&&c.push({type:0,value:o.getNumberFormat(t).format(r)});continue}let{value:m}=d;if(!(s&&m in s))throw new tl(m,a);let u=s[m];if(or(d)){(!u||typeof u=="string"||typeof u=="number"||typeof u=="bigint")&&(u=typeof u=="string"||typeof u=="number"||typeof u=="bigint"?String(u):""),c.push({type:typeof u=="string"?0:1,value:u});continue}if(pn(d)){let h=typeof d.style=="string"?i.date[d.style]:uo(d.style)?d.style.parsedOptions:void 0;c.push({type:0,value:o.getDateTimeFormat(t,h).format(u)});continue}if(fn(d)){let h=typeof d.style=="string"?i.time[d.style]:uo(d.style)?d.style.parsedOptions:i.time.medium;c.push({type:0,value:o.getDateTimeFormat(t,h).format(u)});continue}if(mn(d)){let h=typeof d.style=="string"?i.number[d.style]:$n(d.style)?d.style.parsedOptions:void 0;if(h&&h.scale){let f=h.scale||1;if(typeof u=="bigint"){if(!Number.isInteger(f))throw new TypeError(`Cannot apply fractional scale ${f} to bigint value. Scale must be an integer when formatting bigint.`);u=u*BigInt(f)}else u=u*f}c.push({type:0,value:o.getNumberFormat(t,h).format(u)});continue}if(bn(d)){let{children:h,value:f}=d,p=s[f];if(!nl(p))throw new el(f,"function",a);let g=p(mo(h,t,o,i,s,r).map(b=>b.value));Array.isArray(g)||(g=[g]),c.push(...g.map(b=>({type:typeof b=="string"?0:1,value:b})))}if(hn(d)){let h=u,f=(Object.prototype.hasOwnProperty.call(d.options,h)?d.options[h]:void 0)||d.options.other;if(!f)throw new sr(d.value,u,Object.keys(d.options),a);c.push(...mo(f.value,t,o,i,s));continue}if(gn(d)){let h=`=${u}`,f=Object.prototype.hasOwnProperty.call(d.options,h)?d.options[h]:void 0;if(!f){if(!Intl.PluralRules)throw new po(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`,"MISSING_INTL_API",a);let g=typeof u=="bigint"?Number(u):u,b=o.getPluralRules(t,{type:d.pluralType}).select(g-(d.offset||0));f=(Object.prototype.hasOwnProperty.call(d.options,b)?d.options[b]:void 0)||d.options.other}if(!f)throw new sr(d.value,u,Object.keys(d.options),a);let p=typeof u=="bigint"?Number(u):u;c.push(...mo(f.value,t,o,i,s,p-(d.offset||0)));continue}}return ol(c)}function il(e,t){return t?{...e,...t,...Object.keys(e).reduce((o,i)=>(o[i]={...e[i],...t[i]},o),{})}:e}function rl(e,t){return t?Object.keys(e).reduce((o,i)=>(o[i]=il(e[i],t[i]),o),{...e}):e}function yn(e){return{create(){return{get(t){return e[t]},set(t,o){e[t]=o}}}}}function sl(e={number:{},dateTime:{},pluralRules:{}}){return{getNumberFormat:lo((...t)=>new Intl.NumberFormat(...t),{cache:yn(e.number),strategy:co.variadic}),getDateTimeFormat:lo((...t)=>new Intl.DateTimeFormat(...t),{cache:yn(e.dateTime),strategy:co.variadic}),getPluralRules:lo((...t)=>new Intl.PluralRules(...t),{cache:yn(e.pluralRules),strategy:co.variadic})}}var de,ar=(de=class{constructor(t,o=de.defaultLocale,i,s){if(this.formatterCache={number:{},dateTime:{},pluralRules:{}},this.format=(r=>{let a=this.formatToParts(r);if(a.length===1)return a[0].value;let c=a.reduce((d,m)=>(!d.length||m.type!==0||typeof d[d.length-1]!="string"?d.push(m.value):d[d.length-1]+=m.value,d),[]);return c.length<=1?c[0]||"":c}),this.formatToParts=(r=>mo(this.ast,this.locales,this.formatters,this.formats,r,void 0,this.message)),this.resolvedOptions=()=>({locale:this.resolvedLocale?.toString()||Intl.NumberFormat.supportedLocalesOf(this.locales)[0]}),this.getAst=()=>this.ast,this.locales=o,this.resolvedLocale=de.resolveLocale(o),typeof t=="string"){if(this.message=t,!de.__parse)throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");let{...r}=s||{};this.ast=de.__parse(t,{...r,locale:this.resolvedLocale})}else this.ast=t;if(!Array.isArray(this.ast))throw new TypeError("A message must be provided as a String or AST.");this.formats=rl(de.formats,i),this.formatters=s&&s.formatters||sl(this.formatterCache)}static get defaultLocale(){return de.memoizedDefaultLocale||(de.memoizedDefaultLocale=new Intl.NumberFormat().resolvedOptions().locale),de.memoizedDefaultLocale}},de.memoizedDefaultLocale=null,de.resolveLocale=t=>{if(typeof Intl.Locale>"u")return;let o=Intl.NumberFormat.supportedLocalesOf(t);return o.length>0?new Intl.Locale(o[0]):new Intl.Locale(typeof t=="string"?t:t[0])},de.__parse=rr,de.formats={number:{integer:{maximumFractionDigits:0},currency:{style:"currency"},percent:{style:"percent"}},date:{short:{month:"numeric",day:"numeric",year:"2-digit"},medium:{month:"short",day:"numeric",year:"numeric"},long:{month:"long",day:"numeric",year:"numeric"},full:{weekday:"long",month:"long",day:"numeric",year:"numeric"}},time:{short:{hour:"numeric",minute:"numeric"},medium:{hour:"numeric",minute:"numeric",second:"numeric"},long:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"},full:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"}}},de);var Ht={"app.name":"Village","footer.text":"Village is the networking space of the Internet Governance Forum.","header.skip":"Skip to the content","header.nav":"Main","header.language":"Language","header.menu":"Menu","header.sign_out":"Sign out","nav.home":"Home","nav.people":"People","nav.organisations":"Organisations","nav.invitations":"Invitations","nav.profile":"My profile","role.participant":"Participant","role.staff":"Staff","role.secretariat":"Secretariat","connection.connecting":"Connecting…","connection.connected":"Connected","connection.reconnecting":"Reconnecting…","connection.offline":"Offline","connection.problem.tabs":"Too many tabs are open: close some.","connection.problem.ended":"Your session has ended.","connection.problem.error":"Reload the page to reconnect.","toast.region":"Notifications","toast.dismiss":"Dismiss","toast.direct":"{name} sent you a message.","toast.direct.wave":"{name} waves at you 👋","common.loading":"Loading…","common.retry":"Try again","form.problem_title":"There is a problem","form.error_prefix":"Error:","form.working":"Working…","error.invalid":"This is not valid.","error.network":"Village could not be reached. Check your connection and try again: what you typed is kept.","error.internal":"Something went wrong on our side. Try again in a moment: what you typed is kept.","error.unavailable":"Village is not available right now. Try again in a moment.","error.rate_limited":"Too many attempts. Wait a minute, then try again.","error.unauthenticated":"Your session has ended. Sign in again.","error.session_unreachable":"We could not reach Village to sign you back in. Check your connection; we will keep trying, or reload the page.","error.forbidden":"Your role may not do this.","error.not_found":"This was not found. It may have been removed.","error.conflict":"This is already taken.","error.gone":"This has expired.","error.bad_request":"The request was not understood. Reload the page and try again.","error.payload_too_large":"This is too long.","error.validation_failed":"Some fields are not valid.","error.wrong_credentials":"The e-mail or the password is not right.","field.email":"Email","field.password":"Password","field.email.required":"Enter your e-mail address.","field.email.invalid":"Enter an e-mail address such as name@example.org.","field.email.taken":"An account with this e-mail address already exists. Sign in instead.","field.password.required":"Enter your password.","field.password.invalid":"Use 10 to 128 characters.","signin.title":"Sign in","signin.intro":"Meet the people of the Internet Governance Forum: booths, coffee breaks and one-to-one meetings.","signin.submit":"Sign in","signin.busy":"Signing in…","signin.no_account":"New here?","signin.register":"Create an account","signin.demo_title":"Trying the demo?","signin.demo_text":"Sign in as {email} with the password {password}.","home.title":"Welcome, {name}","home.intro":"The village is open. Say hello to the people who are here now.","home.online_title":"Online now","home.online_count":"{count, plural, =0 {Nobody is online yet.} one {# person is online.} other {# people are online.}}","home.online_waiting":"Waiting for the connection…","home.online_truncated":"Showing {shown} of {count}.","home.you":"(you)","home.wave":"Wave at {name}","home.wave_short":"Wave","home.next_photo":"Add a photo, so that people you meet recognise you","home.waved":"You waved at {name}.","home.wave_failed":"Your wave did not reach {name}. Try again.","home.next_title":"What next","home.next_people":"Find people by theme, language or region","home.next_profile":"Complete your profile so that others find you","notfound.title":"Page not found","notfound.text":"There is no page at this address. Check it, or start again from the home page.","notfound.home":"Go to the home page","common.cancel":"Cancel","form.choose":"Choose…","form.required_note":"Fields marked * are required.","stakeholder.government":"Government","stakeholder.intergovernmental":"Intergovernmental organization","stakeholder.civil_society":"Civil society","stakeholder.technical_community":"Technical community","stakeholder.private_sector":"Private sector","stakeholder.press_media":"Press and media","region.african":"African Group","region.asia_pacific":"Asia-Pacific Group","region.eastern_european":"Eastern European Group","region.grulac":"Latin American and Caribbean Group (GRULAC)","region.weog":"Western European and Others Group (WEOG)","region.igo":"Intergovernmental organizations","theme.data":"Data","theme.environment":"Environment","theme.inclusion":"Inclusion","theme.trust":"Trust","theme.digital_cooperation":"Digital cooperation","kind.best_practice_forum":"Best Practice Forum","kind.dynamic_coalition":"Dynamic Coalition","kind.nri":"National, Regional or Youth IGF initiative (NRI)","kind.mag":"Multistakeholder Advisory Group (MAG)","kind.secretariat":"Secretariat","kind.un_agency":"UN agency","kind.government":"Government","kind.intergovernmental":"Intergovernmental organization","kind.civil_society":"Civil society","kind.academia":"Academia","kind.technical_community":"Technical community","kind.private_sector":"Private sector","kind.media":"Media","field.email.hint":"We never show it to other people.","field.password.hint":"10 to 128 characters. A few words you remember make a good one.","field.display_name":"Name shown to others","field.display_name.hint":"Your name as you want other participants to see it.","field.display_name.required":"Enter the name you want others to see.","field.display_name.invalid":"Use 1 to 80 characters, without control characters.","field.stakeholder_group":"Stakeholder group","field.stakeholder_group.required":"Choose your stakeholder group.","field.stakeholder_group.invalid":"Choose one of the stakeholder groups in the list.","field.parliamentarian":"I am a member of parliament","field.parliamentarian.hint":"Members of parliament register under the Government stakeholder group.","field.parliamentarian.invalid":"Only people in the Government stakeholder group can be marked as members of parliament.","field.region":"Region","field.region.hint":"The UN regional group of your country. Staff of intergovernmental organizations choose “Intergovernmental organizations”.","field.region.required":"Choose your region.","field.region.invalid":"Choose one of the regions in the list.","field.country":"Country","field.country.required":"Choose your country.","field.country.invalid":"Choose a country from the list.","field.youth":"I am a young person (youth participant)","field.youth.hint":"Youth participants can find each other in the directory.","field.youth.invalid":"Choose yes or no.","field.languages":"Languages you speak","field.languages.hint":"Choose 1 to 10. Each language is named in itself. The first one you choose also sets the language of Village, unless you pick one at the top of the page.","multiselect.search":"Type to search, or press Down to see the list","multiselect.chosen":"{field}: {count, plural, one {# chosen} other {# chosen}}","multiselect.remove":"Remove {name}","multiselect.none":"Nothing matches","field.languages.required":"Choose at least one language you speak.","field.languages.invalid":"Choose 1 to 10 languages.","field.time_zone":"Time zone","field.time_zone.hint":"Times in Village are shown in this zone. It is {time} there now.","field.time_zone.hint_none":"Times in Village are shown in this zone.","field.time_zone.utc":"Coordinated Universal Time","field.time_zone.region.other":"UTC and others","field.time_zone.region.africa":"Africa","field.time_zone.region.america":"Americas","field.time_zone.region.antarctica":"Antarctica","field.time_zone.region.arctic":"Arctic","field.time_zone.region.asia":"Asia","field.time_zone.region.atlantic":"Atlantic Ocean","field.time_zone.region.australia":"Australia","field.time_zone.region.europe":"Europe","field.time_zone.region.indian":"Indian Ocean","field.time_zone.region.pacific":"Pacific","field.time_zone.required":"Choose your time zone.","field.time_zone.invalid":"Choose a time zone from the list.","field.themes":"Themes that interest you","field.themes.hint":"The thematic tracks of the forum. Choose any.","field.themes.invalid":"Choose themes from the list.","field.tags":"Interests","field.tags.hint":"Up to 10, separated by commas, such as: community networks, spectrum, child online safety.","field.tags.invalid":"Enter up to 10 interests of 1 to 40 characters each, separated by commas.","field.expertise":"Expertise","field.expertise.hint":"What you know about and can help others with. At most 500 characters.","field.expertise.invalid":"Use at most 500 characters.","field.directory_opt_in":"List me in the people directory","field.directory_opt_in.hint":"Other signed-in participants can then find you and see your public profile: your name, role, groups, country, languages, time zone, themes, interests and expertise. Never your e-mail address. You can change this at any time.","field.invitation.invalid":"This invitation link does not work: it does not exist, was already used, has expired, or its organisation has left the village. You can register without it.","field.current_password":"Current password","field.current_password.hint":"Needed to change your e-mail address or your password.","field.current_password.required":"Enter your current password to change your e-mail address or password.","field.current_password.invalid":"Your current password is not right.","field.confirm_delete":"I understand that my account is deleted for good and cannot be brought back","field.confirm_delete.required":"Tick the box to confirm that you want to delete your account.","field.name":"Name","field.name.required":"Enter the organisation's name.","field.name.invalid":"Use 1 to 120 characters, without control characters.","field.kind":"Kind","field.kind.required":"Choose what kind of organisation it is.","field.kind.invalid":"Choose a kind from the list.","field.website":"Website","field.website.hint":"An address starting with https://, or leave it empty.","field.website.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.logo_url":"Logo address","field.logo_url.hint":"The address of an image of the logo, starting with https://, or leave it empty.","field.logo_url.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.description":"Description","field.description.hint":"What the organisation does, for visitors of its booth. At most 2,000 characters.","field.description.invalid":"Use at most 2,000 characters.","field.role":"Role","field.role.hint":"Staff run the booth of one organisation; the Secretariat runs the village.","field.role.required":"Choose the role the invitation grants.","field.role.invalid":"Choose Staff or Secretariat.","field.organisation_id":"Organisation","field.organisation_id.required":"Choose the organisation whose staff this invitation is for.","field.organisation_id.invalid":"Choose an organisation from the list: a staff invitation needs one.","field.note":"Note","field.note.hint":"Shown on the invite page, such as who the link is for. At most 200 characters.","field.note.invalid":"Use at most 200 characters, without control characters.","field.ttl_days":"Valid for (days)","field.ttl_days.hint":"From 1 to 90 days.","field.ttl_days.required":"Enter for how many days the link works.","field.ttl_days.invalid":"Enter a whole number of days from 1 to 90.","field.q":"Name or expertise","field.q.hint":"Part of a name, or a word of someone's expertise.","field.q.invalid":"Use at most 80 characters.","field.theme":"Theme","field.theme.invalid":"Choose a theme from the list.","field.interest":"Interest","field.interest.hint":"One interest, written in full, such as: spectrum.","field.interest.invalid":"Use at most 40 characters.","field.language":"Speaks","field.language.invalid":"Choose a language from the list.","field.offset.invalid":"This page of results does not exist. Search again.","field.limit.invalid":"This page of results does not exist. Search again.","register.title":"Create your account","register.intro":"Join the village of the Internet Governance Forum: tell others who you are, which languages you speak and what interests you.","register.section.account":"Your account","register.invitation_title":"Invitation","register.invitation":"You are registering with an invitation.","register.invitation_role":"You are registering with an invitation: your account will have the {role} role.","register.without_invitation":"Register without the invitation","register.submit":"Create my account","register.busy":"Creating your account…","register.have_account":"Already registered?","register.sign_in":"Sign in","register.welcome":"Welcome to the village, {name}!","register.welcome_role":"Welcome to the village, {name}! Your role is {role}.","register.welcome_invitation_lost":"Welcome to the village, {name}! Someone else used the invitation just before you, so your account is a participant's: ask for a new link.","profile.title":"My profile","profile.intro":"What other participants see of you, and how you sign in.","profile.summary":"Your role: {role}. Registered on {created}.","profile.see_public":"See your public profile","profile.section.profile":"Profile","profile.section.about":"About you","profile.section.languages":"Languages and time","profile.section.interests":"Interests","profile.section.directory":"The directory","profile.section.photo":"Your photo","photo.hint":"A photo of your face helps the people you meet recognise you. JPEG, PNG or GIF; it is cropped to a square and made smaller, and its hidden details (such as where it was taken) are removed.","photo.choose":"Choose a photo","photo.change":"Change the photo","photo.remove":"Remove the photo","photo.uploading":"Sending the photo…","photo.saved":"Your photo is saved.","photo.removed":"Your photo is removed.","photo.too_large":"This picture is too large. Choose one under 5 MB.","photo.wrong_type":"Choose a JPEG, PNG or GIF picture.","photo.unreadable":"This file could not be read as a picture, or its picture is too large (at most 8000 pixels a side). Try another one.","profile.save":"Save my profile","profile.saving":"Saving…","profile.saved":"Profile saved.","profile.no_changes":"Nothing has changed, so there was nothing to save.","profile.section.signin":"E-mail address and password","profile.section.email":"E-mail address","profile.no_password":"You sign in through the event's registration site, so your account has no password here.","profile.new_password":"New password","profile.new_password_hint":"Leave it empty to keep your password. 10 to 128 characters.","profile.signin_save":"Save my e-mail and password","profile.email_changed":"Your e-mail address is changed.","profile.password_changed":"Your password is changed.","profile.both_changed":"Your e-mail address and password are changed.","profile.section.delete":"Delete my account","profile.delete_what":"Deleting your account removes, for good:","profile.delete_item.profile":"your profile, and your entry in the people directory;","profile.delete_item.sessions":"your sign-ins on every device;","profile.delete_item.role":"your role ({role}).","profile.delete_stays":"Invitations you accepted stay used. To take part again later, you would register anew.","profile.delete":"Delete my account","profile.deleting":"Deleting…","profile.deleted":"Your account is deleted. Thank you for visiting the village.","invite.title":"Invitation","invite.intro":"Someone from the IGF Secretariat sent you this link to give you a role in the village.","invite.role":"Role","invite.role_explained.staff":"Staff run their organisation's booth: they see who visits, talk with visitors and edit the booth.","invite.role_explained.secretariat":"The Secretariat runs the village: it adds organisations, invites their staff and hosts the tour.","invite.organisation":"Organisation","invite.organisation_signed_out":"Sign in to see it.","invite.organisation_unknown":"This organisation has left the village.","invite.note":"Note","invite.expires_at":"Works until","invite.expired_at":"Worked until","invite.state":"State","invite.state.open":"Can be accepted","invite.state.used":"Already used","invite.state.expired":"Expired","invite.not_found":"This invitation link does not exist. Check that you copied all of it, or ask the person who sent it for a new one. It may also have been withdrawn.","invite.used":"This invitation has already been used: each link works once. Ask the person who sent it for a new one.","invite.expired":"This invitation has expired. Ask the person who sent it for a new one.","invite.organisation_gone":"The organisation of this invitation has left the village, so the link no longer works.","invite.secretariat_staff":"A Secretariat account cannot take a staff invitation. Register a separate account for the booth, or ask for a Secretariat link.","invite.signed_in_as":"You are signed in as {name} ({role}).","invite.accept":"Accept: become {role}","invite.accepting":"Accepting…","invite.accepted":"Done: your role is now {role}.","invite.accepted_toast":"Invitation accepted: you are now {role}.","invite.go_home":"Go to the village","invite.signed_out":"To accept it, sign in, or create an account: the invitation is accepted as you register.","invite.sign_in":"Sign in to accept","invite.register":"Create an account with this invitation","directory.title":"People","directory.intro":"Find participants by name, expertise, theme, interest, group, region or language. Only people who chose to be listed appear here.","directory.filters":"Search","directory.filters_count":"{count, plural, =0 {Filters: none set} one {Filters: # set} other {Filters: # set}}","directory.any":"Any","directory.youth":"Youth","directory.youth_only":"Youth participants only","directory.youth_not":"Not youth participants","directory.search":"Search","directory.clear":"Clear the filters","directory.results":"Results","directory.searching":"Searching…","directory.none":"Nobody matches. Try fewer filters.","directory.count":"{count, plural, one {# person found.} other {# people found.}}","directory.showing":"Showing {from, number}–{to, number} of {total, number}.","directory.past_end":"{count, plural, one {# person matches, but not on this page.} other {# people match, but not on this page.}}","directory.first_page":"Go to the first page","directory.pages":"Pages of results","directory.page":"Page of results","directory.previous":"Previous page","directory.next":"Next page","directory.speaks":"Speaks {languages}","directory.themes":"Themes","person.title":"Profile","person.not_found":"There is no such profile, or this person chose not to be listed in the directory.","person.unlisted":"{name} is not listed in the directory, so you see only their name and role. You can still wave.","person.back":"Back to the people","person.is_you":"This is your profile as others see it.","person.edit":"Edit my profile","person.online":"Online now","person.offline":"Not in the village right now.","person.about":"About","person.role":"Role","person.organisation":"Organisation","person.organisation_unknown":"Not available","person.parliamentarian":"Member of parliament","person.youth":"Youth participant","person.yes":"Yes","person.languages":"Languages","person.time_zone":"{zone} (it is {time} there now)","person.registered":"Registered on","person.interests":"Interests and expertise","person.no_interests":"No interests given yet.","person.themes":"Themes","link.copy":"Copy link","link.copied":"Copied.","link.copy_failed":"Copying did not work: the link is selected, copy it yourself.","link.hint":"Send it only to the person it is for: it works once.","link.hint_expires":"Send it only to the person it is for: it works once, until {expires}.","organisations.title":"Organisations","organisations.intro":"The exhibitors of the village: add one, invite its staff, or remove it.","organisations.add_title":"Add an organisation","organisations.add":"Add the organisation","organisations.adding":"Adding…","organisations.added":"{name} is added.","organisations.list_title":"All organisations","organisations.list_title_count":"{count, plural, =0 {No organisations} one {# organisation} other {# organisations}}","organisations.empty":"There are no organisations yet.","organisations.actions":"Actions","organisations.no_website":"None","organisations.invite":"Invite staff","organisations.invite_named":"Invite staff to {name}","organisations.invited":"An invitation link for the staff of {name} is ready.","organisations.link_title":"Invitation link for the staff of {name}","organisations.link_label":"Link for the staff of {name}","organisations.remove":"Remove","organisations.remove_named":"Remove {name}","organisations.confirm_label":"Confirm the removal of {name}","organisations.confirm":"Remove {name}? Its booth closes and its staff become participants.","organisations.confirm_yes":"Yes, remove {name}","organisations.removing":"Removing…","organisations.removed":"{name} is removed.","invitations.title":"Invitations","invitations.intro":"Single-use links that give someone the Staff role of an organisation, or the Secretariat's.","invitations.create_title":"Create an invitation","invitations.create":"Create the link","invitations.creating":"Creating…","invitations.created":"The invitation link is ready.","invitations.link_title":"New invitation link","invitations.link_label":"Link for the {role} role","invitations.link_label_org":"Link for the {role} role at {organisation}","invitations.list_title":"All invitations","invitations.list_title_count":"{count, plural, =0 {No invitations} one {# invitation} other {# invitations}}","invitations.empty":"There are no invitations yet.","invitations.created_at":"Created","invitations.expires_at":"Expires","invitations.state":"State","invitations.state.open":"Open","invitations.state.used":"Used","invitations.state.expired":"Expired","invitations.used_by":"Used by {name} on {date}","invitations.used_on":"Used on {date}, by an account that has since been deleted","invitations.copy_named":"Copy link for {what}","invitations.copied":"Link copied: {what}.","invitations.link_named":"Link for {what}","invitations.actions":"Actions","invitations.no_organisation":"None","invitations.organisation_removed":"(removed organisation)","invitations.what":"the {role} invitation created {created}","invitations.what_org":"the {role} invitation for {organisation} created {created}","invitations.withdraw":"Withdraw","invitations.withdraw_named":"Withdraw {what}","invitations.confirm_label":"Confirm withdrawing {what}","invitations.confirm":"Withdraw this link? It stops working at once.","invitations.confirm_used":"Withdraw this link? It was used: the role it gave stays.","invitations.confirm_yes":"Yes, withdraw","invitations.withdrawing":"Withdrawing…","invitations.withdrawn":"The invitation is withdrawn.","profile.email_save":"Save my e-mail address","nav.village":"Village","home.next_village":"Visit the booths of the village","common.new_tab":"opens in a new tab","village.title":"The village","village.intro":"The booths of the organisations taking part: find who works on what, and visit them when they are open.","village.q_hint":"Words in a booth's name or description.","village.open_now":"Open now","village.open_now_only":"Open now","village.open_now_not":"Not open now","village.view":"Show the booths as","village.view.list":"List","village.view.overview":"Overview by kind","village.languages":"Languages: {languages}","village.district_count":"{count, plural, one {# booth} other {# booths}}, {open} open now","booth.title":"Booth","booth.not_found":"This booth is not in the village.","booth.back":"Back to the village","booth.about":"About","booth.no_description":"This booth has no description yet.","booth.hours":"Opening hours","booth.hours_zone":"Times in your time zone ({zone}).","booth.hours_now":"Now","booth.hours_there":"({time} at the booth)","booth.no_opening":"No opening ahead.","booth.materials":"Materials and links","booth.visit":"Visit","booth.local_time":"At the booth it is {time} ({zone}).","booth.closed_note":"Not open in the village.","booth.open_until":"Open until {time}","booth.opens_at":"Opens {when}","booth.state.open":"Open now","booth.state.between":"Closed now","booth.state.closed":"Closed","booth.visitors_now":"{count, plural, =0 {No visitors now} one {# visitor now} other {# visitors now}}","booth.staff_online":"{count, plural, =0 {No staff online} one {# staff member online} other {# staff members online}}","booth.edit":"Edit booth","booth.edit.show":"Edit","booth.edit.hide":"Hide the form","booth.edit.title_field":"Title","booth.edit.description_hint":"Markdown: **bold**, *italic*, [a link](https://example.org), lists and headings. HTML is not shown.","booth.edit.languages":"Languages spoken at the booth","booth.edit.languages_hint":"Type to search; pick as many as you need.","booth.edit.links_hint":"Up to 20, each a title and an https address.","booth.edit.link_title":"Title of link {n}","booth.edit.link_url":"Address of link {n}","booth.edit.link_add":"Add a link","booth.edit.link_remove":"Remove link {n}","booth.edit.time_zone":"The booth's time zone","booth.edit.hours_hint":"A day and local times in the booth's time zone, as HH:MM (24:00 for midnight). A night across midnight is two openings.","booth.edit.hours_date":"Day of opening {n}","booth.edit.hours_opens":"Opening {n} starts at","booth.edit.hours_closes":"Opening {n} ends at","booth.edit.hours_add":"Add an opening","booth.edit.hours_remove":"Remove opening {n}","booth.edit.save":"Save the booth","booth.edit.saved":"The booth is saved.","booth.edit.is_open":"The booth is open: visitors find it in the village during its hours.","booth.edit.is_closed":"The booth is closed: visitors see it as closed.","booth.edit.open":"Open the booth","booth.edit.close":"Close the booth","booth.edit.opened":"The booth is open.","booth.edit.closed":"The booth is closed.","field.title.invalid":"Give a title of 1 to 120 characters.","field.links.invalid":"Each link needs a title of up to 120 characters and an https address of up to 500, without a user name or password; at most 20 links.","field.hours.invalid":"Check the openings: a date (YYYY-MM-DD), times as HH:MM, each ending after it starts on the same day, none overlapping another; at most 60.","field.open_now.invalid":"Choose open now or not open now.","village.q":"Name or description","village.language":"Language","village.count":"{count, plural, one {# booth found.} other {# booths found.}}","booth.edit.description_invalid":"Use at most 5,000 characters, without control characters other than line breaks and tabs.","nav.schedule":"My schedule","boothroom.here":"Here now","boothroom.announcement":"Announcement:","boothroom.refused":"You cannot enter this booth's room now.","chat.title":"Booth chat","chat.label":"Your message","chat.send":"Send","chat.sending":"sending…","chat.none":"No messages yet. Say hello!","chat.earlier":"Load earlier messages","chat.removed":"Removed by a moderator","chat.empty":"Write a message first.","chat.too_long":"Use at most {max} characters.","chat.failed":"The message could not be sent. Try again.","knock.title":"Talk now","knock.text":"What about? (optional, one line)","knock.ask":"Ask to talk now","knock.position":"{position, selectordinal, one {You are #st in line} two {You are #nd in line} few {You are #rd in line} other {You are #th in line}}","knock.withdraw":"Give up","knock.declined":"The staff could not take your request.","knock.failed":"Your request could not be sent. Try again.","knock.see_slots":"Book a meeting slot instead.","knock.taken":"{name} is ready to talk with you.","talk.title":"Talk","talk.here":"In the room","talk.away":"Not in the room now","talk.waiting":"Waiting for the other person…","talk.refused":"This conversation is not open to you, or it has ended.","meet.title":"Meeting","slots.title":"Meeting slots","slots.intro":"Book a one-to-one meeting with the booth's staff. Times are in your time zone.","slots.none":"No open slots at the moment.","slots.minutes":"{minutes} min","slots.book":"Book","slots.book_named":"Book the slot of {when}","slots.booked":"Booked: {when}. It is on your schedule.","slots.error.taken":"Someone booked this slot just before you. Pick another.","slots.error.overlaps":"You already have a meeting at that time.","slots.error.gone":"This slot has already begun.","slots.error.not_found":"This slot was withdrawn.","slots.error.forbidden":"You cannot book this slot.","schedule.title":"My schedule","schedule.none":"No meetings booked yet. Find a booth in the village.","schedule.with":"With {name}","schedule.join":"Join the meeting","schedule.ics":"Add to calendar (.ics)","schedule.cancel":"Cancel","schedule.cancelled":"The booking is cancelled.","schedule.feed":"Calendar feed","schedule.feed_url":"Your calendar feed address","schedule.feed_hint":"Subscribe to it in your calendar program to see your meetings and sessions there. Anyone with the address can read it.","schedule.rotate":"Make a new address","schedule.rotate_confirm":"Make a new address? The old one stops working, and calendars subscribed to it stop updating.","schedule.rotated":"Your feed has a new address.","schedule.sessions.title":"My sessions","schedule.sessions.none":"No sessions yet: none you organise or have signed up for.","schedule.sessions.browse":"Find a session","lead.title":"Leave my contact details","lead.intro":"The booth's staff can get back to you. You see exactly what is shared before anything is sent, and you can withdraw it later.","lead.preview":"See what would be shared","lead.exactly":"Exactly this goes to {booth}:","lead.name":"Name","lead.note":"A note for the booth (optional)","lead.consent":"I agree to share these details with {booth}.","lead.agree_first":"Tick the box to agree first.","lead.send":"Share my details","lead.not_now":"Not now","lead.left":"Your details were left at this booth.","lead.changed":"Your profile changed since: here is what would be shared now. Agree again to send it.","lead.already":"You have left your details at this booth already.","lead.own":"Staff of this booth do not leave their details here.","lead.you_left":"You left your details here ({when}):","lead.withdraw":"Withdraw","lead.withdraw_named":"Withdraw my details from {booth}","lead.withdrawn":"Your details were withdrawn.","lead.mine":"Contact details I left","lead.none":"You have not left your details at any booth.","nav.console":"Console","console.title":"Staff console","console.no_booth":"Your organisation has no booth in the village.","console.pick":"Booth","console.pick_none":"Choose a booth","console.pick_hint":"Choose a booth to see its queue, visitors, chat, slots and leads.","console.staffed":"You are at the booth: visitors can ask to talk.","console.watching":"You are in the booth's room, as the Secretariat.","console.joining":"Entering the booth's room…","console.sections":"Console sections","console.cancel":"Cancel","console.queue":"Waiting to talk","console.queue_empty":"Nobody is waiting. A new knock will chime and show here.","console.mute_sound":"Mute the chime","console.notify_ask":"Notify me in the background","console.knock.new":"{count, plural, one {New knock: {names}} other {# new knocks: {names}}}","console.knock.notify_title":"A visitor is knocking","console.knock.take_next":"Take next","console.knock.take":"Take","console.knock.decline":"Decline","console.knock.decline_message":"Message to {name} (optional)","console.knock.decline_send":"Decline the knock","console.knock.waiting":"Waiting for {time}","console.knock.conflict":"A colleague has already answered this knock. The queue is up to date.","console.knock.gone":"This visitor is no longer waiting.","console.visitors":"Visitors now","console.chat":"Booth chat","console.chat.recent":"Recent messages","console.chat.empty":"No messages yet.","console.chat.remove":"Remove","console.chat.message_of":"the message of {name}","console.chat.mute":"Mute for…","console.chat.mute_for":"Mute for","console.chat.minutes":"{count, plural, one {# minute} other {# minutes}}","console.chat.reason":"Reason (for the moderation log)","console.chat.reason_required":"Give a reason.","console.chat.remove_confirm":"Remove the message","console.chat.mute_confirm":"Mute","console.chat.removed":"The message is removed.","console.chat.muted":"{name} is muted in the booth's chat.","console.chat.already_muted":"This person is muted already.","console.chat.was_removed":"Message removed by a moderator.","console.mutes":"Muted now","console.mutes.none":"Nobody is muted.","console.mutes.until":"{name}, until {time}","console.mutes.lift":"Lift","console.mutes.lifted":"{name} may write again.","console.announcement":"Pinned announcement","console.announcement.hint":"One line that every visitor of the booth sees. Leave it empty for none.","console.announcement.save":"Save the announcement","console.announcement.saved":"The announcement is saved.","console.slots":"1:1 slots","console.slots.none":"No slots ahead.","console.slots.with":"With {name}","console.slots.booked_by":"Booked by {name}","console.slots.free":"Free","console.slots.withdraw":"Withdraw","console.slots.withdraw_free":"Withdraw this slot?","console.slots.withdraw_booked":"Withdraw this slot? The booking by {name} will be cancelled.","console.slots.withdraw_confirm":"Withdraw the slot","console.slots.keep":"Keep it","console.slots.withdrawn":"The slot is withdrawn.","console.slots.publish":"Publish a slot","console.slots.zone":"Times in your time zone ({zone}).","console.slots.date":"Day","console.slots.time":"Start","console.slots.length":"Length","console.slots.language":"Language","console.slots.staff":"Who meets","console.slots.no_staff":"No staff member known","console.slots.publish_button":"Publish the slot","console.slots.published":"The slot is published.","console.slots.grid":"Start on a multiple of 5 minutes (14:00, 14:05…).","console.slots.when_invalid":"Choose a day and a start in the future.","console.slots.staff_required":"Choose who meets.","console.slots.overlaps":"This overlaps another slot or meeting of that person.","console.leads":"Leads","console.leads.csv":"Download CSV","console.leads.none":"No visitor has left their details yet.","console.leads.count":"{count, plural, one {# lead} other {# leads}}","console.leads.name":"Name","console.leads.email":"E-mail","console.leads.from":"Organisation, country, languages","console.leads.note":"Note","console.leads.at":"Left on","console.leads.previous":"Previous","console.leads.next":"Next","console.leads.page":"{from}–{to} of {total}","talk.chat":"Messages","talk.message":"Write a message","talk.send":"Send","console.slots.all":"Show all {count} slots","console.slots.fewer":"Show fewer","nav.contacts":"People I met","home.next_contacts":"See the people you met","contacts.title":"People I met","contacts.intro":"Everyone you met in the village, most recent first, with where and when.","contacts.count":"{count, plural, one {You met # person.} other {You met # people.}}","contacts.times":"{count, plural, one {Met once, on {when}} other {Met # times, last on {when}}}","contacts.where":"Where you met {name}","contacts.at_knock":"Talked at the {place} booth","contacts.at_slot":"1:1 meeting at the {place} booth","contacts.kind_knock":"Talked at a booth","contacts.kind_slot":"1:1 meeting at a booth","contacts.kind_table":"At a coffee-break table","contacts.kind_meeting":"In a meeting","contacts.more":"{count, plural, one {# more occasion} other {# more occasions}}","contacts.none":"You have not met anyone yet","contacts.how":"The people you meet in the village are listed here, so that you can find them again. Ways to meet people:","contacts.how_knock":"Visit a booth and ask its staff to talk now","contacts.how_slot":"Book a 1:1 meeting slot at a booth","contacts.how_break":"Join a coffee break, where you sit at a table with people who speak your language","contacts.how_people":"Find people to meet in the directory","figures.title":"Contacts made","figures.pairs":"{count, plural, one {new contact made in the village} other {new contacts made in the village}}","figures.people":"{count, plural, one {# person met someone} other {# people met someone}}","figures.contacts":"{count, plural, one {# occasion in all} other {# occasions in all}}","figures.by_kind":"Where pairs first met","figures.kind_knock":"Talks at booths","figures.kind_slot":"1:1 meetings at booths","figures.kind_table":"Coffee-break tables","figures.kind_meeting":"Meetings","figures.by_day":"New contacts by day (UTC)","figures.day":"Day","figures.new":"New contacts","figures.col_knock":"Booth talks","figures.col_slot":"1:1 slots","figures.col_table":"Tables","figures.col_meeting":"Meetings","figures.no_days":"No contacts yet: they appear here as people meet at booths, in 1:1 slots, at coffee-break tables and in meetings.","contacts.occasion":"{what}, {when}","nav.sessions":"Sessions","sessions.title":"Sessions","sessions.intro":"Sessions that participants organise: birds of a feather, town halls and regional get-togethers. Sign up for one, or propose your own.","sessions.type.bof":"Birds of a feather","sessions.type.town_hall":"Town hall","sessions.type.regional":"Regional get-together","sessions.status.listed":"Listed","sessions.status.proposed":"Waiting for approval","sessions.status.refused":"Refused","sessions.status.cancelled":"Cancelled","sessions.all":"All sessions","sessions.mine":"My sessions","sessions.propose":"Propose a session","sessions.propose_intro":"You will be its organiser: you can edit it, write to those who sign up, and cancel it.","sessions.propose_send":"Propose","sessions.approval_note":"The secretariat approves each proposal before it is listed.","sessions.proposed":"Your session is listed.","sessions.proposed_wait":"Your proposal waits for the secretariat's approval.","sessions.count":"{count, plural, one {# session found.} other {# sessions found.}}","sessions.seats_left":"{count, plural, one {# seat left} other {# seats left}}","sessions.full":"{count, plural, =0 {Full: nobody waiting} one {Full: # waiting} other {Full: # waiting}}","sessions.by":"Organised by {name}","sessions.your_place":"Your place","sessions.place.none":"You have not signed up.","sessions.place.confirmed":"You have a seat.","sessions.place.waitlisted":"On the waitlist, number {position}","sessions.place.organiser":"You organise this session.","sessions.sign_up":"Sign up","sessions.signed_up":"You have a seat.","sessions.withdraw":"Withdraw","sessions.withdrawn":"You have given up your place.","sessions.join_room":"Join the session's room","sessions.room":"The session's room","sessions.room_refused":"The room is open to those with a seat, from five minutes before the start to the end.","sessions.messages":"From the organiser","sessions.back":"All sessions","sessions.field.type":"Type","sessions.field.title":"Title","sessions.field.description":"Description","sessions.field.description_hint":"Up to 5,000 characters. Markdown: **bold**, *italic*, lists, links.","sessions.field.language":"Language","sessions.field.starts_at":"Starts at","sessions.field.starts_at_hint":"In your time zone ({zone}), on a five-minute mark.","sessions.field.minutes":"Length in minutes","sessions.field.minutes_hint":"15 to 180, in steps of 5.","sessions.field.capacity":"Seats","sessions.field.capacity_hint":"1 to {max}. Those who sign up after the seats are taken wait in line.","sessions.field.themes":"Themes","sessions.field.day":"Day","sessions.tools.title":"Organiser's tools","sessions.tools.message":"Message to those with a seat","sessions.tools.message_hint":"Up to 1,000 characters. They see it at once.","sessions.tools.send":"Send","sessions.tools.sent":"Your message is sent.","sessions.tools.attendees":"Attendees","sessions.tools.nobody":"Nobody has signed up yet.","sessions.tools.edit":"Edit","sessions.tools.save":"Save","sessions.tools.saved":"The session is saved.","sessions.tools.cancel":"Cancel the session","sessions.tools.cancel_confirm":"Cancel this session? Everyone signed up is told.","sessions.tools.cancelled":"The session is cancelled.","sessions.queue.title":"Proposals to approve","sessions.queue.none":"No proposal waits.","sessions.queue.reason":"Reason, if you refuse","sessions.queue.approve":"Approve","sessions.queue.refuse":"Refuse","sessions.queue.approved":"“{title}” is approved.","sessions.queue.refused":"“{title}” is refused.","sessions.live.promoted":"A seat came free: you have a seat at “{title}”.","sessions.live.reminder":"“{title}” starts in ten minutes or less.","sessions.live.message":"{name} about “{title}”: {text}","sessions.live.cancelled":"“{title}” is cancelled.","sessions.live.approved":"Your session “{title}” is approved and listed.","sessions.live.refused":"Your session “{title}” was refused: {reason}","sessions.attendee.confirmed":"Has a seat","sessions.error.type":"Choose a type from the list.","sessions.error.description":"Use at most 5,000 characters.","sessions.error.starts_at":"Choose a start in the future, within a year, on a five-minute mark.","sessions.error.minutes":"Give a length from 15 to 180 minutes, in steps of 5.","sessions.error.capacity":"Give a number of seats from 1 to the limit above."};var fo=["ar","zh","en","fr","ru","es","pt","de","hi","bn","sw","ja","ko","id","tr","fa","ur","it","nl","pl","uk","vi","th","am","ha","yo","ig","zu","so","ms","fil","ta","te","mr","pa","my","ne","si","ro","el","cs","hu","sv","he","kk","uz"],vn={ar:"العربية",zh:"中文",en:"English",fr:"Français",ru:"Русский",es:"Español",pt:"Português",de:"Deutsch",hi:"हिन्दी",bn:"বাংলা",sw:"Kiswahili",ja:"日本語",ko:"한국어",id:"Bahasa Indonesia",tr:"Türkçe",fa:"فارسی",ur:"اردو",it:"Italiano",nl:"Nederlands",pl:"Polski",uk:"Українська",vi:"Tiếng Việt",th:"ไทย",am:"አማርኛ",ha:"Hausa",yo:"Èdè Yorùbá",ig:"Asụsụ Igbo",zu:"isiZulu",so:"Soomaali",ms:"Bahasa Melayu",fil:"Filipino",ta:"தமிழ்",te:"తెలుగు",mr:"मराठी",pa:"ਪੰਜਾਬੀ",my:"မြန်မာ",ne:"नेपाली",si:"සිංහල",ro:"Română",el:"Ελληνικά",cs:"Čeština",hu:"Magyar",sv:"Svenska",he:"עברית",kk:"Қазақ тілі",uz:"Oʻzbekcha"};var wn=["ar","zh","en","fr","ru","es"],cr=new Set(["ar"]),dr="village.language",ll={ar:()=>import("/assets/ar-YDD4QLDU.js"),zh:()=>import("/assets/zh-OBUN3O7Y.js"),fr:()=>import("/assets/fr-HET2H7VL.js"),ru:()=>import("/assets/ru-JL76KJUV.js"),es:()=>import("/assets/es-LZJKRLVB.js")},Y=D("en"),kn=D(Ht),fu=Qe(()=>cr.has(Y.value)?"rtl":"ltr"),lr=new Map;function n(e,t){let o=kn.value,i=Y.value,s=o[e]??Ht[e];if(s===void 0)return e;let r=i+"\0"+e,a=lr.get(r);if(!a){try{a=new ar(s,i)}catch{a={format:()=>s}}lr.set(r,a)}return a.format(t)}function ho(e){return e in kn.value||e in Ht}function ot(e){if(!e)return null;let t=String(e).toLowerCase().split(/[-_]/)[0];return wn.includes(t)?t:null}function go(){try{return ot(localStorage.getItem(dr))}catch{return null}}var _n="village.language.profile";function bo(e){let t=e.map(ot).find(Boolean);try{t?localStorage.setItem(_n,t):localStorage.removeItem(_n)}catch{}}function cl(){try{return ot(localStorage.getItem(_n))}catch{return null}}function $o(e){let t=e?e.map(ot).find(Boolean):cl(),o=(navigator.languages||[navigator.language]).map(ot).find(Boolean);return go()||t||o||"en"}async function nt(e,{remember:t=!1}={}){if(e=ot(e)||"en",t)try{localStorage.setItem(dr,e)}catch{}let o=Ht;if(e!=="en")try{o=(await ll[e]()).default}catch{e="en"}kn.value=o,Y.value=e,document.documentElement.lang=e,document.documentElement.dir=cr.has(e)?"rtl":"ltr"}function be(){try{return Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}catch{return"UTC"}}function A(e,t,o={dateStyle:"medium",timeStyle:"short"}){let i=new Date(e);if(Number.isNaN(i.getTime()))return"";try{return new Intl.DateTimeFormat(Y.value,{...o,timeZone:t||be()}).format(i)}catch{return new Intl.DateTimeFormat(Y.value,o).format(i)}}function Ae(e){if(vn[e])return vn[e];try{let t=new Intl.DisplayNames([e],{type:"language"}).of(e);return t?t.charAt(0).toLocaleUpperCase(e)+t.slice(1):e}catch{return e}}function ee(e){try{return new Intl.DisplayNames([Y.value],{type:"language"}).of(e)||e}catch{return e}}function Te(e){try{return new Intl.DisplayNames([Y.value],{type:"region"}).of(e)||e}catch{return e}}function Pe(e,t){return e.localeCompare(t,Y.value)}var q=class extends Error{constructor(t,o,i,s={}){super(i),this.status=t,this.code=o,this.fields=s}},Lt={token:()=>null,refresh:async()=>!1};function ur(e){Lt=e}async function we(e,t,{body:o,raw:i,headers:s={},retry:r=!0}={}){let a={Accept:"application/json",...s};o!==void 0?a["Content-Type"]="application/json":i!==void 0&&(a["Content-Type"]=i.type||"application/octet-stream");let c=Lt.token();c&&(a.Authorization="Bearer "+c);let d;try{d=await fetch(t,{method:e,headers:a,body:o===void 0?i:JSON.stringify(o),credentials:"same-origin"})}catch{throw new q(0,"network","the server could not be reached")}if(d.status===401&&c&&r&&await Lt.refresh())return we(e,t,{body:o,raw:i,headers:s,retry:!1});if(d.status===204)return null;let m=null;try{m=await d.json()}catch{}if(!d.ok){let u=m&&m.error||{};throw new q(d.status,u.code||(d.status>=500?"internal":"bad_request"),u.message||d.statusText,u.fields||{})}return m}var C=e=>we("GET",e),Z=(e,t)=>we("POST",e,{body:t}),He=(e,t)=>we("PATCH",e,{body:t}),se=e=>we("DELETE",e);function Re(e){let t=new URLSearchParams;for(let[i,s]of Object.entries(e))s!=null&&s!==""&&t.set(i,String(s));let o=t.toString();return o?"?"+o:""}async function Bt(e,{retry:t=!0}={}){let o=Lt.token(),i;try{i=await fetch(e,{headers:o?{Authorization:"Bearer "+o}:{},credentials:"same-origin"})}catch{throw new q(0,"network","the server could not be reached")}if(i.status===401&&o&&t&&await Lt.refresh())return Bt(e,{retry:!1});if(!i.ok){let c={};try{c=(await i.json()).error||{}}catch{}throw new q(i.status,c.code||(i.status>=500?"internal":"bad_request"),c.message||i.statusText)}let s=i.headers.get("Content-Disposition")||"",r=/filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(s),a=r?decodeURIComponent(r[1]||r[2]):"download";return{blob:await i.blob(),filename:a}}var B=D(null),ae=D("loading"),vo=D(0),it=D(null),dl=15e3,ul=[500,1500,3e3,6e3],Sn={"Village-Session":"cookie"},xn="village.session";function pr(e){try{e?localStorage.setItem(xn,"1"):localStorage.removeItem(xn)}catch{}}function ml(){try{return localStorage.getItem(xn)!==null}catch{return!0}}var Tn=null,Rt=0,Le=null,_o=typeof BroadcastChannel=="function"?new BroadcastChannel("village-session"):null;function Me(){return Tn}function fr(){return Rt}function pl(e){try{let t=e.access_token.split(".")[1].replace(/-/g,"+").replace(/_/g,"/"),o=JSON.parse(atob(t));if(o.exp>o.iat)return(o.exp-o.iat)*1e3}catch{}return Math.max(6e4,Date.parse(e.expires_at)-Date.now())||6e4}function hr(e){Tn=e.access_token,Rt=Date.now()+pl(e)-5e3,it.value=null,B.value=e.account,ae.value="in",vo.value++,pr(!0),fl()}function wo(e){(ae.value==="in"||ae.value==="loading"&&e==="expired")&&(it.value=e),Tn=null,Rt=0,clearTimeout(Le),B.value=null,ae.value="out",pr(!1),vo.value++}function fl(){clearTimeout(Le);let e=Math.min(6e4,(Rt-Date.now())/4),t=Math.max(5e3,Rt-Date.now()-e);Le=setTimeout(()=>ke(),t)}var Nt=!1;async function mr(){Nt=!1;let e;try{e=await fetch("/api/auth/refresh",{method:"POST",headers:Sn,credentials:"same-origin",signal:typeof AbortSignal.timeout=="function"?AbortSignal.timeout(dl):void 0})}catch{return ae.value==="in"&&(clearTimeout(Le),Le=setTimeout(()=>ke(),1e4)),Nt=!0,!1}return e.ok?(hr(await e.json()),!0):(await e.text().catch(()=>""),e.status===401?(wo("expired"),!1):(ae.value==="in"&&(clearTimeout(Le),Le=setTimeout(()=>ke(),15e3)),Nt=!0,!1))}var yo=null;function ke(){return yo||(yo=(navigator.locks?navigator.locks.request("village-refresh",mr):mr()).finally(()=>{yo=null})),yo}ur({token:Me,refresh:ke});async function gr({pauses:e=ul}={}){if(ml()){await ke();for(let t of e){if(!Nt||ae.value!=="loading")break;await new Promise(o=>setTimeout(o,t)),await ke()}Nt&&ae.value==="loading"&&(it.value="unreachable",clearTimeout(Le),Le=setTimeout(()=>ke(),3e4))}ae.value==="loading"&&(ae.value="out")}async function br(e,t){let o=await we("POST",e,{body:t,headers:Sn,retry:!1});return hr(o),_o?.postMessage("in"),o.account}var $r=(e,t)=>br("/api/auth/login",{email:e,password:t}),yr=e=>br("/api/auth/register",e);async function vr(){try{await we("POST","/api/auth/logout",{headers:Sn,retry:!1})}catch(e){if(!(e instanceof q)||e.status!==401)throw e}wo("user"),_o?.postMessage("out")}function ko(e="gone"){wo(e),_o?.postMessage("out")}function ze(e){B.value=e}_o?.addEventListener("message",e=>{e.data==="out"&&ae.value==="in"?wo("user"):e.data==="in"&&ae.value!=="in"&&ke()});function xo(){let e=new Uint8Array(12);return crypto.getRandomValues(e),"c-"+[...e].map(t=>t.toString(16).padStart(2,"0")).join("")}var hl=e=>new Promise(t=>setTimeout(t,e));async function _r(e,{tries:t=8,ready:o=async()=>{},sleep:i=hl,random:s=Math.random}={}){for(let r=1;;r++)try{return await e()}catch(a){if(r>=t)throw a;if(a?.code==="rate_limited")await i(Math.max(a.retry_after_ms||100,1)*(1+s()/2));else if(a?.code==="unavailable"||a?.code==="internal")await i(250*(1+s())),await o();else throw a}}var me=D("offline"),Je=D(null),gl=25e3,bl=1e4,$l=3e4,yl=3e4,vl=1,ie=null,xe=!1,_l=1,st=new Map,at=100,To=null,So=null,Cn=null,In=!1,Eo=!1,Co=null,An=!1,De=new Map,Pn=new Set,Mt=new Map,wl=200,kl=1500,xl=300,Sl=3,Tl=10;function El(e){return e*(.8+Math.random()*.4)}function ue(e,t,o){if(!ie||ie.readyState!==WebSocket.OPEN)return Promise.reject({code:"unavailable",message:"not connected"});let i="r"+_l++,s={type:e,id:i};return o&&(s.room=o),t!==void 0&&(s.payload=t),new Promise((r,a)=>{st.set(i,{resolve:r,reject:a}),ie.send(JSON.stringify(s))})}function Cl(){for(let e of st.values())e.reject({code:"unavailable",message:"the connection closed"});st.clear()}function Il(){xe||(xe=!0,Je.value=null,at=100,Nn())}function Ln(){xe=!1,clearTimeout(To);let e=ie;e&&(wr(e),Bn(e),e.close(1e3)),me.value="offline",In=!1;for(let t of De.values())t.members.value=[],t.count.value=0}function rt(e=0){if(!xe)return;clearTimeout(To);let t=El(Math.max(at,e));at=Math.min(Math.max(at,e)*2,1e4),me.value=navigator.onLine===!1?"offline":"reconnecting",To=setTimeout(Nn,t)}function En(e){An=!0,Ln(),Je.value=e}function wr(e){e.onopen=e.onmessage=e.onclose=e.onerror=null}function Bn(e){ie===e&&(ie=null,Eo=!1,Co=null,clearInterval(So),clearTimeout(Cn),Cl())}function Io(e){if(ie===e){wr(e),Bn(e);try{e.close()}catch{}rt()}}async function Nn(){if(!xe||ie)return;if(navigator.onLine===!1){me.value="offline";return}if(me.value=In?"reconnecting":"connecting",!Me()||fr()-Date.now()<3e4){if(await ke(),!xe||ie)return;if(!Me()){ae.value==="out"?Ln():rt();return}}let e=location.protocol==="https:"?"wss://":"ws://",t=new WebSocket(e+location.host+"/ws");ie=t,Eo=!1;let o=null,i=setTimeout(()=>Io(t),$l);t.onopen=async()=>{let s=Me(),r;try{r=await ue("auth",{token:s})}catch{return}if(ie!==t)return;if(r.protocol!==vl){En("error");return}Eo=!0,Co=s;let a=new Set;for(let c;c=[...De.values()].find(d=>!a.has(d));){a.add(c);try{await Ir(c)}catch(d){if(ie!==t)return;if(d.code==="forbidden"||d.code==="not_found"){c.refused.value=d.code;continue}Io(t);return}}ie===t&&(clearTimeout(i),In=!0,me.value="connected",Je.value=null,clearTimeout(Cn),Cn=setTimeout(()=>at=100,yl),Al(t),kr())},t.onmessage=s=>{for(let r of String(s.data).split(`
`))if(r){let a;try{a=JSON.parse(r)}catch{continue}a.type==="error"&&a.error&&(o=a.error.code),Pl(a)}},t.onclose=async s=>{if(clearTimeout(i),ie===t&&(Bn(t),!!xe))switch(s.code){case 4403:En("ended"),ko("gone");return;case 4400:En("error");return;case 4001:case 4002:if((s.code===4002||o==="unauthenticated")&&(await ke(),ae.value==="out"))return;rt();return;case 4009:Je.value="tabs",rt(5e3);return;case 4029:rt(5e3);return;default:rt()}}}function kr(){let e=Me();ie&&Eo&&e&&e!==Co&&(Co=e,ue("auth",{token:e}).catch(()=>{}))}function Al(e){clearInterval(So),So=setInterval(()=>{if(ie!==e){clearInterval(So);return}let t=setTimeout(()=>Io(e),bl);ue("ping").then(()=>clearTimeout(t),()=>clearTimeout(t))},gl)}function Pl(e){if((e.type==="reply"||e.type==="error")&&e.id&&st.has(e.id)){let o=st.get(e.id);st.delete(e.id),e.type==="reply"?o.resolve(e.payload):o.reject(e.error||{code:"internal"});return}let t=e.room&&De.get(e.room);switch(e.type){case"presence.delta":case"presence":case"message":t&&(t.joining?t.early.push(e):Hn(t,e));return;case"direct":for(let o of Pn)o(e.payload);return}if(t){t.joining?t.early.push(e):Hn(t,e);return}for(let o of Mt.get(e.type)||[])o(e.payload)}function xr(e,t){return e.name<t.name?-1:e.name>t.name?1:e.id<t.id?-1:1}function Hn(e,t){if(t.type==="presence")Cr(e,t.payload);else if(t.type==="presence.delta"){let o=t.payload||{};for(let i of o.joined||[])e.map.set(i.id,i);for(let i of o.left||[])e.map.delete(i);e.members.value=[...e.map.values()].sort(xr),e.count.value=o.count??e.map.size}else if(t.type==="message")Ao(e,t.payload),e.last<e.head&&Tr(e);else if(t.type==="message.deleted"){let o=t.payload?.seq;e.log.peek().some(i=>i.seq===o)&&(e.log.value=e.log.peek().map(i=>i.seq===o?{...i,text:"",deleted:!0}:i))}else t.payload&&typeof t.payload=="object"&&(e.state.value={...e.state.peek()||{},...t.payload});if(t.type!=="message")for(let o of e.eventHandlers)o(t)}function Ao(e,t){if(!(!t||!(t.seq>e.last)||e.have.has(t.seq))){e.head=Math.max(e.head,t.seq),t.seq===e.last+1?(e.last=t.seq,Sr(e)):e.have.add(t.seq),Er(e,[t]);for(let o of e.messageHandlers)o(t)}}function Sr(e){for(;e.have.delete(e.last+1);)e.last++}function Tr(e){!e.gapTimer&&!e.filling&&(e.gapTimer=setTimeout(()=>{e.gapTimer=null,Hl(e)},kl))}async function Hl(e){if(!(e.filling||e.joining||De.get(e.name)!==e)){e.filling=!0;try{for(let t=0,o=0;e.last<e.head&&t<Tl;t++){let i=e.last,s=e.have.size?Math.min(...e.have)-1:e.head,r=await ue("history",{after:e.last,limit:Math.min(200,s-e.last)},e.name);if(De.get(e.name)!==e)return;for(let a of r.messages||[])Ao(e,a);e.last>i?o=0:++o>=Sl?(o=0,e.last=e.have.size?Math.min(...e.have)-1:e.head,Sr(e)):await new Promise(a=>setTimeout(a,xl))}}catch{}finally{e.filling=!1}}}function Er(e,t){let o=new Map(e.log.peek().map(s=>[s.seq,s]));for(let s of t)o.set(s.seq,s);let i=[...o.values()].sort((s,r)=>s.seq-r.seq);e.log.value=i.length>e.keep?i.slice(i.length-e.keep):i}function Cr(e,t){e.map=new Map((t.members||[]).map(o=>[o.id,o])),e.members.value=[...e.map.values()].sort(xr),e.count.value=t.count??e.map.size,e.truncated.value=!!t.truncated}async function Ir(e){e.joining=!0,e.early=[];try{let t=e.last,o=await ue("join",t?{since:t}:void 0,e.name);e.refused.value=null,e.state.value=o.state||null,Cr(e,o.presence||{});let i=o.messages||[];t>0&&t<=o.seq||(t>0&&(e.log.value=[]),e.last=i.length?i[0].seq-1:o.seq||0,e.head=e.last,e.have.clear()),e.head=Math.max(e.head,o.seq||0);for(let s of i)Ao(e,s);for(let s=0,r=!!o.reload;r&&s<50;s++){let a=await ue("history",{after:e.last,limit:200},e.name);for(let c of a.messages||[])Ao(e,c);r=a.more&&(a.messages||[]).length>0}e.joining=!1;for(let s of e.early)Hn(e,s);e.last<e.head&&Tr(e)}finally{e.joining=!1,e.early=[]}}function Po(e){let t=De.get(e);return t||(t={name:e,users:0,last:0,head:0,have:new Set,gapTimer:null,filling:!1,map:new Map,members:D([]),count:D(0),truncated:D(!1),refused:D(null),log:D([]),state:D(null),keep:wl,joining:!1,early:[],messageHandlers:new Set,eventHandlers:new Set},De.set(e,t),me.peek()==="connected"&&Ir(t).catch(i=>{(i.code==="forbidden"||i.code==="not_found")&&(t.refused.value=i.code)})),t.users++,{members:t.members,count:t.count,truncated:t.truncated,refused:t.refused,log:t.log,state:t.state,async earlier(i=50){let s=t.log.peek()[0]?.seq;if(!s||s<=1)return 0;let r=Math.max(0,s-1-i),c=((await ue("history",{after:r,limit:s-1-r},e)).messages||[]).filter(d=>d.seq<s);return t.keep=Math.max(t.keep,t.log.peek().length+c.length),Er(t,c),c.length},send(i,s=xo()){return _r(()=>ue("send",{text:i,client_id:s},e),{ready:Ll})},onMessage(i){return t.messageHandlers.add(i),()=>t.messageHandlers.delete(i)},onEvent(i){return t.eventHandlers.add(i),()=>t.eventHandlers.delete(i)},request(i,s){return ue(i,s,e)},release(){t.users--,t.users===0&&(De.delete(e),clearTimeout(t.gapTimer),ue("leave",void 0,e).catch(()=>{}))}}}function lt(e,t){return Mt.has(e)||Mt.set(e,new Set),Mt.get(e).add(t),()=>Mt.get(e).delete(t)}function Ll(e=3e4){return new Promise((t,o)=>{let i=!1,s=null,r=setTimeout(()=>{i=!0,s?.(),o({code:"unavailable",message:"not connected"})},e);s=ce(()=>{me.value==="connected"&&!i&&(i=!0,clearTimeout(r),queueMicrotask(()=>s?.()),t())})})}function Ar(e){return Pn.add(e),()=>Pn.delete(e)}function Ho(e,t,o){return ue("direct",{to:e,kind:t,body:o})}window.addEventListener("online",()=>{xe&&!ie&&(at=100,clearTimeout(To),Nn())});window.addEventListener("offline",()=>{xe&&ie&&Io(ie)});ce(()=>{vo.value;let e=ae.value;e==="in"?!xe&&!An?Il():kr():e==="out"&&(An=!1,xe&&Ln(),Je.value=null)});var ct=D([]),Bl=1;function x(e,{kind:t="info",timeout:o=8e3}={}){let i=Bl++;return ct.value=[...ct.peek(),{id:i,text:e,kind:t,timeout:o}],i}function Rn(e){ct.value=ct.peek().filter(t=>t.id!==e)}var ye=D(location.pathname),te=D(location.search);function $e(e,{replace:t=!1}={}){let o=new URL(e,location.origin);o.pathname+o.search!==location.pathname+location.search&&(history[t?"replaceState":"pushState"](null,"",o.pathname+o.search+o.hash),ye.value=o.pathname,te.value=o.search)}function Oe(e){let t=new URLSearchParams;for(let[i,s]of Object.entries(e))s!=null&&s!==""&&s!==!1&&t.set(i,String(s));let o=t.toString()?"?"+t.toString():"";history.replaceState(null,"",location.pathname+o),te.value=o}function Pr(e,t){let o=e.split("/"),i=t.split("/");if(o.length!==i.length)return null;let s={};for(let r=0;r<o.length;r++)if(o[r].startsWith(":")){if(!i[r])return null;s[o[r].slice(1)]=decodeURIComponent(i[r])}else if(o[r]!==i[r])return null;return s}addEventListener("popstate",()=>{ye.value=location.pathname,te.value=location.search});document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");!t||t.target||t.hasAttribute("download")||t.origin!==location.origin||t.pathname.startsWith("/api/")||t.pathname.startsWith("/assets/")||(e.preventDefault(),$e(t.pathname+t.search+t.hash))});var Nl=12;function Rl(e){let t=2166136261;for(let o of String(e))t^=o.codePointAt(0),t=Math.imul(t,16777619)>>>0;return t%Nl}var Hr=typeof Intl.Segmenter=="function"?new Intl.Segmenter(void 0,{granularity:"grapheme"}):null,Lr=e=>(Hr?Hr.segment(e)[Symbol.iterator]().next().value?.segment:[...e][0])||"";function Ml(e){let t=String(e||"").trim().split(/\s+/).filter(i=>new RegExp("\\p{L}","u").test(i));if(t.length===0)return"?";let o=Lr(t[0]);return t.length===1||new RegExp("\\p{Script=Han}|\\p{Script=Hiragana}|\\p{Script=Katakana}|\\p{Script=Hangul}","u").test(o)?o.toLocaleUpperCase():(o+Lr(t[t.length-1])).toLocaleUpperCase()}function V({id:e,name:t,photo:o,size:i="s",square:s=!1}){let[r,a]=$(null),c=`avatar avatar-${i}${s?" avatar-square":""}`;return o&&r!==o?l`<img class=${c} src=${o} alt="" aria-hidden="true" loading="lazy" decoding="async" onError=${()=>a(o)} />`:l`<span class=${`${c} tone-${Rl(e||t)}`} aria-hidden="true">${Ml(t)}</span>`}function Ue({href:e,also:t,children:o}){let i=r=>ye.value===r||ye.value.startsWith(r+"/"),s=e==="/"?ye.value==="/":i(e)||t&&i(t);return l`<li><a href=${e} aria-current=${s?"page":void 0}>${o}</a></li>`}var zl=["connecting","connected","reconnecting","offline"];function Dl(){let e=me.value,t=Je.value;return l`<p class="connection" id="connection" data-state=${e} role="status">
    <span class="dot" aria-hidden="true"></span>
    <span class="label">
      <span class="now">${n("connection."+e)}</span>
      ${zl.map(o=>l`<span class="room" aria-hidden="true" key=${o}>${n("connection."+o)}</span>`)}
      ${t&&e!=="connected"?l` <span class="why">${n("connection.problem."+t)}</span>`:""}
    </span>
  </p>`}function Ol(){return l`<div class="language-switch">
    <label for="language-switch" class="visually-hidden">${n("header.language")}</label>
    <select id="language-switch" value=${Y.value} onChange=${e=>nt(e.currentTarget.value,{remember:!0})}>
      ${wn.map(e=>l`<option value=${e} lang=${e} key=${e}>${Ae(e)}</option>`)}
    </select>
  </div>`}function Ul(){return l`<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="8" fill="#fff" />
    <circle cx="16" cy="16" r="5" fill="#0b5c8e" />
    <circle cx="16" cy="6.5" r="3" fill="#f0a030" />
    <circle cx="25.5" cy="16" r="3" fill="#1b6e3a" />
    <circle cx="16" cy="25.5" r="3" fill="#b03a2e" />
    <circle cx="6.5" cy="16" r="3" fill="#7a3e9d" />
  </svg>`}function Br(){let e=B.value,[t,o]=$(!1),i=L(null);T(()=>o(!1),[ye.value,!!e]);let s=a=>{a.key==="Escape"&&t&&!a.defaultPrevented&&(o(!1),i.current?.focus())},r=async()=>{try{await vr(),$e("/signin")}catch{x(n("error.network"),{kind:"error"})}};return l`<header class=${"site-header"+(e?" signed-in":"")} onKeyDown=${s}>
    <a class="skip-link" href="#main" onClick=${a=>{a.preventDefault(),document.getElementById("main")?.focus()}}>${n("header.skip")}</a>
    <div class="bar frame">
      <a class="brand" href="/"><${Ul} />${n("app.name")}</a>
      ${e&&l`<${Dl} />`}
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
            ${(e.role==="staff"||e.role==="secretariat")&&l`<${Ue} href="/console">${n("nav.console")}<//>`}
            ${e.role==="secretariat"&&l`<${Ue} href="/organisations">${n("nav.organisations")}<//>`}
            ${e.role==="secretariat"&&l`<${Ue} href="/invitations">${n("nav.invitations")}<//>`}
            <${Ue} href="/me">${n("nav.profile")}<//>
          </ul>
        </nav>`}
        <div class="tools">
          ${e&&l`<p class="who">
            <${V} id=${e.id} name=${e.display_name} photo=${e.photo_url} />
            <span class="name">${e.display_name}</span>
            <span class=${"role role-"+e.role}>${n("role."+e.role)}</span>
          </p>`}
          ${e&&l`<a class="tools-link" href="/sessions" aria-current=${ye.value==="/sessions"||ye.value.startsWith("/sessions/")?"page":void 0}>${n("nav.sessions")}</a>`}
          ${e&&l`<a class="tools-link" href="/contacts" aria-current=${ye.value==="/contacts"?"page":void 0}>${n("nav.contacts")}</a>`}
          <${Ol} />
          ${e&&l`<button type="button" class="link-button" onClick=${r}>${n("header.sign_out")}</button>`}
        </div>
      </div>
    </div>
  </header>`}function Fl({item:e}){let t=L(!1);T(()=>{if(!e.timeout)return;let i=e.timeout,s=setInterval(()=>{t.current||(i-=500,i<=0&&Rn(e.id))},500);return()=>clearInterval(s)},[e.id]);let o=i=>()=>t.current=i;return l`<li
    class=${"toast toast-"+e.kind}
    onMouseEnter=${o(!0)}
    onMouseLeave=${o(!1)}
    onFocusIn=${o(!0)}
    onFocusOut=${o(!1)}
  >
    <p>${e.text}</p>
    <button type="button" class="icon-button" onClick=${()=>Rn(e.id)} aria-label=${n("toast.dismiss")}>×</button>
  </li>`}function ql(e){T(()=>{let t=e.current;if(!t||typeof ResizeObserver!="function")return;let o=document.documentElement,i=new ResizeObserver(()=>{let s=t.getBoundingClientRect().height;o.style.setProperty("--toasts-h",s>0?`${Math.ceil(s)+16}px`:"0px");let r=document.activeElement;s>0&&r&&r!==document.body&&t.getBoundingClientRect().top<r.getBoundingClientRect().bottom&&!t.contains(r)&&r.scrollIntoView({block:"nearest"})});return i.observe(t),()=>i.disconnect()},[])}function Nr(){let e=L(null);return ql(e),l`<section class="toasts" aria-label=${n("toast.region")}>
    <div role="status" aria-live="polite">
      <ul ref=${e}>
        ${ct.value.map(t=>l`<${Fl} key=${t.id} item=${t} />`)}
      </ul>
    </div>
  </section>`}function M({title:e,intro:t,wide:o,figure:i,children:s}){return T(()=>{document.title=e?`${e} · ${n("app.name")}`:n("app.name")},[e]),l`<div class=${"page frame"+(o?" page-wide":"")}>
    ${i?l`<div class="page-head">${i}<h1 tabindex="-1">${e}</h1></div>`:l`<h1 tabindex="-1">${e}</h1>`}
    ${t&&l`<p class="intro">${t}</p>`}
    ${s}
  </div>`}function N({label:e}){return l`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${e||n("common.loading")}</p>`}function R({error:e,retry:t}){let o=e&&e.code?"error."+e.code:"error.internal";return l`<div class="notice notice-error" role="alert">
    <p>${n(o)}</p>
    ${t&&l`<button type="button" onClick=${t}>${n("common.retry")}</button>`}
  </div>`}function Mn(e,t){return{key:e,fallback:t}}function zt(e){return e?ho(e.key)?n(e.key,e.values):e.fallback||n("error.invalid"):""}function Dt(e,t={}){if(!(e instanceof q))return{fields:{},general:Mn("error.internal")};let o={};for(let[s,r]of Object.entries(e.fields||{})){let a=e.code==="validation_failed"&&t[s]||`field.${s}.${e.code==="conflict"?"taken":e.code==="gone"?"gone":"invalid"}`;o[s]=Mn(a,r)}let i=null;return Object.keys(o).length===0&&(i=Mn(`error.${e.code}`,e.message)),{fields:o,general:i}}function J(e,{draft:t,secret:o=["password","current_password","new_password"]}={}){let i=t&&"village.draft."+t,s=L(JSON.stringify(e)),r=L(!1),[a,c]=$(()=>{if(i)try{let _=JSON.parse(sessionStorage.getItem(i)||"null");if(_&&_.base===s.current&&_.values)return r.current=!0,{...e,..._.values};sessionStorage.removeItem(i)}catch{}return e}),[d,m]=$({}),[u,h]=$(null),[f,p]=$(!1),[g,b]=$(0);T(()=>{if(!i||!r.current)return;let _={...a};for(let y of o)delete _[y];try{sessionStorage.setItem(i,JSON.stringify({base:s.current,values:_}))}catch{}},[a]);let v={values:a,errors:d,general:u,busy:f,attempt:g,set(_,y){r.current=!0,c(w=>({...w,[_]:y})),d[_]&&m(w=>{let{[_]:k,...S}=w;return S})},setAll(_){r.current=!1,s.current=JSON.stringify(_),c(_)},fail(_,y=null){m(_),h(y),b(w=>w+1)},clearDraft(){if(r.current=!1,i)try{sessionStorage.removeItem(i)}catch{}},submit(_,y,{keys:w}={}){return async k=>{if(k.preventDefault(),f)return;let S=y?y(a):{};if(Object.keys(S).length){v.fail(S);return}p(!0),h(null);try{await _(a),m({})}catch(G){let{fields:H,general:F}=Dt(G,w);v.fail(H,F)}finally{p(!1)}}}};return v}function ve(e,t){let o={};for(let i of t){let s=e[i];(s==null||typeof s=="string"&&s.trim()===""||Array.isArray(s)&&s.length===0)&&(o[i]={key:`field.${i}.required`})}return o}function Fe(e,t,o){return[t&&e+"-hint",o&&e+"-error"].filter(Boolean).join(" ")||void 0}function dt({id:e,text:t}){return t?l`<p class="hint" id=${e+"-hint"}>${t}</p>`:null}function qe({id:e,error:t}){return t?l`<p class="field-error" id=${e+"-error"}><span class="visually-hidden">${n("form.error_prefix")} </span>${zt(t)}</p>`:null}function z({form:e,name:t,label:o,hint:i,type:s="text",autocomplete:r,required:a,maxLength:c,inputMode:d,spellcheck:m,dir:u,multiline:h,rows:f=4}){let p="f-"+t,g=e.errors[t],b={id:p,name:t,value:e.values[t]??"",onInput:v=>e.set(t,v.currentTarget.value),"aria-invalid":g?"true":void 0,"aria-describedby":Fe(p,i,g),"aria-required":a?"true":void 0,autocomplete:r,maxLength:c,inputMode:d,spellcheck:m,dir:u};return l`<div class=${"field"+(g?" has-error":"")}>
    <label for=${p}>${o}${a?l` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${dt} id=${p} text=${i} />
    <${qe} id=${p} error=${g} />
    ${h?l`<textarea ...${b} rows=${f}></textarea>`:l`<input type=${s} ...${b} />`}
  </div>`}function U({form:e,name:t,label:o,hint:i,options:s,required:r,placeholder:a,onChange:c}){let d="f-"+t,m=e.errors[t];return l`<div class=${"field"+(m?" has-error":"")}>
    <label for=${d}>${o}${r?l` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${dt} id=${d} text=${i} />
    <${qe} id=${d} error=${m} />
    <select
      id=${d}
      name=${t}
      value=${e.values[t]??""}
      onChange=${u=>{e.set(t,u.currentTarget.value),c?.(u.currentTarget.value)}}
      aria-invalid=${m?"true":void 0}
      aria-describedby=${Fe(d,i,m)}
      aria-required=${r?"true":void 0}
    >
      ${a!==void 0&&l`<option value="">${a}</option>`}
      ${s.map(u=>Array.isArray(u)?l`<option value=${u[0]} key=${u[0]}>${u[1]}</option>`:l`<optgroup label=${u.group} key=${u.group}>${u.options.map(([h,f])=>l`<option value=${h} key=${h}>${f}</option>`)}</optgroup>`)}
    </select>
  </div>`}function ut({form:e,name:t,legend:o,hint:i,options:s,required:r}){let a="f-"+t,c=e.errors[t],d=e.values[t]||[],m=(u,h)=>e.set(t,h?[...d,u]:d.filter(f=>f!==u));return l`<fieldset
    id=${a}
    class=${"field choices"+(c?" has-error":"")}
    aria-describedby=${Fe(a,i,c)}
    aria-invalid=${c?"true":void 0}
    tabindex="-1"
  >
    <legend>${o}${r?l` <span class="required" aria-hidden="true">*</span>`:""}</legend>
    <${dt} id=${a} text=${i} />
    <${qe} id=${a} error=${c} />
    <div class="choice-list">
      ${s.map(([u,h,f])=>l`<label class="choice" key=${u}>
          <input type="checkbox" name=${t} value=${u} checked=${d.includes(u)} onChange=${p=>m(u,p.currentTarget.checked)} />
          <span lang=${f}>${h}</span>
        </label>`)}
    </div>
  </fieldset>`}function mt({form:e,name:t,label:o,hint:i}){let s="f-"+t,r=e.errors[t];return l`<div class=${"field check"+(r?" has-error":"")}>
    <${qe} id=${s} error=${r} />
    <input
      type="checkbox"
      id=${s}
      name=${t}
      checked=${!!e.values[t]}
      onChange=${a=>e.set(t,a.currentTarget.checked)}
      aria-invalid=${r?"true":void 0}
      aria-describedby=${Fe(s,i,r)}
    />
    <label for=${s}>${o}</label>
    <${dt} id=${s} text=${i} />
  </div>`}function oe({form:e,labels:t,id:o="error-summary"}){let i=L(null),s=Object.keys(e.errors),r=s.length>0||e.general;if(T(()=>{r&&e.attempt>0&&i.current?.focus()},[e.attempt]),!r)return null;let a=c=>d=>{d.preventDefault();let m=document.getElementById("f-"+c);(m&&m.tagName==="FIELDSET"&&m.querySelector("input")||m)?.focus()};return l`<div class="error-summary" role="alert" tabindex="-1" ref=${i} aria-labelledby=${o+"-title"}>
    <h2 id=${o+"-title"}>${n("form.problem_title")}</h2>
    ${e.general&&l`<p>${zt(e.general)}</p>`}
    ${s.length>0&&l`<ul>
      ${s.map(c=>l`<li key=${c}><a href=${"#f-"+c} onClick=${a(c)}>${t[c]||c}: ${zt(e.errors[c])}</a></li>`)}
    </ul>`}
  </div>`}function re({form:e,label:t,busyLabel:o}){return l`<button type="submit" class="primary" aria-disabled=${e.busy?"true":void 0}>
    ${e.busy?o||n("form.working"):t}
  </button>`}function E(e,t=[]){let[o,i]=$({data:null,error:null,loading:!0}),[s,r]=$(0);return T(()=>{let a=!0;return i(c=>({...c,error:null,loading:!0})),e().then(c=>a&&i({data:c,error:null,loading:!1}),c=>a&&i(d=>({...d,error:c,loading:!1}))),()=>{a=!1}},[...t,s]),{...o,reload:()=>r(a=>a+1),set:a=>i(c=>({...c,data:typeof a=="function"?a(c.data):a}))}}var zn=D(null),Ot=null;function le(){return zn.value?Promise.resolve(zn.value):(Ot||(Ot=C("/api/meta").then(e=>(zn.value=e,Ot=null,e),e=>{throw Ot=null,e})),Ot)}function P(e,t){if(!t)return"";let o=e+"."+t;return ho(o)?n(o):t}function W(e,t){return(t||[]).map(o=>[o,P(e,o)])}function Rr(){let e=J({email:"",password:""}),t=E(le),o=e.submit(async s=>{try{await $r(s.email.trim(),s.password)}catch(r){throw r.status===401&&(r.code="wrong_credentials"),r}$e(Dn(),{replace:!0})},s=>ve(s,["email","password"])),i={email:n("field.email"),password:n("field.password")};return l`<${M} title=${n("signin.title")} intro=${n("signin.intro")}>
    <form class="form narrow" onSubmit=${o} novalidate>
      <${oe} form=${e} labels=${i} />
      <${z} form=${e} name="email" label=${i.email} type="email" autocomplete="username" required inputMode="email" spellcheck=${!1} />
      <${z} form=${e} name="password" label=${i.password} type="password" autocomplete="current-password" required />
      <div class="actions">
        <${re} form=${e} label=${n("signin.submit")} busyLabel=${n("signin.busy")} />
      </div>
    </form>
    <p>${n("signin.no_account")} <a href="/register">${n("signin.register")}</a></p>
    ${t.data?.demo&&l`<aside class="notice" aria-labelledby="demo-title">
      <h2 id="demo-title">${n("signin.demo_title")}</h2>
      <p>${n("signin.demo_text",{email:"secretariat@village.example",password:"village-demo-2020"})}</p>
    </aside>`}
  <//>`}var Gl={search:"M10.5 4a6.5 6.5 0 1 0 4.03 11.6l4.43 4.44 1.42-1.42-4.44-4.43A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z",camera:"M9 4 7.6 6H5a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-2.6L15 4H9Zm3 5a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z",pencil:"m15.2 4.4 4.4 4.4L9 19.4H4.6V15L15.2 4.4Zm0 2.8-8.6 8.6v1.6h1.6l8.6-8.6-1.6-1.6Z",wave:"M7.3 11.6 4.6 8.9a1.3 1.3 0 0 1 1.8-1.8l4 4-.7.7 1 1 .7-.7-5.4-5.4a1.3 1.3 0 0 1 1.8-1.8l5.4 5.4.7-.7-4.3-4.3a1.3 1.3 0 0 1 1.8-1.8l4.3 4.3.7-.7-2.6-2.6a1.3 1.3 0 0 1 1.8-1.8l4.4 4.4a6.5 6.5 0 0 1 0 9.2l-1 1a6.5 6.5 0 0 1-9.2 0l-4.8-4.8a1.3 1.3 0 0 1 1.8-1.8l1.3 1.3.7-.7-2.6-2.6Z",village:"M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z",met:"M8 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm8 0a3 3 0 1 0 0 6 3 3 0 0 0 0-6ZM2 19v-1.5C2 15 5.5 13 8 13s6 2 6 4.5V19H2Zm14-6c-.6 0-1.3.1-2 .3 1.3.9 2 2.2 2 4.2V19h6v-1.5C22 15 18.5 13 16 13Z",external:"M14 3v2h3.6l-9.3 9.3 1.4 1.4L19 6.4V10h2V3h-7ZM5 5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-6h-2v6H5V7h6V5H5Z"};function Ge({name:e}){return l`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d=${Gl[e]} /></svg>`}function _e(e){let[t]=$(()=>Po(e));return T(()=>()=>t.release(),[]),t}var On=["knock","slot","table","meeting"],jl=6e4;function Vl(e){try{return new Intl.DateTimeFormat(Y.value,{weekday:"short",day:"numeric",month:"short",timeZone:"UTC"}).format(new Date(e+"T00:00:00Z"))}catch{return e}}var Un=e=>new Intl.NumberFormat(Y.value).format(e);function Mr(){let e=E(()=>C("/api/contacts/figures"),[]);T(()=>{let r=setInterval(e.reload,jl);return()=>clearInterval(r)},[]);let t=e.data,o=r=>t?Un(r):"–",i;e.error&&!t?i=l`<${R} error=${e.error} retry=${e.reload} />`:t?t.days.length===0?i=l`<p class="muted">${n("figures.no_days")}</p>`:i=l`<h3 id="figures-days-title">${n("figures.by_day")}</h3>
      <div class="table-wrap figure-table" role="region" tabindex="0" aria-labelledby="figures-days-title">
        <table aria-labelledby="figures-days-title">
          <thead>
            <tr>
              <th scope="col">${n("figures.day")}</th>
              <th scope="col">${n("figures.new")}</th>
              ${On.map(r=>l`<th scope="col" key=${r}>${n("figures.col_"+r)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${t.days.map(r=>l`<tr key=${r.date}>
                <th scope="row"><time datetime=${r.date}>${Vl(r.date)}</time></th>
                <td>${Un(r.pairs)}</td>
                ${On.map(a=>l`<td key=${a}>${Un(r.by_kind[a])}</td>`)}
              </tr>`)}
          </tbody>
        </table>
      </div>`:i=l`<${N} />`;let s=t?.pairs??0;return l`<section class="card contact-figures" aria-labelledby="figures-title" aria-busy=${t?void 0:"true"}>
    <h2 id="figures-title">${n("figures.title")}</h2>
    <div class="figures-grid">
      <div class="figures-main">
        <p class="figure-lead">
          <span class="figure-number">${o(s)}</span>${" "}<span class="figure-label">${n("figures.pairs",{count:s})}</span>
        </p>
        <p class="figure-sub">${t?l`${n("figures.people",{count:t.people})} · ${n("figures.contacts",{count:t.contacts})}`:" "}</p>
        <h3 id="figures-kind-title">${n("figures.by_kind")}</h3>
        <dl class="figure-kinds">
          ${On.map(r=>l`<div key=${r}><dt>${n("figures.kind_"+r)}</dt><dd>${o(t?.by_kind[r])}</dd></div>`)}
        </dl>
      </div>
      <div class="figures-days">${i}</div>
    </div>
  </section>`}function Wl({m:e,me:t,wave:o}){let i=e.id===t.id;return l`<li class="face" data-person-id=${e.id}>
    <${V} id=${e.id} name=${e.name} photo=${e.photo_url} size="m" />
    <div class="face-text">
      <a class="face-name" href=${"/people/"+encodeURIComponent(e.id)}>${e.name}</a>
      ${e.role&&e.role!=="participant"&&l`<span class=${"role role-"+e.role}>${n("role."+e.role)}</span>`}
    </div>
    ${i?l`<span class="muted face-you">${n("home.you")}</span>`:l`<button type="button" class="small" onClick=${o(e)} aria-label=${n("home.wave",{name:e.name})}>
          <${Ge} name="wave" /> ${n("home.wave_short")}
        </button>`}
  </li>`}function zr(){let e=B.value,t=_e("lobby"),o=t.members.value,i=t.count.value,s=me.value==="connected",r=a=>async()=>{try{await Ho(a.id,"wave",{}),x(n("home.waved",{name:a.name}))}catch{x(n("home.wave_failed",{name:a.name}),{kind:"error"})}};return l`<${M} title=${n("home.title",{name:e.display_name})} intro=${n("home.intro")} wide>
    ${e.role==="secretariat"&&l`<${Mr} />`}
    <div class="home-grid">
      <section aria-labelledby="online-title" class="card now">
        <div class="section-head">
          <h2 id="online-title">${n("home.online_title")}</h2>
          <p class="count">
            ${s&&l`<span class="live-dot" aria-hidden="true"></span>`}
            ${s?n("home.online_count",{count:i}):n("home.online_waiting")}
          </p>
        </div>
        <ul id="online" class="faces">
          ${o.map(a=>l`<${Wl} key=${a.id} m=${a} me=${e} wave=${r} />`)}
        </ul>
        ${t.truncated.value&&l`<p class="muted">${n("home.online_truncated",{shown:o.length,count:i})}</p>`}
      </section>
      <aside aria-labelledby="next-title" class="card next">
        <h2 id="next-title">${n("home.next_title")}</h2>
        <ul class="next-list">
          <li><a href="/village"><span class="next-icon"><${Ge} name="village" /></span>${n("home.next_village")}</a></li>
          <li><a href="/people"><span class="next-icon"><${Ge} name="search" /></span>${n("home.next_people")}</a></li>
          <li><a href="/contacts"><span class="next-icon"><${Ge} name="met" /></span>${n("home.next_contacts")}</a></li>
          <li>
            <a href="/me"><span class="next-icon"><${Ge} name=${e.photo_url?"pencil":"camera"} /></span>${e.photo_url?n("home.next_profile"):n("home.next_photo")}</a>
          </li>
        </ul>
      </aside>
    </div>
  <//>`}function Fn(){return l`<${M} title=${n("notfound.title")}>
    <p>${n("notfound.text")}</p>
    <p><a href="/">${n("notfound.home")}</a></p>
  <//>`}var Lo=e=>String(e).normalize("NFD").replace(new RegExp("\\p{M}","gu"),"").toLocaleLowerCase();function Bo({form:e,name:t,label:o,hint:i,options:s,required:r}){let a="f-"+t,c=a+"-list",d=e.errors[t],m=e.values[t]||[],[u,h]=$(""),[f,p]=$(!1),[g,b]=$(0),v=L(null),_=L(null),y=Lo(u.trim()),w=y?s.filter(([I,fe,,he])=>Lo(fe).includes(y)||Lo(I)===y||he&&Lo(he).includes(y)):s,k=Math.min(g,Math.max(0,w.length-1)),S=f&&w[k],G=new Map(s.map(I=>[I[0],I]));T(()=>{f&&S&&document.getElementById(`${a}-opt-${S[0]}`)?.scrollIntoView({block:"nearest"})},[f,k,y]);let H=I=>e.set(t,m.includes(I)?m.filter(fe=>fe!==I):[...m,I]),F=I=>{p(!0),b(Math.max(0,Math.min(w.length-1,I)))},pe=I=>{switch(I.key){case"ArrowDown":I.preventDefault(),F(f?k+1:k);break;case"ArrowUp":I.preventDefault(),F(f?k-1:k);break;case"Home":case"End":f&&(I.preventDefault(),F(I.key==="Home"?0:w.length-1));break;case"Enter":f&&S?(I.preventDefault(),H(S[0]),u&&(h(""),b(s.indexOf(S)))):f||(I.preventDefault(),p(!0));break;case"Escape":f?(I.preventDefault(),I.stopPropagation(),p(!1)):u&&(I.preventDefault(),h(""));break;case"Backspace":!u&&m.length&&e.set(t,m.slice(0,-1));break;case"Tab":p(!1);break}};return l`<div class=${"field multiselect"+(d?" has-error":"")}>
    <label for=${a} id=${a+"-label"}>${o}${r?l` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${dt} id=${a} text=${i} />
    <${qe} id=${a} error=${d} />
    ${m.length>0&&l`<ul class="chips" id=${a+"-chosen"} aria-label=${n("multiselect.chosen",{field:o,count:m.length})}>
      ${m.map(I=>{let[,fe,he]=G.get(I)||[I,I];return l`<li class="chip" key=${I} data-value=${I}>
          <span lang=${he}>${fe}</span>
          <button
            type="button"
            class="chip-remove"
            aria-label=${n("multiselect.remove",{name:fe})}
            onClick=${()=>{H(I),v.current?.focus()}}
          ><span aria-hidden="true">×</span></button>
        </li>`})}
    </ul>`}
    <div class="combo">
      <input
        id=${a}
        ref=${v}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${f?"true":"false"}
        aria-controls=${c}
        aria-activedescendant=${S?`${a}-opt-${S[0]}`:void 0}
        aria-invalid=${d?"true":void 0}
        aria-required=${r?"true":void 0}
        aria-describedby=${[Fe(a,i,d),m.length?a+"-chosen":""].filter(Boolean).join(" ")||void 0}
        placeholder=${n("multiselect.search")}
        value=${u}
        onInput=${I=>{h(I.currentTarget.value),b(0),p(!0)}}
        onKeyDown=${pe}
        onClick=${()=>p(!0)}
        onBlur=${I=>{_.current?.contains(I.relatedTarget)||p(!1)}}
      />
      <ul
        id=${c}
        ref=${_}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby=${a+"-label"}
        class="listbox"
        hidden=${!f}
        onMouseDown=${I=>I.preventDefault()}
      >
        ${w.map(([I,fe,he],ge)=>l`<li
            key=${I}
            id=${`${a}-opt-${I}`}
            role="option"
            data-value=${I}
            aria-selected=${m.includes(I)?"true":"false"}
            class=${ge===k?"active":void 0}
            onClick=${()=>{H(I),b(ge)}}
          ><span class="tick" aria-hidden="true"></span><span lang=${he}>${fe}</span></li>`)}
        ${w.length===0&&l`<li role="option" aria-disabled="true" aria-selected="false" class="none">${n("multiselect.none")}</li>`}
      </ul>
    </div>
  </div>`}var Dr="AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(" ");var qn=new Map;function Ur(e){return qn.has(e)||qn.set(e,Ae(e)),qn.get(e)}function Wn(e=[]){let t=e.filter(o=>!fo.includes(o));return[...fo,...t].map(o=>[o,Ur(o),o,ee(o)])}var Gn={lang:null,list:[]};function je(){if(Gn.lang!==Y.value){let e=fo.map(t=>{let o=ee(t),i=Ur(t);return[t,o.toLocaleLowerCase()===i.toLocaleLowerCase()?i:`${o} (${i})`,o]}).sort((t,o)=>Pe(t[2],o[2])).map(([t,o])=>[t,o]);Gn={lang:Y.value,list:e}}return Gn.list}var jn={lang:null,list:[]};function Yl(){if(jn.lang!==Y.value){let e=Dr.map(t=>[t,Te(t)]).sort((t,o)=>Pe(t[1],o[1]));jn={lang:Y.value,list:e}}return jn.list}var Zl=["Africa","America","Antarctica","Arctic","Asia","Atlantic","Australia","Europe","Indian","Pacific"],Ut={lang:null,groups:[],known:new Set};function Xl(e,t=new Date){try{let o=new Intl.DateTimeFormat("en-US",{timeZone:e,timeZoneName:"longOffset"}).formatToParts(t).find(s=>s.type==="timeZoneName"),i=/GMT([+-]\d\d:\d\d)?/.exec(o?.value||"");return i?"UTC"+(i[1]||""):"UTC"}catch{return"UTC"}}function Or(e,t){let o=e.split("/").pop().replaceAll("_"," "),i=Xl(e,t),s="";try{s=new Intl.DateTimeFormat(Y.value,{timeZone:e,timeZoneName:"longGeneric"}).formatToParts(t).find(a=>a.type==="timeZoneName")?.value||""}catch{}let r=s&&!/^(GMT|UTC)([+\-−]|$)/.test(s);return e==="UTC"?`UTC (${n("field.time_zone.utc")})`:`${o} (${i})${r?" · "+s:""}`}function Jl(e){if(Ut.lang!==Y.value){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}let o=new Date,i=new Map;for(let r of new Set(["UTC",...t])){let a=Zl.includes(r.split("/")[0])&&r.includes("/")?r.split("/")[0]:"other";i.has(a)||i.set(a,[]),i.get(a).push([r,Or(r,o)])}let s=[...i.entries()].map(([r,a])=>({group:n("field.time_zone.region."+r.toLowerCase()),region:r,options:a.sort((c,d)=>Pe(c[1],d[1]))}));s.sort((r,a)=>(a.region==="other")-(r.region==="other")||Pe(r.group,a.group)),Ut={lang:Y.value,groups:s,known:new Set(t.concat("UTC"))}}return e&&!Ut.known.has(e)?[{group:n("field.time_zone.region.other"),region:"current",options:[[e,Or(e,new Date)]]},...Ut.groups]:Ut.groups}function Fr(e){return String(e||"").split(/[,،，、]/).map(t=>t.trim()).filter(Boolean)}var Vn=e=>[...String(e||"").trim()].length;function No(e){return{display_name:e.display_name||"",stakeholder_group:e.stakeholder_group||"",region:e.region||"",country:e.country||"",languages:[...e.languages||[]],time_zone:e.time_zone||"",themes:[...e.themes||[]],tags:(e.tags||[]).join(", "),expertise:e.expertise||"",youth:!!e.youth,parliamentarian:!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function Ft(e){return{display_name:e.display_name.trim(),stakeholder_group:e.stakeholder_group,region:e.region,country:e.country,languages:e.languages,time_zone:e.time_zone,themes:e.themes,tags:Fr(e.tags),expertise:e.expertise.trim(),youth:!!e.youth,parliamentarian:e.stakeholder_group==="government"&&!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function Ro(e){let t=ve(e,["display_name","stakeholder_group","region","country","languages","time_zone"]);!t.display_name&&Vn(e.display_name)>80&&(t.display_name={key:"field.display_name.invalid"}),!t.languages&&e.languages.length>10&&(t.languages={key:"field.languages.invalid"});let o=Fr(e.tags);return(o.length>10||o.some(i=>Vn(i)>40))&&(t.tags={key:"field.tags.invalid"}),Vn(e.expertise)>500&&(t.expertise={key:"field.expertise.invalid"}),t}function qt(){return{display_name:n("field.display_name"),stakeholder_group:n("field.stakeholder_group"),parliamentarian:n("field.parliamentarian"),region:n("field.region"),country:n("field.country"),youth:n("field.youth"),languages:n("field.languages"),time_zone:n("field.time_zone"),themes:n("field.themes"),tags:n("field.tags"),expertise:n("field.expertise"),directory_opt_in:n("field.directory_opt_in")}}function Yn({form:e,label:t}){let o=e.values.time_zone,i=o?A(new Date().toISOString(),o,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";return l`<${U}
    form=${e}
    name="time_zone"
    label=${t}
    hint=${o?n("field.time_zone.hint",{time:i}):n("field.time_zone.hint_none")}
    options=${Jl(o)}
    placeholder=${n("form.choose")}
    required
  />`}function Mo({form:e,meta:t,level:o="h2"}){let i=qt(),s=e.values,r=L([]);r.current=[...new Set([...r.current,...s.languages])];let a=o;return l`
    <${a} class="form-section">${n("profile.section.about")}<//>
    <${z} form=${e} name="display_name" label=${i.display_name} hint=${n("field.display_name.hint")} autocomplete="name" required />
    <${U}
      form=${e}
      name="stakeholder_group"
      label=${i.stakeholder_group}
      options=${W("stakeholder",t.stakeholder_groups)}
      placeholder=${n("form.choose")}
      required
      onChange=${c=>c!=="government"&&s.parliamentarian&&e.set("parliamentarian",!1)}
    />
    ${s.stakeholder_group==="government"&&l`<${mt} form=${e} name="parliamentarian" label=${i.parliamentarian} hint=${n("field.parliamentarian.hint")} />`}
    <${U}
      form=${e}
      name="region"
      label=${i.region}
      hint=${n("field.region.hint")}
      options=${W("region",t.regions)}
      placeholder=${n("form.choose")}
      required
    />
    <${U} form=${e} name="country" label=${i.country} options=${Yl()} placeholder=${n("form.choose")} required />
    <${mt} form=${e} name="youth" label=${i.youth} hint=${n("field.youth.hint")} />

    <${a} class="form-section">${n("profile.section.languages")}<//>
    <${Bo}
      form=${e}
      name="languages"
      label=${i.languages}
      hint=${n("field.languages.hint")}
      options=${Wn(r.current)}
      required
    />
    <${Yn} form=${e} label=${i.time_zone} />

    <${a} class="form-section">${n("profile.section.interests")}<//>
    <${ut} form=${e} name="themes" legend=${i.themes} hint=${n("field.themes.hint")} options=${W("theme",t.themes)} />
    <${z} form=${e} name="tags" label=${i.tags} hint=${n("field.tags.hint")} />
    <${z} form=${e} name="expertise" label=${i.expertise} hint=${n("field.expertise.hint")} multiline rows=${4} />

    <${a} class="form-section">${n("profile.section.directory")}<//>
    <${mt} form=${e} name="directory_opt_in" label=${i.directory_opt_in} hint=${n("field.directory_opt_in.hint")} />
  `}var Kl=()=>({email:"",password:"",display_name:"",stakeholder_group:"",region:"",country:"",languages:[],time_zone:be(),themes:[],tags:"",expertise:"",youth:!1,parliamentarian:!1,directory_opt_in:!1});function Ql({id:e,form:t}){let o=E(()=>C("/api/invitations/"+encodeURIComponent(e)),[e]),i=t.errors.invitation,s=n("register.invitation");o.data&&(s=n("register.invitation_role",{role:P("role",o.data.role)}));let r=i||o.error||o.data&&(o.data.used||o.data.expired);return l`<section
    id="f-invitation"
    tabindex="-1"
    class=${"notice"+(r?" notice-error":"")}
    aria-labelledby="invitation-title"
  >
    <h2 id="invitation-title">${n("register.invitation_title")}</h2>
    ${r?l`<p class="field-error"><span class="visually-hidden">${n("form.error_prefix")} </span>${i?zt(i):n("field.invitation.invalid")}</p>`:l`<p>${s}</p>`}
    <p><a href="/register">${n("register.without_invitation")}</a></p>
  </section>`}function qr(){let e=E(le),t=new URLSearchParams(te.value).get("invitation")||"",o=J(Kl(),{draft:"register"}),i={email:n("field.email"),password:n("field.password"),...qt(),invitation:n("register.invitation_title")},s=o.submit(async a=>{let c={email:a.email.trim(),password:a.password,...Ft(a)};t&&(c.invitation=t);let d=await yr(c);o.clearDraft(),t?d.role==="participant"?x(n("register.welcome_invitation_lost",{name:d.display_name})):x(n("register.welcome_role",{name:d.display_name,role:P("role",d.role)})):x(n("register.welcome",{name:d.display_name}))},a=>{let c={...ve(a,["email","password"]),...Ro(a)};!c.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email.trim())&&(c.email={key:"field.email.invalid"}),!c.password&&([...a.password].length<10||[...a.password].length>128)&&(c.password={key:"field.password.invalid"});let d=Object.keys(i);return Object.fromEntries(Object.entries(c).sort((m,u)=>d.indexOf(m[0])-d.indexOf(u[0])))}),r;return e.error?r=l`<${R} error=${e.error} retry=${e.reload} />`:e.data?r=l`<form class="form" onSubmit=${s} novalidate>
      <${oe} form=${o} labels=${i} />
      <p class="muted">${n("form.required_note")}</p>
      ${t&&l`<${Ql} id=${t} form=${o} />`}
      <h2 class="form-section">${n("register.section.account")}</h2>
      <${z}
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
      <${z}
        form=${o}
        name="password"
        label=${i.password}
        hint=${n("field.password.hint")}
        type="password"
        autocomplete="new-password"
        required
      />
      <${Mo} form=${o} meta=${e.data} level="h2" />
      <div class="actions">
        <${re} form=${o} label=${n("register.submit")} busyLabel=${n("register.busy")} />
      </div>
    </form>`:r=l`<${N} />`,l`<${M} title=${n("register.title")} intro=${n("register.intro")}>
    ${r}
    <p>${n("register.have_account")} <a href=${"/signin"+(t?"?next="+encodeURIComponent("/invite/"+t):"")}>${n("register.sign_in")}</a></p>
  <//>`}function Gr(e){if(e instanceof q){if(e.status===404)return"invite.not_found";if(e.status===409)return"invite.used";if(e.status===410)return"invite.expired";if(e.code&&e.code!=="bad_request")return"error."+e.code}return"error.internal"}function ec({id:e}){let t=E(()=>C("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?l`${t.data.name}`:t.error?l`<span class="muted">${n("invite.organisation_unknown")}</span>`:l`<span class="muted">${n("common.loading")}</span>`}function jr({id:e}){let t=B.value,o=t?.time_zone,i=E(()=>C("/api/invitations/"+encodeURIComponent(e)),[e]),[s,r]=$(!1),[a,c]=$(null),[d,m]=$(null),u=L(null);T(()=>{(d||a)&&u.current?.focus()},[d,a]);let h=async()=>{if(!s){r(!0),c(null);try{let p=await Z("/api/invitations/"+encodeURIComponent(e)+"/accept");ze(p),m(p),i.set(g=>({...g,used:!0})),x(n("invite.accepted_toast",{role:P("role",p.role)}))}catch(p){let g=Gr(p);p instanceof q&&p.status===409&&t?.role==="secretariat"&&i.data?.role==="staff"?g="invite.secretariat_staff":p instanceof q&&p.status===410&&i.data?.role==="staff"&&!i.data.expired&&(g="invite.organisation_gone"),c(g)}finally{r(!1)}}},f;if(i.loading&&!i.data)f=l`<${N} />`;else if(i.error)f=l`<div class="notice notice-error" role="alert">
      <p>${n(Gr(i.error))}</p>
      ${!(i.error instanceof q&&i.error.status===404)&&l`<button type="button" onClick=${i.reload}>${n("common.retry")}</button>`}
    </div>`;else{let p=i.data,g=!p.used&&!p.expired,b="/invite/"+encodeURIComponent(e);f=l`
      <dl class="facts">
        <dt>${n("invite.role")}</dt>
        <dd>${P("role",p.role)}</dd>
        ${p.organisation_id&&l`<dt>${n("invite.organisation")}</dt>
          <dd>${t?l`<${ec} id=${p.organisation_id} />`:l`<span class="muted">${n("invite.organisation_signed_out")}</span>`}</dd>`}
        ${p.note&&l`<dt>${n("invite.note")}</dt><dd>${p.note}</dd>`}
        <dt>${p.expired?n("invite.expired_at"):n("invite.expires_at")}</dt>
        <dd>${A(p.expires_at,o)}</dd>
        <dt>${n("invite.state")}</dt>
        <dd>${p.used?n("invite.state.used"):p.expired?n("invite.state.expired"):n("invite.state.open")}</dd>
      </dl>
      <p>${n("invite.role_explained."+p.role)}</p>
      ${p.used&&!d&&l`<div class="notice notice-error"><p>${n("invite.used")}</p></div>`}
      ${!p.used&&p.expired&&l`<div class="notice notice-error"><p>${n("invite.expired")}</p></div>`}
      ${d&&l`<div class="notice notice-ok" tabindex="-1" ref=${u} role="status">
        <p>${n("invite.accepted",{role:P("role",d.role)})}</p>
        <p><a href="/">${n("invite.go_home")}</a></p>
      </div>`}
      ${a&&l`<div class="notice notice-error" tabindex="-1" ref=${u} role="alert"><p>${n(a)}</p></div>`}
      ${g&&!d&&(t?l`<p class="muted">${n("invite.signed_in_as",{name:t.display_name,role:P("role",t.role)})}</p>
            <div class="actions">
              <button type="button" class="primary" onClick=${h} aria-disabled=${s?"true":void 0}>
                ${s?n("invite.accepting"):n("invite.accept",{role:P("role",p.role)})}
              </button>
            </div>`:l`<p>${n("invite.signed_out")}</p>
            <ul class="link-list">
              <li><a href=${"/signin?next="+encodeURIComponent(b)}>${n("invite.sign_in")}</a></li>
              <li><a href=${"/register?invitation="+encodeURIComponent(e)}>${n("invite.register")}</a></li>
            </ul>`)}
    `}return l`<${M} title=${n("invite.title")} intro=${n("invite.intro")}>${f}<//>`}var Vr=["image/jpeg","image/png","image/gif"],tc=25*1024*1024,oc=1024;async function nc(e){if(typeof createImageBitmap!="function")return e;try{let t=await createImageBitmap(e,{imageOrientation:"from-image"}),o=Math.min(1,oc/Math.max(t.width,t.height)),i=document.createElement("canvas");return i.width=Math.max(1,Math.round(t.width*o)),i.height=Math.max(1,Math.round(t.height*o)),i.getContext("2d").drawImage(t,0,0,i.width,i.height),t.close?.(),await new Promise(r=>i.toBlob(r,"image/jpeg",.9))||e}catch{return e}}function Wr(e){switch(e?.code){case"payload_too_large":return n("photo.too_large");case"unsupported_media_type":return n("photo.wrong_type");case"validation_failed":return n("photo.unreadable");default:return n(e?.code?"error."+e.code:"error.internal")}}function Yr({me:e}){let[t,o]=$(!1),[i,s]=$(""),r=L(null),a=async d=>{if(s(""),!!d){if(!Vr.includes(d.type)){s(n("photo.wrong_type"));return}if(d.size>tc){s(n("photo.too_large"));return}o(!0);try{let m=await we("PUT","/api/me/photo",{raw:await nc(d)});ze(m),x(n("photo.saved"))}catch(m){s(Wr(m))}finally{o(!1),r.current&&(r.current.value="")}}},c=async()=>{s(""),o(!0);try{ze(await we("DELETE","/api/me/photo")),x(n("photo.removed"))}catch(d){s(Wr(d))}finally{o(!1)}};return l`<section aria-labelledby="photo-title" class="card photo-section" id="photo">
    <h2 id="photo-title">${n("profile.section.photo")}</h2>
    <div class="photo-row">
      <${V} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="l" />
      <div class="photo-controls">
        <p class="hint" id="f-photo-hint">${n("photo.hint")}</p>
        ${i&&l`<p class="field-error" id="f-photo-error" role="alert">${i}</p>`}
        <div class="actions">
          <input
            type="file"
            id="f-photo"
            ref=${r}
            class="file-input"
            accept=${Vr.join(",")}
            aria-describedby=${"f-photo-hint"+(i?" f-photo-error":"")}
            disabled=${t}
            onChange=${d=>a(d.currentTarget.files?.[0])}
          />
          <label for="f-photo" class="button primary">${t?n("photo.uploading"):e.photo_url?n("photo.change"):n("photo.choose")}</label>
          ${e.photo_url&&l`<button type="button" class="danger" onClick=${c} aria-disabled=${t?"true":void 0}>${n("photo.remove")}</button>`}
        </div>
      </div>
    </div>
  </section>`}var ic=(e,t)=>JSON.stringify(e)===JSON.stringify(t);function rc({me:e,meta:t}){let o=J(No(e),{draft:"profile."+e.id}),i=qt(),s=o.submit(async r=>{let a=Ft(r),c=Ft(No(e)),d={};for(let[u,h]of Object.entries(a))ic(h,c[u])||(d[u]=h);if(Object.keys(d).length===0){x(n("profile.no_changes"));return}let m=await He("/api/me",d);ze(m),o.setAll(No(m)),o.clearDraft(),x(n("profile.saved"))},Ro);return l`<section aria-labelledby="profile-title" class="card">
    <h2 id="profile-title">${n("profile.section.profile")}</h2>
    <form class="form" onSubmit=${s} novalidate>
      <${oe} form=${o} labels=${i} id="profile-errors" />
      <p class="muted">${n("form.required_note")}</p>
      <${Mo} form=${o} meta=${t} level="h3" />
      <div class="actions">
        <${re} form=${o} label=${n("profile.save")} busyLabel=${n("profile.saving")} />
      </div>
    </form>
  </section>`}function sc({me:e}){let t=J({email:e.email,password:"",current_password:""}),o={email:n("field.email"),password:n("profile.new_password"),current_password:n("field.current_password")},i=t.submit(async s=>{let r={};if(s.email.trim().toLowerCase()!==e.email&&(r.email=s.email.trim()),e.has_password&&s.password&&(r.password=s.password),Object.keys(r).length===0){x(n("profile.no_changes"));return}e.has_password&&(r.current_password=s.current_password);let a=await He("/api/me",r);ze(a),t.setAll({email:a.email,password:"",current_password:""}),x(r.password?r.email?n("profile.both_changed"):n("profile.password_changed"):n("profile.email_changed"))},s=>{let r=ve(s,["email"]);!r.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email.trim())&&(r.email={key:"field.email.invalid"}),e.has_password&&s.password&&([...s.password].length<10||[...s.password].length>128)&&(r.password={key:"field.password.invalid"});let a=s.email.trim().toLowerCase()!==e.email||e.has_password&&s.password;return e.has_password&&a&&!s.current_password&&(r.current_password={key:"field.current_password.required"}),r});return l`<section aria-labelledby="signin-title" class="card">
    <h2 id="signin-title">${e.has_password?n("profile.section.signin"):n("profile.section.email")}</h2>
    <form class="form narrow" onSubmit=${i} novalidate>
      <${oe} form=${t} labels=${o} id="signin-errors" />
      ${!e.has_password&&l`<p>${n("profile.no_password")}</p>`}
      <${z} form=${t} name="email" label=${o.email} type="email" autocomplete="email" inputMode="email" spellcheck=${!1} required />
      ${e.has_password&&l`<${z} form=${t} name="password" label=${o.password} hint=${n("profile.new_password_hint")} type="password" autocomplete="new-password" />
        <${z}
          form=${t}
          name="current_password"
          label=${o.current_password}
          hint=${n("field.current_password.hint")}
          type="password"
          autocomplete="current-password"
        />`}
      <div class="actions">
        <${re} form=${t} label=${e.has_password?n("profile.signin_save"):n("profile.email_save")} busyLabel=${n("profile.saving")} />
      </div>
    </form>
  </section>`}function ac({me:e}){let t=J({confirm_delete:!1}),o={confirm_delete:n("field.confirm_delete")},i=t.submit(async()=>{await se("/api/me");try{sessionStorage.removeItem("village.draft.profile."+e.id)}catch{}ko("user"),$e("/signin",{replace:!0}),x(n("profile.deleted"))},s=>s.confirm_delete?{}:{confirm_delete:{key:"field.confirm_delete.required"}});return l`<section aria-labelledby="delete-title" class="card danger-zone">
    <h2 id="delete-title">${n("profile.section.delete")}</h2>
    <p>${n("profile.delete_what")}</p>
    <ul>
      <li>${n("profile.delete_item.profile")}</li>
      <li>${n("profile.delete_item.sessions")}</li>
      <li>${n("profile.delete_item.role",{role:P("role",e.role)})}</li>
    </ul>
    <p>${n("profile.delete_stays")}</p>
    <form class="form" onSubmit=${i} novalidate>
      <${oe} form=${t} labels=${o} id="delete-errors" />
      <${mt} form=${t} name="confirm_delete" label=${o.confirm_delete} />
      <div class="actions">
        <button type="submit" class="danger primary" aria-disabled=${t.busy?"true":void 0}>
          ${t.busy?n("profile.deleting"):n("profile.delete")}
        </button>
      </div>
    </form>
  </section>`}function Zr(){let e=B.value,t=E(le),o;return t.error?o=l`<${R} error=${t.error} retry=${t.reload} />`:t.data?o=l`
      <p class="muted">
        ${n("profile.summary",{role:P("role",e.role),created:A(e.created_at,e.time_zone,{dateStyle:"long"})})}
        ${" "}<a href=${"/people/"+encodeURIComponent(e.id)}>${n("profile.see_public")}</a>
      </p>
      <${Yr} me=${e} />
      <${rc} me=${e} meta=${t.data} />
      <${sc} me=${e} />
      <${ac} me=${e} />
    `:o=l`<${N} />`,l`<${M} title=${n("profile.title")} intro=${n("profile.intro")}>${o}<//>`}function Ee(e,t){let o=new URLSearchParams(e),i={};for(let r of t)i[r]=o.get(r)||"";let s=parseInt(o.get("offset")||"0",10);return i.offset=Number.isFinite(s)&&s>0?s:0,i}function pt({form:e,names:t,search:o,results:i,keep:s={}}){let r=L(null),a=L(!1);T(()=>{e.setAll(Ee(o,t))},[o]),T(()=>{if(i.error instanceof q&&i.error.code==="validation_failed"){let{fields:u,general:h}=Dt(i.error);e.fail(u,h)}},[i.error]),T(()=>{!i.loading&&a.current&&(a.current=!1,r.current?.focus())},[i.loading]);let c=e.submit(async u=>{let h={...s};for(let f of t)h[f]=typeof u[f]=="string"?u[f].trim():u[f];Oe(h)});return{heading:r,onSubmit:c,clear:()=>{e.setAll(Ee("",t)),Oe(s)},go:u=>()=>{a.current=!0;let{offset:h,...f}=Ee(o,t);Oe({...s,...f,offset:u||void 0})},set:t.filter(u=>Ee(o,t)[u]).length}}function ft({form:e,labels:t,filters:o,children:i}){let[s,r]=$(!1);return l`<section aria-labelledby="filters-title" class=${"card filters-card"+(s?" open":"")}>
    <h2 id="filters-title">
      <span class="filters-title-text">${n("directory.filters")}</span>
      <button type="button" class="filters-toggle" aria-expanded=${s?"true":"false"} aria-controls="filters-body" onClick=${()=>r(!s)}>
        <span>${n("directory.filters_count",{count:o.set})}</span><span class="chevron" aria-hidden="true">▾</span>
      </button>
    </h2>
    <form id="filters-body" class="form filters-body" onSubmit=${o.onSubmit} novalidate role="search" aria-labelledby="filters-title">
      <${oe} form=${e} labels=${t} />
      <div class="filters">${i}</div>
      <div class="actions">
        <${re} form=${e} label=${n("directory.search")} />
        <button type="button" onClick=${o.clear}>${n("directory.clear")}</button>
      </div>
    </form>
  </section>`}function lc(e,t=o=>n("directory.count",{count:o})){let o=e.data;return e.loading?n("directory.searching"):o&&o.total===0?n("directory.none"):o&&o.items.length===0?n("directory.past_end",{count:o.total}):o?t(o.total)+" "+n("directory.showing",{from:o.offset+1,to:o.offset+o.items.length,total:o.total}):""}function ht({results:e,filters:t,limit:o,count:i,children:s}){let r=e.data,a=e.error instanceof q&&e.error.code==="validation_failed";return l`<section aria-labelledby="results-title" class="results-area">
    <h2 id="results-title" tabindex="-1" ref=${t.heading}>${n("directory.results")}</h2>
    <p role="status" aria-live="polite" class="results-count">${lc(e,i)}</p>
    ${e.error&&!a&&l`<${R} error=${e.error} retry=${e.reload} />`}
    ${!r&&e.loading&&l`<${N} />`}
    ${r&&r.items.length>0&&s}
    ${r&&r.items.length>0&&r.total>r.limit&&l`<nav class="pager" aria-label=${n("directory.pages")}>
      ${r.offset>0&&l`<button type="button" onClick=${t.go(Math.max(0,r.offset-o))}>${n("directory.previous")}</button>`}
      ${r.offset+r.items.length<r.total&&l`<button type="button" onClick=${t.go(r.offset+o)}>${n("directory.next")}</button>`}
    </nav>`}
    ${r&&r.items.length===0&&r.total>0&&l`<p><button type="button" onClick=${t.go(0)}>${n("directory.first_page")}</button></p>`}
  </section>`}var Xr=20,Kr=["q","theme","interest","stakeholder_group","region","language","youth"],Jr=e=>Ee(e,Kr);function cc({p:e}){let t=[P("stakeholder",e.stakeholder_group),P("region",e.region),e.country&&Te(e.country)].filter(Boolean);return l`<li class="result">
    <${V} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="m" />
    <div class="result-body">
      <div class="result-head">
        <h3><a href=${"/people/"+encodeURIComponent(e.id)}>${e.display_name}</a></h3>
        ${e.role!=="participant"&&l`<span class=${"role role-"+e.role}>${P("role",e.role)}</span>`}
      </div>
      <p>${t.join(" · ")}</p>
      ${e.languages.length>0&&l`<p>${n("directory.speaks",{languages:e.languages.map(ee).join(", ")})}</p>`}
      ${e.themes.length>0&&l`<ul class="tags" aria-label=${n("directory.themes")}>
          ${e.themes.map(o=>l`<li key=${o}>${P("theme",o)}</li>`)}
        </ul>`}
    </div>
  </li>`}function Qr(){let e=E(le),t=J(Jr(te.value)),o=te.value,i=E(()=>{let{offset:d,...m}=Jr(o);return C("/api/directory"+Re({...m,offset:d||void 0,limit:Xr}))},[o]),s=pt({form:t,names:Kr,search:o,results:i}),r={q:n("field.q"),theme:n("field.theme"),interest:n("field.interest"),stakeholder_group:n("field.stakeholder_group"),region:n("field.region"),language:n("field.language"),youth:n("directory.youth"),offset:n("directory.page"),limit:n("directory.page")},a=e.data||{themes:[],stakeholder_groups:[],regions:[]},c=i.data;return l`<${M} title=${n("directory.title")} intro=${n("directory.intro")} wide>
    ${e.error&&l`<${R} error=${e.error} retry=${e.reload} />`}
    <${ft} form=${t} labels=${r} filters=${s}>
      <${z} form=${t} name="q" label=${r.q} type="search" hint=${n("field.q.hint")} />
      <${U} form=${t} name="theme" label=${r.theme} options=${W("theme",a.themes)} placeholder=${n("directory.any")} />
      <${z} form=${t} name="interest" label=${r.interest} hint=${n("field.interest.hint")} />
      <${U}
        form=${t}
        name="stakeholder_group"
        label=${r.stakeholder_group}
        options=${W("stakeholder",a.stakeholder_groups)}
        placeholder=${n("directory.any")}
      />
      <${U} form=${t} name="region" label=${r.region} options=${W("region",a.regions)} placeholder=${n("directory.any")} />
      <${U} form=${t} name="language" label=${r.language} options=${je()} placeholder=${n("directory.any")} />
      <${U}
        form=${t}
        name="youth"
        label=${r.youth}
        options=${[["true",n("directory.youth_only")],["false",n("directory.youth_not")]]}
        placeholder=${n("directory.any")}
      />
    <//>
    <${ht} results=${i} filters=${s} limit=${Xr}>
      <ul class="results" aria-busy=${i.loading?"true":void 0}>
        ${c?.items.map(d=>l`<${cc} key=${d.id} p=${d} />`)}
      </ul>
    <//>
  <//>`}function gt({id:e}){let t=E(()=>C("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?l`${t.data.name}`:l`<span class="muted">${t.error?n("person.organisation_unknown"):n("common.loading")}</span>`}function dc({p:e,me:t}){let i=_e("lobby").members.value.find(r=>r.id===e.id);if(me.value!=="connected")return null;let s=async()=>{try{await Ho(e.id,"wave",{}),x(n("home.waved",{name:e.display_name}))}catch{x(n("home.wave_failed",{name:e.display_name}),{kind:"error"})}};return l`<div class="presence">
    ${i?l`<p><span class="online-badge"><span class="dot" aria-hidden="true"></span>${n("person.online")}</span></p>
          ${e.id!==t.id&&l`<button type="button" onClick=${s}>${n("home.wave",{name:e.display_name})}</button>`}`:l`<p class="muted">${n("person.offline")}</p>`}
  </div>`}function es({id:e}){let t=B.value,o=t?.time_zone,i=E(()=>C("/api/people/"+encodeURIComponent(e)),[e]),s=i.data,r,a=null,c=n("person.title");if(i.error){let d=i.error instanceof q&&i.error.status===404;r=l`<div class="notice notice-error" role="alert">
      <p>${d?n("person.not_found"):n(i.error.code?"error."+i.error.code:"error.internal")}</p>
      ${d?l`<p><a href="/people">${n("person.back")}</a></p>`:l`<button type="button" onClick=${i.reload}>${n("common.retry")}</button>`}
    </div>`}else if(!s)r=l`<${N} />`;else{c=s.display_name,a=l`<${V} id=${s.id} name=${s.display_name} photo=${s.photo_url} size="l" />`;let d=s.time_zone?A(new Date().toISOString(),s.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";r=l`
      ${s.id===t.id&&l`<p class="notice">${n("person.is_you")} <a href="/me">${n("person.edit")}</a></p>`}
      <${dc} p=${s} me=${t} />
      ${s.listed===!1&&s.id!==t.id&&l`<p class="notice">${n("person.unlisted",{name:s.display_name})}</p>`}
      <section aria-labelledby="about-title" class="card">
        <h2 id="about-title">${n("person.about")}</h2>
        <dl class="facts">
          <dt>${n("person.role")}</dt>
          <dd>${P("role",s.role)}</dd>
          ${s.organisation_id&&l`<dt>${n("person.organisation")}</dt><dd><${gt} id=${s.organisation_id} /></dd>`}
          ${s.stakeholder_group&&l`<dt>${n("field.stakeholder_group")}</dt><dd>${P("stakeholder",s.stakeholder_group)}</dd>`}
          ${s.parliamentarian&&l`<dt>${n("person.parliamentarian")}</dt><dd>${n("person.yes")}</dd>`}
          ${s.region&&l`<dt>${n("field.region")}</dt><dd>${P("region",s.region)}</dd>`}
          ${s.country&&l`<dt>${n("field.country")}</dt><dd>${Te(s.country)}</dd>`}
          ${s.youth&&l`<dt>${n("person.youth")}</dt><dd>${n("person.yes")}</dd>`}
          ${s.languages?.length>0&&l`<dt>${n("person.languages")}</dt><dd>${s.languages.map(ee).join(", ")}</dd>`}
          ${s.time_zone&&l`<dt>${n("field.time_zone")}</dt>
            <dd>${n("person.time_zone",{zone:s.time_zone.replaceAll("_"," "),time:d})}</dd>`}
          ${s.created_at&&l`<dt>${n("person.registered")}</dt><dd>${A(s.created_at,o,{dateStyle:"long"})}</dd>`}
        </dl>
      </section>
      ${s.listed!==!1&&l`<section aria-labelledby="interests-title" class="card">
        <h2 id="interests-title">${n("person.interests")}</h2>
        ${s.themes.length===0&&s.tags.length===0&&!s.expertise&&l`<p class="muted">${n("person.no_interests")}</p>`}
        ${s.themes.length>0&&l`<h3>${n("person.themes")}</h3>
          <ul class="tags">
            ${s.themes.map(m=>l`<li key=${m}>${P("theme",m)}</li>`)}
          </ul>`}
        ${s.tags.length>0&&l`<h3>${n("field.tags")}</h3>
          <ul class="tags">
            ${s.tags.map(m=>l`<li key=${m}>${m}</li>`)}
          </ul>`}
        ${s.expertise&&l`<h3>${n("field.expertise")}</h3><p class="expertise">${s.expertise}</p>`}
      </section>`}
      <p><a href="/people">${n("person.back")}</a></p>
    `}return l`<${M} title=${c} figure=${a}>${r}<//>`}var uc={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},mc={hour:"numeric",minute:"2-digit"};function bt(e){return e.open?e.open_now?"open":"between":"closed"}function zo(e,t,o){let i=bt(e);return i==="closed"?n("booth.closed_note"):t?i==="open"?n("booth.open_until",{time:A(t.ends_at,o,mc)}):n("booth.opens_at",{when:A(t.starts_at,o,uc)}):n("booth.no_opening")}function Do({b:e}){let t=bt(e);return l`<span class=${"booth-state booth-state-"+t}><span class="dot" aria-hidden="true"></span>${n("booth.state."+t)}</span>`}function ts({b:e}){return l`<p class="figures">
    <span>${n("booth.visitors_now",{count:e.visitors_now||0})}</span>
    <span>${n("booth.staff_online",{count:e.staff_online||0})}</span>
  </p>`}var os=20,ns=100,is=["q","theme","language","region","kind","open_now"],pc=["list","overview"],Zn=e=>Ee(e,is),fc=e=>new URLSearchParams(e).get("view")==="overview"?"overview":"list",rs=e=>"/booths/"+encodeURIComponent(e);function hc({b:e,zone:t}){return l`<li class="result booth-card" data-booth-id=${e.id}>
    <${V} id=${e.organisation_id} name=${e.title} size="m" square />
    <div class="result-body">
      <div class="result-head">
        <h3 dir="auto"><a href=${rs(e.id)}>${e.title}</a></h3>
        <${Do} b=${e} />
      </div>
      <p>${[P("kind",e.kind),P("region",e.region)].filter(Boolean).join(" · ")}</p>
      <p class="opening">${zo(e,e.next_opening,t)}</p>
      ${e.themes.length>0&&l`<ul class="tags" aria-label=${n("directory.themes")}>
        ${e.themes.map(o=>l`<li key=${o}>${P("theme",o)}</li>`)}
      </ul>`}
      ${e.languages.length>0&&l`<p>${n("village.languages",{languages:e.languages.map(ee).join(", ")})}</p>`}
      <${ts} b=${e} />
    </div>
  </li>`}function gc({items:e,kinds:t,busy:o}){let i=new Map;for(let r of e)i.has(r.kind)||i.set(r.kind,[]),i.get(r.kind).push(r);let s=[...t.filter(r=>i.has(r)),...[...i.keys()].filter(r=>!t.includes(r))];return l`<div class="districts" aria-busy=${o?"true":void 0}>
    ${s.map((r,a)=>{let c=i.get(r),d=c.filter(m=>bt(m)==="open").length;return l`<section class=${"district district-"+a%6} aria-labelledby=${"district-"+r} key=${r} data-kind=${r}>
        <h3 id=${"district-"+r}>${P("kind",r)} <span class="district-count">${n("village.district_count",{count:c.length,open:d})}</span></h3>
        <ul class="plots">
          ${c.map(m=>l`<li key=${m.id}>
              <a class=${"plot plot-"+bt(m)} href=${rs(m.id)} data-booth-id=${m.id}>
                <span class="dot" aria-hidden="true"></span>
                <span class="plot-title" dir="auto">${m.title}</span>
                <span class="visually-hidden">, ${n("booth.state."+bt(m))}</span>
              </a>
            </li>`)}
        </ul>
      </section>`})}
  </div>`}function bc({view:e}){let t=o=>()=>Oe({...Zn(te.value),offset:void 0,view:o==="list"?void 0:o});return l`<div class="view-switch" role="group" aria-label=${n("village.view")}>
    ${pc.map(o=>l`<button type="button" key=${o} aria-pressed=${e===o?"true":"false"} onClick=${t(o)}>${n("village.view."+o)}</button>`)}
  </div>`}function ss(){let t=B.value?.time_zone,o=E(le),i=J(Zn(te.value)),s=te.value,r=fc(s),a=E(()=>{let{offset:h,...f}=Zn(s),p=r==="overview";return C("/api/booths"+Re({...f,offset:!p&&h||void 0,limit:p?ns:os}))},[s]),c=pt({form:i,names:is,search:s,results:a,keep:{view:r==="list"?void 0:r}}),d={q:n("village.q"),theme:n("field.theme"),language:n("village.language"),region:n("field.region"),kind:n("field.kind"),open_now:n("village.open_now"),offset:n("directory.page"),limit:n("directory.page")},m=o.data||{themes:[],regions:[],organisation_kinds:[]},u=a.data;return l`<${M} title=${n("village.title")} intro=${n("village.intro")} wide>
    ${o.error&&l`<${R} error=${o.error} retry=${o.reload} />`}
    <${ft} form=${i} labels=${d} filters=${c}>
      <${z} form=${i} name="q" label=${d.q} type="search" hint=${n("village.q_hint")} />
      <${U} form=${i} name="theme" label=${d.theme} options=${W("theme",m.themes)} placeholder=${n("directory.any")} />
      <${U} form=${i} name="language" label=${d.language} options=${je()} placeholder=${n("directory.any")} />
      <${U} form=${i} name="region" label=${d.region} options=${W("region",m.regions)} placeholder=${n("directory.any")} />
      <${U} form=${i} name="kind" label=${d.kind} options=${W("kind",m.organisation_kinds)} placeholder=${n("directory.any")} />
      <${U}
        form=${i}
        name="open_now"
        label=${d.open_now}
        options=${[["true",n("village.open_now_only")],["false",n("village.open_now_not")]]}
        placeholder=${n("directory.any")}
      />
    <//>
    <${bc} view=${r} />
    <${ht} results=${a} filters=${c} limit=${r==="overview"?ns:os} count=${h=>n("village.count",{count:h})}>
      ${r==="overview"?l`<${gc} items=${u?.items||[]} kinds=${m.organisation_kinds} busy=${a.loading} />`:l`<ul class="results" aria-busy=${a.loading?"true":void 0}>
            ${u?.items.map(h=>l`<${hc} key=${h.id} b=${h} zone=${t} />`)}
          </ul>`}
    <//>
  <//>`}var as=["title","description","themes","languages","links","time_zone","hours"],$c=["kind","stakeholder_group","region"];function ls(e){return{title:e.title,description:e.description,themes:e.themes,languages:e.languages,links:e.links.map(t=>({title:t.title,url:t.url})),time_zone:e.time_zone,hours:e.hours.map(t=>({date:t.date,opens:t.opens,closes:t.closes})),kind:e.kind,stakeholder_group:e.stakeholder_group,region:e.region}}function cs({form:e,name:t,legend:o,hint:i,columns:s,blank:r,addLabel:a,removeLabel:c}){let d="f-"+t,m=e.errors[t],u=e.values[t]||[],h=(g,b,v)=>e.set(t,u.map((_,y)=>y===g?{..._,[b]:v}:_)),f=L(!1),p=L(null);return T(()=>{f.current&&(f.current=!1,p.current?.querySelector("li:last-child input")?.focus())},[u.length]),l`<fieldset id=${d} class=${"field rows"+(m?" has-error":"")} aria-describedby=${Fe(d,i,m)} aria-invalid=${m?"true":void 0} tabindex="-1">
    <legend>${o}</legend>
    ${i&&l`<p class="hint" id=${d+"-hint"}>${i}</p>`}
    <${qe} id=${d} error=${m} />
    <ol class="row-list" ref=${p}>
      ${u.map((g,b)=>l`<li key=${b} class="row">
          ${s.map(v=>l`<div class="field" key=${v.key}>
              <label for=${`${d}-${b}-${v.key}`}>${v.label(b+1)}</label>
              <input
                id=${`${d}-${b}-${v.key}`}
                type=${v.type||"text"}
                value=${g[v.key]}
                placeholder=${v.placeholder}
                maxLength=${v.maxLength}
                inputMode=${v.inputMode}
                dir=${v.dir}
                onInput=${_=>h(b,v.key,_.currentTarget.value)}
              />
            </div>`)}
          <button type="button" class="small" onClick=${()=>e.set(t,u.filter((v,_)=>_!==b))}>${c(b+1)}</button>
        </li>`)}
    </ol>
    <p>
      <button
        type="button"
        class="small"
        onClick=${()=>{f.current=!0,e.set(t,[...u,{...r}])}}
      >
        ${a}
      </button>
    </p>
  </fieldset>`}function yc({b:e,onSaved:t}){let[o,i]=$(!1),s=async()=>{if(!o){i(!0);try{let r=await Z("/api/booths/"+encodeURIComponent(e.id)+(e.open?"/close":"/open"));t(r),x(r.open?n("booth.edit.opened"):n("booth.edit.closed"))}catch(r){x(n(r?.code?"error."+r.code:"error.internal"),{kind:"error"})}finally{i(!1)}}};return l`<div class="open-switch">
    <p>${e.open?n("booth.edit.is_open"):n("booth.edit.is_closed")}</p>
    <button type="button" class=${e.open?"danger":"primary"} aria-disabled=${o?"true":void 0} onClick=${s}>
      ${e.open?n("booth.edit.close"):n("booth.edit.open")}
    </button>
  </div>`}function ds({b:e,me:t,onSaved:o}){let i=t.role==="secretariat",s=E(le),[r,a]=$(!1),c=J(ls(e),{draft:"booth."+e.id}),d=s.data||{themes:[],regions:[],stakeholder_groups:[],organisation_kinds:[]},m={title:n("booth.edit.title_field"),description:n("field.description"),themes:n("field.themes"),languages:n("booth.edit.languages"),links:n("booth.materials"),time_zone:n("field.time_zone"),hours:n("booth.hours"),kind:n("field.kind"),stakeholder_group:n("field.stakeholder_group"),region:n("field.region")},u=c.submit(async h=>{let f={};for(let g of i?[...as,...$c]:as)f[g]=typeof h[g]=="string"?h[g].trim():h[g];f.links=h.links.map(g=>({title:g.title.trim(),url:g.url.trim()})),f.hours=h.hours.map(g=>({date:g.date.trim(),opens:g.opens.trim(),closes:g.closes.trim()}));let p=await He("/api/booths/"+encodeURIComponent(e.id),f);c.clearDraft(),c.setAll(ls(p)),o(p),x(n("booth.edit.saved"))},void 0,{keys:{description:"booth.edit.description_invalid"}});return l`<section aria-labelledby="edit-title" class="card booth-edit">
    <div class="section-head">
      <h2 id="edit-title">${n("booth.edit")}</h2>
      <button type="button" aria-expanded=${r?"true":"false"} aria-controls="booth-edit-body" onClick=${()=>a(!r)}>
        ${r?n("booth.edit.hide"):n("booth.edit.show")}
      </button>
    </div>
    <div id="booth-edit-body" hidden=${!r}>
      ${i&&l`<${yc} b=${e} onSaved=${o} />`}
      ${r&&l`<form class="form" onSubmit=${u} novalidate aria-labelledby="edit-title">
        <${oe} form=${c} labels=${m} id="booth-errors" />
        <${z} form=${c} name="title" label=${m.title} maxLength=${120} required />
        <${z} form=${c} name="description" label=${m.description} hint=${n("booth.edit.description_hint")} multiline rows=${10} maxLength=${5e3} />
        ${i&&l`<div class="filters">
          <${U} form=${c} name="kind" label=${m.kind} options=${W("kind",d.organisation_kinds)} required />
          <${U} form=${c} name="stakeholder_group" label=${m.stakeholder_group} options=${W("stakeholder",d.stakeholder_groups)} required />
          <${U} form=${c} name="region" label=${m.region} options=${W("region",d.regions)} required />
        </div>`}
        <${ut} form=${c} name="themes" legend=${m.themes} options=${W("theme",d.themes)} />
        <${Bo} form=${c} name="languages" label=${m.languages} hint=${n("booth.edit.languages_hint")} options=${Wn(c.values.languages)} />
        <${cs}
          form=${c}
          name="links"
          legend=${m.links}
          hint=${n("booth.edit.links_hint")}
          blank=${{title:"",url:""}}
          columns=${[{key:"title",label:h=>n("booth.edit.link_title",{n:h}),maxLength:120},{key:"url",label:h=>n("booth.edit.link_url",{n:h}),type:"url",placeholder:"https://",maxLength:500,dir:"ltr"}]}
          addLabel=${n("booth.edit.link_add")}
          removeLabel=${h=>n("booth.edit.link_remove",{n:h})}
        />
        <${Yn} form=${c} label=${n("booth.edit.time_zone")} />
        <${cs}
          form=${c}
          name="hours"
          legend=${m.hours}
          hint=${n("booth.edit.hours_hint")}
          blank=${{date:"",opens:"09:00",closes:"13:00"}}
          columns=${[{key:"date",label:h=>n("booth.edit.hours_date",{n:h}),type:"date",dir:"ltr"},{key:"opens",label:h=>n("booth.edit.hours_opens",{n:h}),placeholder:"09:00",maxLength:5,dir:"ltr"},{key:"closes",label:h=>n("booth.edit.hours_closes",{n:h}),placeholder:"13:00",maxLength:5,dir:"ltr"}]}
          addLabel=${n("booth.edit.hours_add")}
          removeLabel=${h=>n("booth.edit.hours_remove",{n:h})}
        />
        <div class="actions">
          <${re} form=${c} label=${n("booth.edit.save")} busyLabel=${n("profile.saving")} />
        </div>
      </form>`}
    </div>
  </section>`}var vc={hour:"numeric",minute:"2-digit"},_c={day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},us=2e3,ms={year:"numeric",month:"2-digit",day:"2-digit"};function wc(e,t){let o=A(new Date().toISOString(),t,ms)===A(e,t,ms);return A(e,t,o?vc:_c)}function kc({m:e,zone:t}){return l`<li class="chat-msg" key=${e.seq}>
    <${V} id=${e.from.id} name=${e.from.name} photo=${e.from.photo_url} />
    <div class="chat-body">
      <p class="chat-meta"><strong dir="auto">${e.from.name}</strong> <time class="muted" datetime=${e.at}>${wc(e.at,t)}</time></p>
      ${e.deleted?l`<p class="chat-text chat-removed muted">${n("chat.removed")}</p>`:l`<p class="chat-text" dir="auto">${e.text}</p>`}
    </div>
  </li>`}function $t({view:e,id:t="chat",title:o}){let i=B.value?.time_zone,s=e.log.value,[r,a]=$(""),[c,d]=$(null),[m,u]=$([]),[h,f]=$(!1),p=L(null),g=L(!0),b=s.length?s[s.length-1].seq:0;Hi(()=>{let S=p.current;S&&g.current&&(S.scrollTop=S.scrollHeight)},[b]),T(()=>{let S=p.current;if(!S)return;let G=()=>g.current=S.scrollHeight-S.scrollTop-S.clientHeight<40;return S.addEventListener("scroll",G,{passive:!0}),()=>S.removeEventListener("scroll",G)},[]);async function v(){let S=p.current,G=S.scrollHeight;f(!0);try{await e.earlier(50),requestAnimationFrame(()=>S.scrollTop+=S.scrollHeight-G)}catch{d(n("chat.failed"))}finally{f(!1)}}async function _(S){S.preventDefault();let G=r.trim(),H=[...G].length;if(H===0){d(n("chat.empty"));return}if(H>us){d(n("chat.too_long",{max:us}));return}d(null),a("");let F={key:xo(),text:G};u(pe=>[...pe,F]),g.current=!0;try{await e.send(G,F.key)}catch(pe){a(I=>I||G),d(pe.code==="muted"||pe.code==="validation_failed"?pe.message:n("chat.failed"))}finally{u(pe=>pe.filter(I=>I!==F))}}let y=s[0]?.seq,w=new Set(s.map(S=>S.client_id).filter(Boolean)),k=m.filter(S=>!w.has(S.key));return l`<section class="chat" aria-labelledby=${t+"-title"}>
    <h3 id=${t+"-title"}>${o||n("chat.title")}</h3>
    <div class="chat-scroll" ref=${p} tabindex="0" role="region" aria-labelledby=${t+"-title"}>
      ${y>1&&l`<p class="chat-earlier"><button type="button" class="link-button" onClick=${v} disabled=${h}>${n("chat.earlier")}</button></p>`}
      ${s.length===0&&l`<p class="muted chat-empty">${n("chat.none")}</p>`}
      <div role="log" aria-live="polite" aria-relevant="additions">
        <ol class="chat-list">
          ${s.map(S=>l`<${kc} key=${S.seq} m=${S} zone=${i} />`)}
        </ol>
      </div>
      ${k.length>0&&l`<ul class="chat-list chat-pending" aria-hidden="true">
        ${k.map(S=>l`<li key=${S.key} class="chat-msg muted"><p class="chat-pending-text" dir="auto">${S.text} · ${n("chat.sending")}</p></li>`)}
      </ul>`}
    </div>
    <form class="chat-form" onSubmit=${_} novalidate>
      <label for=${t+"-text"}>${n("chat.label")}</label>
      <div class="chat-row">
        <textarea id=${t+"-text"} rows="2" dir="auto" value=${r} aria-describedby=${t+"-error"}
          aria-invalid=${c?"true":void 0}
          onInput=${S=>a(S.currentTarget.value)}
          onKeyDown=${S=>{S.key==="Enter"&&!S.shiftKey&&!S.isComposing&&_(S)}}></textarea>
        <button type="submit">${n("chat.send")}</button>
      </div>
      <p id=${t+"-error"} class="chat-error field-error" role="status">${c||""}</p>
    </form>
  </section>`}var Gt=D({}),Jn=new Map,Xn=0;function yt(e,t){Xn++;let o={...Gt.value};t?o[e]=t:delete o[e],Gt.value=o}async function xc(){let e=Xn,t;try{t=await C("/api/me/knocks")}catch{return}if(Xn!==e)return;let o={};for(let[i,s]of Object.entries(Gt.peek()))s.declined!==void 0&&(o[i]=s);for(let i of t.items||[])o[i.booth]={position:i.position,ahead:i.ahead};Gt.value=o}lt("knock.position",e=>e?.booth&&yt(e.booth,{position:e.position,ahead:e.ahead}));lt("knock.declined",e=>e?.booth&&yt(e.booth,{declined:e.message||""}));lt("knock.taken",e=>{if(!e?.room?.startsWith("talk:"))return;yt(e.booth,null);let t=e.room.slice(5);Jn.set(t,{booth:e.booth,staff:e.staff}),x(n("knock.taken",{name:e.staff?.name||""}),{kind:"ok"}),$e("/talk/"+encodeURIComponent(t))});function ps({booth:e,slots:t}){let o=Gt.value[e],[i,s]=$(""),[r,a]=$(null),[c,d]=$(!1),m=o&&o.position;T(()=>ce(()=>{me.value==="connected"&&Se(xc)}),[]);async function u(g){g.preventDefault(),d(!0),a(null);try{let b=i.trim(),v=await ue("knock.ask",b?{text:b}:void 0,"booth:"+e);yt(e,{position:v.position,ahead:v.ahead})}catch(b){a(b)}finally{d(!1)}}async function h(){d(!0),a(null);try{await ue("knock.withdraw",{booth:e}),yt(e,null)}catch(g){g.code==="not_found"?yt(e,null):a(g)}finally{d(!1)}}let f="";r&&(f=["booth_closed","booth_unstaffed","conflict","validation_failed","muted"].includes(r.code)?r.message:n("knock.failed"));let p=r&&(r.code==="booth_closed"||r.code==="booth_unstaffed");return l`<section class="knock" aria-labelledby="knock-title">
    <h3 id="knock-title">${n("knock.title")}</h3>
    ${m?l`<p class="knock-position"><strong>${n("knock.position",{position:o.position})}</strong></p>
          <button type="button" onClick=${h} disabled=${c}>${n("knock.withdraw")}</button>`:l`<form onSubmit=${u} class="knock-form" novalidate>
          <label for="knock-text">${n("knock.text")}</label>
          <input id="knock-text" type="text" maxlength="200" dir="auto" value=${i} onInput=${g=>s(g.currentTarget.value)} />
          <button type="submit" disabled=${c}>${n("knock.ask")}</button>
        </form>`}
    <div class="knock-status" role="status">
      ${o&&o.declined!==void 0&&l`<p>${n("knock.declined")}${o.declined&&l` <q dir="auto">${o.declined}</q>`}</p>`}
      ${f&&l`<p class="field-error">${f}${p&&l` <a href=${"#"+t}>${n("knock.see_slots")}</a>`}</p>`}
    </div>
  </section>`}function Sc(e,t){return e.role==="staff"&&e.organisation_id===t.organisation_id}function fs({b:e,me:t,slots:o}){let i=_e("booth:"+e.id),r=i.members.value.filter(m=>Sc(m,e)),a=Math.max(0,i.count.value-r.length),c=i.state.value?.announcement||"",d=t&&t.role==="staff"&&t.organisation_id===e.organisation_id;return i.refused.value?l`<div class="notice notice-error" role="alert"><p>${n("boothroom.refused")}</p></div>`:l`<div class="boothroom">
    <div class="announcement" role="status" aria-live="polite">
      ${c&&l`<p><strong>${n("boothroom.announcement")}</strong> <span dir="auto">${c}</span></p>`}
    </div>
    <section aria-labelledby="here-title" class="here">
      <h3 id="here-title">${n("boothroom.here")}</h3>
      <p class="here-count">${n("booth.visitors_now",{count:a})}</p>
      ${r.length===0?l`<p class="muted">${n("booth.staff_online",{count:0})}</p>`:l`<ul class="staff-online" aria-label=${n("booth.staff_online",{count:r.length})}>
            ${r.map(m=>l`<li key=${m.id}><${V} id=${m.id} name=${m.name} photo=${m.photo_url} /> <span dir="auto">${m.name}</span></li>`)}
          </ul>`}
    </section>
    ${!d&&l`<${ps} booth=${e.id} slots=${o} />`}
    <${$t} view=${i} id="booth-chat" />
  </div>`}var vt={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"};function hs({b:e,me:t,id:o="slots"}){let i=t?.time_zone,s=E(()=>C("/api/booths/"+encodeURIComponent(e.id)+"/slots?limit=100"),[e.id]),[r,a]=$(null),[c,d]=$(null),m=t&&t.role==="staff"&&t.organisation_id===e.organisation_id;async function u(f){d(f.id),a(null);try{await Z("/api/bookings",{slot_id:f.id}),a({ok:!0,text:n("slots.booked",{when:A(f.starts_at,i,vt)})}),s.reload()}catch(p){a({ok:!1,text:n(["taken","overlaps","gone","not_found","forbidden"].includes(p.code)?"slots.error."+p.code:"error.internal")}),s.reload()}finally{d(null)}}let h=(s.data?.items||[]).filter(f=>!f.booked);return l`<section aria-labelledby=${o+"-title"} class="card slots" id=${o} tabindex="-1">
    <h2 id=${o+"-title"}>${n("slots.title")}</h2>
    <p class="muted">${n("slots.intro")}</p>
    ${s.error&&!s.data?l`<${R} error=${s.error} retry=${s.reload} />`:s.data?h.length===0?l`<p>${n("slots.none")}</p>`:l`<ul class="slot-list">
              ${h.map(f=>l`<li key=${f.id}>
                  <span><strong>${A(f.starts_at,i,vt)}</strong> · ${n("slots.minutes",{minutes:f.minutes})} · ${ee(f.language)} · <span dir="auto">${f.staff.name}</span></span>
                  ${!m&&l`<button type="button" onClick=${()=>u(f)} disabled=${c!==null}
                    aria-label=${n("slots.book_named",{when:A(f.starts_at,i,vt)})}>${n("slots.book")}</button>`}
                </li>`)}
            </ul>`:l`<${N} />`}
    <div role="status" class="slots-status">
      ${r&&l`<p class=${r.ok?"ok":"field-error"}>${r.text}${r.ok&&l` <a href="/schedule">${n("nav.schedule")}</a>`}</p>`}
    </div>
  </section>`}var bs={name:"lead.name",email:"field.email",organisation:"person.organisation",stakeholder_group:"field.stakeholder_group",country:"field.country",languages:"person.languages"};function Tc(e,t){let o=t[e];switch(e){case"stakeholder_group":return P("stakeholder",o);case"country":return o?Te(o):"";case"languages":return(o||[]).map(ee).join(", ");default:return o||""}}function gs({fields:e,contact:t,note:o}){return l`<dl class="facts">
    ${e.map(i=>l`<dt>${n(bs[i]||i)}</dt><dd dir="auto">${Tc(i,t)||"—"}</dd>`)}
    ${o&&l`<dt>${n("lead.note")}</dt><dd dir="auto">${o}</dd>`}
  </dl>`}function $s({b:e,zone:t}){let o=E(()=>C("/api/me/leads"),[e.id]),[i,s]=$(null),[r,a]=$(""),[c,d]=$(!1),[m,u]=$(null),[h,f]=$(!1),p=o.data?.items.find(y=>y.booth_id===e.id);async function g(){u(null),f(!0);try{s(await C("/api/booths/"+encodeURIComponent(e.id)+"/lead-preview")),d(!1)}catch(y){u({ok:!1,text:n(y.code==="forbidden"?"lead.own":"error.internal")})}finally{f(!1)}}async function b(y){if(y.preventDefault(),!c){u({ok:!1,text:n("lead.agree_first")});return}f(!0),u(null);try{let w={consent:i.consent};r.trim()&&(w.note=r.trim());let k=await Z("/api/booths/"+encodeURIComponent(e.id)+"/leads",w);o.set(S=>({items:[k,...S?.items||[]]})),s(null),a(""),u({ok:!0,text:n("lead.left")})}catch(w){w.code==="validation_failed"&&w.fields?.consent?(await g(),u({ok:!1,text:n("lead.changed")})):w.code==="validation_failed"&&w.fields?.note?u({ok:!1,text:w.fields.note}):w.code==="conflict"?(o.reload(),u({ok:!1,text:n("lead.already")})):u({ok:!1,text:n("error.internal")})}finally{f(!1)}}async function v(){f(!0);try{await se("/api/me/leads/"+encodeURIComponent(e.id)),o.set(y=>({items:y.items.filter(w=>w.booth_id!==e.id)})),u({ok:!0,text:n("lead.withdrawn")})}catch{u({ok:!1,text:n("error.internal")})}finally{f(!1)}}let _;return o.error&&!o.data?_=l`<${R} error=${o.error} retry=${o.reload} />`:o.data?p?_=l`<p>${n("lead.you_left",{when:A(p.consented_at,t)})}</p>
      <${gs} fields=${Object.keys(bs).filter(y=>p.contact[y]&&(y!=="languages"||p.contact[y].length))} contact=${p.contact} note=${p.note} />
      <button type="button" onClick=${v} disabled=${h}>${n("lead.withdraw")}</button>`:i?_=l`<form onSubmit=${b} novalidate>
      <p>${n("lead.exactly",{booth:e.title})}</p>
      <${gs} fields=${i.fields} contact=${i.contact} />
      <div class="field">
        <label for="lead-note">${n("lead.note")}</label>
        <textarea id="lead-note" rows="2" maxlength="500" dir="auto" value=${r} onInput=${y=>a(y.currentTarget.value)}></textarea>
      </div>
      <div class="field check">
        <input id="lead-consent" type="checkbox" checked=${c} onChange=${y=>d(y.currentTarget.checked)} />
        <label for="lead-consent">${n("lead.consent",{booth:e.title})}</label>
      </div>
      <p class="lead-actions">
        <button type="submit" class="primary" disabled=${h}>${n("lead.send")}</button>
        <button type="button" onClick=${()=>s(null)}>${n("lead.not_now")}</button>
      </p>
    </form>`:_=l`<p>${n("lead.intro")}</p><button type="button" onClick=${g} disabled=${h}>${n("lead.preview")}</button>`:_=l`<${N} />`,l`<section class="card" aria-labelledby="lead-title">
    <h2 id="lead-title">${n("lead.title")}</h2>
    ${_}
    <div role="status" class="slots-status">${m&&l`<p class=${m.ok?"ok":"field-error"}>${m.text}</p>`}</div>
  </section>`}function ys({zone:e}){let t=E(()=>C("/api/me/leads"),[]),[o,i]=$(null);async function s(a){try{await se("/api/me/leads/"+encodeURIComponent(a.booth_id)),t.set(c=>({items:c.items.filter(d=>d.booth_id!==a.booth_id)})),i(n("lead.withdrawn"))}catch{i(n("error.internal"))}}let r=t.data?.items||[];return l`<section class="card" aria-labelledby="myleads-title">
    <h2 id="myleads-title">${n("lead.mine")}</h2>
    ${t.error&&!t.data?l`<${R} error=${t.error} retry=${t.reload} />`:t.data?r.length===0?l`<p class="muted">${n("lead.none")}</p>`:l`<ul class="slot-list">
              ${r.map(a=>l`<li key=${a.booth_id}>
                  <span><a href=${"/booths/"+encodeURIComponent(a.booth_id)} dir="auto">${a.booth_title}</a> · <span class="muted">${A(a.consented_at,e)}</span></span>
                  <button type="button" onClick=${()=>s(a)} aria-label=${n("lead.withdraw_named",{booth:a.booth_title})}>${n("lead.withdraw")}</button>
                </li>`)}
            </ul>`:l`<${N} />`}
    <p role="status" class="slots-status">${o||""}</p>
  </section>`}var Ec={weekday:"long",day:"numeric",month:"long"},Kn={year:"numeric",month:"2-digit",day:"2-digit"};function Cc(e,t){return e&&(e.role==="secretariat"||e.role==="staff"&&e.organisation_id===t.organisation_id)}function Ic(e,t){return e.hours.find(o=>new Date(o.ends_at)>t)||null}function Ac(e,t){let o=new Date(e.starts_at),i=new Date(e.ends_at),r=A(e.starts_at,t,Kn)===A(new Date(i-1).toISOString(),t,Kn)?{hour:"numeric",minute:"2-digit"}:{weekday:"short",hour:"numeric",minute:"2-digit"};try{return new Intl.DateTimeFormat(Y.value,{...r,timeZone:t||be()}).formatRange(o,i)}catch{return A(e.starts_at,t,r)+" – "+A(e.ends_at,t,r)}}function Pc({b:e,zone:t,now:o}){let i=e.hours.filter(c=>new Date(c.ends_at)>o),s=t||be(),r=e.time_zone!==s,a=[];for(let c of i){let d=A(c.starts_at,t,Kn);(a.length===0||a[a.length-1].key!==d)&&a.push({key:d,label:A(c.starts_at,t,Ec),hours:[]}),a[a.length-1].hours.push(c)}return l`<section aria-labelledby="hours-title" class="card">
    <h2 id="hours-title">${n("booth.hours")}</h2>
    <p class="muted">${n("booth.hours_zone",{zone:s.replaceAll("_"," ")})}</p>
    ${a.length===0?l`<p>${n("booth.no_opening")}</p>`:l`<ul class="hours">
          ${a.map(c=>l`<li key=${c.key}>
              <span class="hours-day">${c.label}</span>
              <ul>
                ${c.hours.map(d=>{let m=new Date(d.starts_at)<=o;return l`<li key=${d.starts_at} class=${m?"hours-now":void 0}>
                    <span class="hours-range">${Ac(d,t)}</span>
                    ${m&&l` <strong class="hours-on">${n("booth.hours_now")}</strong>`}
                    ${r&&l` <span class="muted">${n("booth.hours_there",{time:"⁦"+d.opens+"–"+d.closes+"⁩"})}</span>`}
                  </li>`})}
              </ul>
            </li>`)}
        </ul>`}
  </section>`}function Hc({links:e}){let t=e.filter(o=>/^https:\/\//i.test(o.url));return t.length===0?null:l`<section aria-labelledby="materials-title" class="card">
    <h2 id="materials-title">${n("booth.materials")}</h2>
    <ul class="link-list materials">
      ${t.map((o,i)=>l`<li key=${i}>
          <a href=${o.url} target="_blank" rel="noopener noreferrer" dir="auto">${o.title}<span class="visually-hidden"> (${n("common.new_tab")})</span> <${Ge} name="external" /></a>
          <span class="muted link-host">${Lc(o.url)}</span>
        </li>`)}
    </ul>
  </section>`}function Lc(e){try{return new URL(e).host}catch{return""}}function Bc({b:e,zone:t,now:o,me:i}){let s=A(o.toISOString(),e.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"});return l`<aside aria-labelledby="visit-title" class="card booth-visit">
    <h2 id="visit-title">${n("booth.visit")}</h2>
    <p><${Do} b=${e} /></p>
    <p class="opening">${zo(e,Ic(e,o),t)}</p>
    <p class="muted">${n("booth.local_time",{time:s,zone:e.time_zone.replaceAll("_"," ")})}</p>
    <${fs} key=${e.id} b=${e} me=${i} slots="slots" />
  </aside>`}function vs({id:e}){let t=B.value,o=t?.time_zone,i=E(()=>C("/api/booths/"+encodeURIComponent(e)),[e]),[s]=$(()=>new Date),r=i.data,a=n("booth.title"),c,d=l`<span class="avatar avatar-l avatar-square avatar-empty" aria-hidden="true"></span>`;if(i.error){let m=i.error instanceof q&&i.error.status===404;d=null,c=l`<div class="notice notice-error" role="alert">
      <p>${m?n("booth.not_found"):n(i.error.code?"error."+i.error.code:"error.internal")}</p>
      ${m?l`<p><a href="/village">${n("booth.back")}</a></p>`:l`<button type="button" onClick=${i.reload}>${n("common.retry")}</button>`}
    </div>`}else r?(a=r.title,d=l`<${V} id=${r.organisation_id} name=${r.title} size="l" square />`,c=l`<div class="booth-grid">
        <div class="booth-main">
          <section aria-labelledby="about-title" class="card">
            <h2 id="about-title">${n("booth.about")}</h2>
            ${r.description_html?l`<div class="markdown" dir="auto" dangerouslySetInnerHTML=${{__html:r.description_html}}></div>`:l`<p class="muted">${n("booth.no_description")}</p>`}
            <dl class="facts">
              <dt>${n("person.organisation")}</dt>
              <dd><${gt} id=${r.organisation_id} /></dd>
              <dt>${n("field.kind")}</dt>
              <dd>${P("kind",r.kind)}</dd>
              <dt>${n("field.region")}</dt>
              <dd>${P("region",r.region)}</dd>
              <dt>${n("field.stakeholder_group")}</dt>
              <dd>${P("stakeholder",r.stakeholder_group)}</dd>
              ${r.languages.length>0&&l`<dt>${n("person.languages")}</dt><dd>${r.languages.map(ee).join(", ")}</dd>`}
            </dl>
            ${r.themes.length>0&&l`<h3>${n("person.themes")}</h3>
              <ul class="tags">
                ${r.themes.map(m=>l`<li key=${m}>${P("theme",m)}</li>`)}
              </ul>`}
          </section>
          <${Pc} b=${r} zone=${o} now=${s} />
          <${Hc} links=${r.links} />
          ${!(t&&t.role==="staff"&&t.organisation_id===r.organisation_id)&&l`<${$s} key=${r.id} b=${r} zone=${o} />`}
          ${Cc(t,r)&&l`<${ds} b=${r} me=${t} onSaved=${m=>i.set(m)} />`}
        </div>
        <div class="booth-side">
          <${Bc} b=${r} zone=${o} now=${s} me=${t} />
          <${hs} b=${r} me=${t} id="slots" />
        </div>
      </div>
      <p><a href="/village">${n("booth.back")}</a></p>`):c=l`<div class="booth-placeholder"><${N} /></div>`;return l`<${M} title=${a} figure=${d} wide>${c}<//>`}function Oo({id:e,label:t,url:o,hint:i}){let s=L(null),[r,a]=$("");T(()=>{a(""),s.current?.focus(),s.current?.select()},[o]);let c=async()=>{try{await navigator.clipboard.writeText(o),a(n("link.copied"))}catch{s.current?.focus(),s.current?.select(),a(n("link.copy_failed"))}};return l`<div class="field linkbox">
    <label for=${e}>${t}</label>
    ${i&&l`<p class="hint" id=${e+"-hint"}>${i}</p>`}
    <div class="linkbox-row">
      <input id=${e} ref=${s} type="text" readonly value=${o} dir="ltr" spellcheck=${!1} aria-describedby=${i?e+"-hint":void 0} />
      <button type="button" onClick=${c}>${n("link.copy")}</button>
    </div>
    <p class="muted linkbox-status" role="status">${r}</p>
  </div>`}var Qn={name:"",kind:"",stakeholder_group:"",region:"",website:"",logo_url:"",description:""},ei=e=>[...String(e||"").trim()].length,Nc=e=>{try{let t=new URL(e);return(t.protocol==="http:"||t.protocol==="https:")&&!!t.host}catch{return!1}};function Rc({meta:e,onAdded:t}){let o=J(Qn,{draft:"organisation"}),i={name:n("field.name"),kind:n("field.kind"),stakeholder_group:n("field.stakeholder_group"),region:n("field.region"),website:n("field.website"),logo_url:n("field.logo_url"),description:n("field.description")},s=o.submit(async r=>{let a={};for(let d of Object.keys(Qn))a[d]=r[d].trim();let c=await Z("/api/organisations",a);o.setAll(Qn),o.clearDraft(),t(c)},r=>{let a=ve(r,["name","kind","stakeholder_group","region"]);!a.name&&ei(r.name)>120&&(a.name={key:"field.name.invalid"});for(let c of["website","logo_url"])r[c].trim()&&(!Nc(r[c].trim())||ei(r[c])>500)&&(a[c]={key:`field.${c}.invalid`});return ei(r.description)>2e3&&(a.description={key:"field.description.invalid"}),a});return l`<section aria-labelledby="add-title" class="card">
    <h2 id="add-title">${n("organisations.add_title")}</h2>
    <form class="form" onSubmit=${s} novalidate>
      <${oe} form=${o} labels=${i} id="add-errors" />
      <p class="muted">${n("form.required_note")}</p>
      <${z} form=${o} name="name" label=${i.name} autocomplete="organization" required />
      <div class="filters">
        <${U} form=${o} name="kind" label=${i.kind} options=${W("kind",e.organisation_kinds)} placeholder=${n("form.choose")} required />
        <${U}
          form=${o}
          name="stakeholder_group"
          label=${i.stakeholder_group}
          options=${W("stakeholder",e.stakeholder_groups)}
          placeholder=${n("form.choose")}
          required
        />
        <${U} form=${o} name="region" label=${i.region} options=${W("region",e.regions)} placeholder=${n("form.choose")} required />
      </div>
      <${z} form=${o} name="website" label=${i.website} hint=${n("field.website.hint")} type="url" inputMode="url" autocomplete="url" spellcheck=${!1} dir="ltr" />
      <${z} form=${o} name="logo_url" label=${i.logo_url} hint=${n("field.logo_url.hint")} type="url" inputMode="url" spellcheck=${!1} dir="ltr" />
      <${z} form=${o} name="description" label=${i.description} hint=${n("field.description.hint")} multiline rows=${4} />
      <div class="actions">
        <${re} form=${o} label=${n("organisations.add")} busyLabel=${n("organisations.adding")} />
      </div>
    </form>
  </section>`}function Mc({org:e,called:t,onInvite:o,onRemove:i,inviting:s}){let[r,a]=$(!1),[c,d]=$(!1),m=L(null),u=L(null),h=L(!1);T(()=>{r?m.current?.focus():h.current&&u.current?.focus(),h.current=r},[r]);let f=async()=>{if(!c){d(!0);try{await i(e)}catch{d(!1)}}};return l`<tr>
    <th scope="row"><span class="org-cell"><${V} id=${e.id} name=${e.name} photo=${e.logo_url} square />${e.name}</span></th>
    <td data-label=${n("field.kind")}>${P("kind",e.kind)}</td>
    <td data-label=${n("field.stakeholder_group")}>${P("stakeholder",e.stakeholder_group)}</td>
    <td data-label=${n("field.region")}>${P("region",e.region)}</td>
    <td class="url" data-label=${n("field.website")}>${e.website?l`<a href=${e.website} rel="noopener noreferrer" dir="ltr">${e.website.replace(/^https?:\/\//,"")}</a>`:l`<span class="muted">${n("organisations.no_website")}</span>`}</td>
    <td class="cell-actions">
      ${r?l`<div class="confirm" role="group" aria-label=${n("organisations.confirm_label",{name:t})}>
            <p>${n("organisations.confirm",{name:e.name})}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${m} onClick=${f} aria-disabled=${c?"true":void 0}>
                ${c?n("organisations.removing"):n("organisations.confirm_yes",{name:t})}
              </button>
              <button type="button" class="small" onClick=${()=>a(!1)}>${n("common.cancel")}</button>
            </div>
          </div>`:l`<div class="actions row-actions">
            <button type="button" class="small" onClick=${()=>o(e)} aria-disabled=${s?"true":void 0} aria-label=${n("organisations.invite_named",{name:t})}>
              ${n("organisations.invite")}
            </button>
            <button type="button" class="small danger" ref=${u} onClick=${()=>a(!0)} aria-label=${n("organisations.remove_named",{name:t})}>
              ${n("organisations.remove")}
            </button>
          </div>`}
    </td>
  </tr>`}function _s(){let e=E(le),t=E(()=>C("/api/organisations")),[o,i]=$(null),[s,r]=$(null),a=L(null),c=(g,b)=>Pe(g.name,b.name),d=g=>{t.set(b=>({items:[...b?.items||[],g].sort(c)})),x(n("organisations.added",{name:g.name}))},m=async g=>{if(!s){r(g.id);try{let b=await Z("/api/invitations",{role:"staff",organisation_id:g.id});i({url:b.url,name:g.name}),x(n("organisations.invited",{name:g.name}))}catch(b){x(n(b.code?"error."+b.code:"error.internal"),{kind:"error"})}finally{r(null)}}},u=async g=>{try{await se("/api/organisations/"+encodeURIComponent(g.id))}catch(b){if(b.status!==404)throw x(n(b.code?"error."+b.code:"error.internal"),{kind:"error"}),b}t.set(b=>({items:(b?.items||[]).filter(v=>v.id!==g.id)})),x(n("organisations.removed",{name:g.name})),a.current?.focus()},h=t.data?.items||[],f=new Map;for(let g of h)f.set(g.name,(f.get(g.name)||0)+1);let p=g=>f.get(g.name)>1?`${g.name} (${(g.website||g.id).replace(/^https?:\/\//,"")})`:g.name;return l`<${M} title=${n("organisations.title")} intro=${n("organisations.intro")} wide>
    ${e.error&&l`<${R} error=${e.error} retry=${e.reload} />`}
    <${Rc} meta=${e.data||{organisation_kinds:[],stakeholder_groups:[],regions:[]}} onAdded=${d} />
    ${o&&l`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${n("organisations.link_title",{name:o.name})}</h2>
      <${Oo} id="new-link" label=${n("organisations.link_label",{name:o.name})} hint=${n("link.hint")} url=${o.url} />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${a}>
        ${t.data?n("organisations.list_title_count",{count:h.length}):n("organisations.list_title")}
      </h2>
      ${t.error&&l`<${R} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&l`<${N} />`}
      ${t.data&&h.length===0&&l`<p>${n("organisations.empty")}</p>`}
      ${h.length>0&&l`<div class="table-wrap">
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
            ${h.map(g=>l`<${Mc} key=${g.id} org=${g} called=${p(g)} onInvite=${m} onRemove=${u} inviting=${s===g.id} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}var zc={role:"staff",organisation_id:"",note:"",ttl_days:"14"};function Dc(e){return e.used?"used":e.expired?"expired":"open"}function Oc(e,t){let o=A(e.redeemed_at,t);return e.redeemed_by?n("invitations.used_by",{name:e.redeemed_by.name,date:o}):n("invitations.used_on",{date:o})}function Uc({orgs:e,onCreated:t}){let o=J(zc),i={role:n("field.role"),organisation_id:n("field.organisation_id"),note:n("field.note"),ttl_days:n("field.ttl_days")},s=o.submit(async r=>{let a={role:r.role,note:r.note.trim(),ttl_hours:Number(r.ttl_days)*24};r.role==="staff"&&(a.organisation_id=r.organisation_id);let c;try{c=await Z("/api/invitations",a)}catch(d){throw d instanceof q&&d.fields&&d.fields.ttl_hours&&(d.fields={...d.fields,ttl_days:d.fields.ttl_hours},delete d.fields.ttl_hours),d}o.setAll({...r,note:""}),t(c)},r=>{let a=ve(r,r.role==="staff"?["role","organisation_id","ttl_days"]:["role","ttl_days"]);return!a.ttl_days&&!/^\s*\d+\s*$/.test(r.ttl_days)?a.ttl_days={key:"field.ttl_days.invalid"}:!a.ttl_days&&(Number(r.ttl_days)<1||Number(r.ttl_days)>90)&&(a.ttl_days={key:"field.ttl_days.invalid"}),[...r.note.trim()].length>200&&(a.note={key:"field.note.invalid"}),a});return l`<section aria-labelledby="create-title" class="card">
    <h2 id="create-title">${n("invitations.create_title")}</h2>
    <form class="form" onSubmit=${s} novalidate>
      <${oe} form=${o} labels=${i} id="create-errors" />
      <p class="muted">${n("form.required_note")}</p>
      <div class="filters">
        <${U}
          form=${o}
          name="role"
          label=${i.role}
          hint=${n("field.role.hint")}
          options=${[["staff",P("role","staff")],["secretariat",P("role","secretariat")]]}
          required
        />
        ${o.values.role==="staff"&&l`<${U}
          form=${o}
          name="organisation_id"
          label=${i.organisation_id}
          options=${e.map(r=>[r.id,r.name])}
          placeholder=${n("form.choose")}
          required
        />`}
      </div>
      <${z} form=${o} name="note" label=${i.note} hint=${n("field.note.hint")} />
      <${z} form=${o} name="ttl_days" label=${i.ttl_days} hint=${n("field.ttl_days.hint")} inputMode="numeric" required />
      <div class="actions">
        <${re} form=${o} label=${n("invitations.create")} busyLabel=${n("invitations.creating")} />
      </div>
    </form>
  </section>`}async function Fc(e){try{return await navigator.clipboard.writeText(e),!0}catch{return!1}}function qc({inv:e,what:t}){let[o,i]=$(!1),s=L(null);return T(()=>{o&&(s.current?.focus(),s.current?.select())},[o]),l`<button type="button" class="small" onClick=${async()=>{if(await Fc(e.url)){x(n("invitations.copied",{what:t}));return}o&&(s.current?.focus(),s.current?.select()),i(!0),x(n("link.copy_failed"),{kind:"error"})}} aria-label=${n("invitations.copy_named",{what:t})}>${n("link.copy")}</button>
    ${o&&l`<input
      type="text"
      class="row-link"
      ref=${s}
      readonly
      value=${e.url}
      dir="ltr"
      spellcheck=${!1}
      aria-label=${n("invitations.link_named",{what:t})}
      onFocus=${a=>a.currentTarget.select()}
    />`}`}function Gc({inv:e,orgName:t,zone:o,onWithdraw:i}){let[s,r]=$(!1),[a,c]=$(!1),d=L(null),m=L(null),u=L(!1);T(()=>{s?d.current?.focus():u.current&&m.current?.focus(),u.current=s},[s]);let h=Dc(e),f=A(e.created_at,o),p=t?n("invitations.what_org",{role:P("role",e.role),organisation:t,created:f}):n("invitations.what",{role:P("role",e.role),created:f}),g=async()=>{if(!a){c(!0);try{await i(e)}catch{c(!1)}}};return l`<tr>
    <th scope="row">${P("role",e.role)}</th>
    <td data-label=${n("field.organisation_id")}>${t||l`<span class="muted">${n("invitations.no_organisation")}</span>`}</td>
    <td dir="auto" data-label=${n("field.note")}>${e.note||""}</td>
    <td data-label=${n("invitations.created_at")}>${f}</td>
    <td data-label=${n("invitations.expires_at")}>${A(e.expires_at,o)}</td>
    <td data-label=${n("invitations.state")}>
      <span class=${"state state-"+h}>${n("invitations.state."+h)}</span>
      ${e.used&&e.redeemed_at&&l`<span class="used-by">${Oc(e,o)}</span>`}
    </td>
    <td class="cell-actions">
      ${s?l`<div class="confirm" role="group" aria-label=${n("invitations.confirm_label",{what:p})}>
            <p>${e.used?n("invitations.confirm_used"):n("invitations.confirm")}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${d} onClick=${g} aria-disabled=${a?"true":void 0}>
                ${a?n("invitations.withdrawing"):n("invitations.confirm_yes")}
              </button>
              <button type="button" class="small" onClick=${()=>r(!1)}>${n("common.cancel")}</button>
            </div>
          </div>`:l`<div class="actions row-actions">
            ${h==="open"&&e.url&&l`<${qc} inv=${e} what=${p} />`}
            <button type="button" class="small danger" ref=${m} onClick=${()=>r(!0)} aria-label=${n("invitations.withdraw_named",{what:p})}>
              ${n("invitations.withdraw")}
            </button>
          </div>`}
    </td>
  </tr>`}function ws(){let e=B.value?.time_zone,t=E(()=>C("/api/invitations")),o=E(()=>C("/api/organisations")),[i,s]=$(null),r=L(null),a=(o.data?.items||[]).slice().sort((f,p)=>Pe(f.name,p.name)),c=new Map(a.map(f=>[f.id,f.name])),d=f=>f.organisation_id?c.get(f.organisation_id)||n("invitations.organisation_removed"):"",m=f=>{t.set(p=>({items:[f,...p?.items||[]]})),s(f),x(n("invitations.created"))},u=async f=>{try{await se("/api/invitations/"+encodeURIComponent(f.id))}catch(p){if(p.status!==404)throw x(n(Dt(p).general?.key||"error.internal"),{kind:"error"}),p}t.set(p=>({items:(p?.items||[]).filter(g=>g.id!==f.id)})),i&&i.id===f.id&&s(null),x(n("invitations.withdrawn")),r.current?.focus()},h=t.data?.items||[];return l`<${M} title=${n("invitations.title")} intro=${n("invitations.intro")} wide>
    ${o.error&&l`<${R} error=${o.error} retry=${o.reload} />`}
    ${o.data?l`<${Uc} orgs=${a} onCreated=${m} />`:!o.error&&l`<${N} />`}
    ${i&&l`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${n("invitations.link_title")}</h2>
      <${Oo}
        id="new-link"
        label=${d(i)?n("invitations.link_label_org",{role:P("role",i.role),organisation:d(i)}):n("invitations.link_label",{role:P("role",i.role)})}
        hint=${n("link.hint_expires",{expires:A(i.expires_at,e)})}
        url=${i.url}
      />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${r}>
        ${t.data?n("invitations.list_title_count",{count:h.length}):n("invitations.list_title")}
      </h2>
      ${t.error&&l`<${R} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&l`<${N} />`}
      ${t.data&&h.length===0&&l`<p>${n("invitations.empty")}</p>`}
      ${h.length>0&&l`<div class="table-wrap">
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
            ${h.map(f=>l`<${Gc} key=${f.id} inv=${f} orgName=${d(f)} zone=${e} onWithdraw=${u} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}function ks({name:e,known:t}){let o=_e(e),i=B.value,s=o.members.value.find(r=>r.id!==i?.id)||t;return o.refused.value?l`<div class="notice notice-error" role="alert"><p>${n("talk.refused")}</p><p><a href="/">${n("nav.home")}</a></p></div>`:l`<div class="talk">
    <div class="talk-with card">
      ${s?l`<${V} id=${s.id} name=${s.name} photo=${s.photo_url} size="m" /> <p><span dir="auto"><strong>${s.name}</strong></span><br /><span class="muted">${o.members.value.some(r=>r.id===s.id)?n("talk.here"):n("talk.away")}</span></p>`:l`<p class="muted">${n("talk.waiting")}</p>`}
    </div>
    <div class="card"><${$t} view=${o} id="talk-chat" /></div>
  </div>`}function xs({id:e}){let t=Jn.get(e)?.staff;return l`<${M} title=${n("talk.title")}><${ks} key=${e} name=${"talk:"+e} known=${t} /><//>`}function Ss({id:e}){return l`<${M} title=${n("meet.title")}><${ks} key=${e} name=${"booking:"+e} /><//>`}var jc=5*6e4;async function Vc(e){let t=await fetch("/api/bookings/"+encodeURIComponent(e.id)+"/event.ics",{headers:{Authorization:"Bearer "+Me()},credentials:"same-origin"});if(!t.ok)throw new q(t.status,"internal",t.statusText);let o=await t.blob(),i=URL.createObjectURL(o),s=document.createElement("a");s.href=i,s.download="village-"+e.id+".ics",document.body.append(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4)}function Wc(e){switch(e.place){case"waitlisted":return n("sessions.place.waitlisted",{position:e.position||1});case"organiser":return n("sessions.place.organiser");default:return n("sessions.place.confirmed")}}function Yc({zone:e}){let t=E(()=>C("/api/sessions?mine=true&limit=100"),[]),o=t.data?.items||[];return l`<section class="card my-sessions" aria-labelledby="my-sessions-title">
    <h2 id="my-sessions-title">${n("schedule.sessions.title")}</h2>
    ${t.error&&!t.data?l`<${R} error=${t.error} retry=${t.reload} />`:t.data?o.length===0?l`<p>${n("schedule.sessions.none")} <a href="/sessions">${n("schedule.sessions.browse")}</a></p>`:l`<ul class="slot-list">
              ${o.map(i=>l`<li key=${i.id}>
                <a href=${"/sessions/"+encodeURIComponent(i.id)} dir="auto">${i.title}</a>
                <span><strong>${A(i.starts_at,e,vt)}</strong> · ${n("slots.minutes",{minutes:i.minutes})} · ${ee(i.language)}</span>
                <span class="session-place">${Wc(i)}</span>
              </li>`)}
            </ul>`:l`<${N} />`}
  </section>`}function Zc(){let e=E(()=>C("/api/me/calendar"),[]),[t,o]=$(null);async function i(){try{await navigator.clipboard.writeText(e.data.url),o(n("link.copied"))}catch{document.getElementById("feed-url")?.select(),o(n("link.copy_failed"))}}async function s(){if(confirm(n("schedule.rotate_confirm")))try{e.set(await Z("/api/me/calendar/rotate")),o(n("schedule.rotated"))}catch{o(n("error.internal"))}}return l`<section class="card" aria-labelledby="feed-title">
    <h2 id="feed-title">${n("schedule.feed")}</h2>
    <p class="hint" id="feed-hint">${n("schedule.feed_hint")}</p>
    ${e.error?l`<${R} error=${e.error} retry=${e.reload} />`:l`<div class="field"><label for="feed-url">${n("schedule.feed_url")}</label>
          <div class="linkbox-row">
            <input id="feed-url" type="text" readonly value=${e.data?.url||""} dir="ltr" spellcheck=${!1} aria-describedby="feed-hint" />
            <button type="button" onClick=${i} disabled=${!e.data}>${n("link.copy")}</button>
          </div></div>`}
    <p><button type="button" onClick=${s} disabled=${!e.data}>${n("schedule.rotate")}</button></p>
    <p role="status">${t||""}</p>
  </section>`}function Ts(){let e=B.value?.time_zone,t=E(()=>C("/api/bookings?limit=100"),[]),[o,i]=$(null),[s,r]=$(()=>Date.now());T(()=>{let m=setInterval(()=>r(Date.now()),3e4);return()=>clearInterval(m)},[]);async function a(m){try{await se("/api/bookings/"+encodeURIComponent(m.id)),t.set(u=>({...u,items:u.items.filter(h=>h.id!==m.id)})),i(n("schedule.cancelled"))}catch{i(n("error.internal"))}}async function c(m){try{await Vc(m)}catch{i(n("error.internal"))}}let d=t.data?.items||[];return l`<${M} title=${n("schedule.title")}>
    <p class="muted">${n("booth.hours_zone",{zone:(e||Intl.DateTimeFormat().resolvedOptions().timeZone).replaceAll("_"," ")})}</p>
    ${t.error&&!t.data?l`<${R} error=${t.error} retry=${t.reload} />`:t.data?d.length===0?l`<p>${n("schedule.none")} <a href="/village">${n("nav.village")}</a></p>`:l`<ul class="bookings">
              ${d.map(m=>{let u=m.side==="booker"?m.staff:m.booker,h=s>=new Date(m.starts_at)-jc&&s<new Date(m.ends_at);return l`<li key=${m.id} class="card booking">
                  <h2><a href=${"/booths/"+encodeURIComponent(m.booth_id)} dir="auto">${m.booth_title}</a></h2>
                  <p><strong>${A(m.starts_at,e,vt)}</strong> · ${n("slots.minutes",{minutes:m.minutes})} · ${ee(m.language)}</p>
                  <p>${n("schedule.with",{name:u.name})}</p>
                  <p class="booking-actions">
                    ${h&&l`<a class="button" href=${"/meet/"+encodeURIComponent(m.id)}>${n("schedule.join")}</a>`}
                    <button type="button" onClick=${()=>c(m)}>${n("schedule.ics")}</button>
                    <button type="button" onClick=${()=>a(m)}>${n("schedule.cancel")}</button>
                  </p>
                </li>`})}
            </ul>`:l`<${N} />`}
    <p role="status" class="schedule-status">${o||""}</p>
    <${Yc} zone=${e} />
    <${Zc} />
    <${ys} zone=${e} />
  <//>`}var Xc=200;function Es(e){let[t,o]=$([]),[i]=$(()=>{let s=Po(e);return s.offMessage=s.onMessage(r=>o(a=>[...a.filter(c=>c.seq!==r.seq),r].slice(-Xc))),s.offEvent=s.onEvent(r=>{if(r.type==="message.deleted"&&r.payload){let a=r.payload.seq;o(c=>c.map(d=>d.seq===a?{...d,text:"",deleted:!0}:d))}}),s});return T(()=>()=>{i.offMessage(),i.offEvent(),i.release()},[]),{view:i,messages:t}}var Cs="village.console.muted",Vt=D(Jc()),jt=D(typeof Notification<"u"&&Notification.permission==="granted");function Jc(){try{return localStorage.getItem(Cs)==="1"}catch{return!1}}function Is(e){Vt.value=e;try{localStorage.setItem(Cs,e?"1":"0")}catch{}}var Ce=null,As=!1;function Ps(){let e=()=>{if(As=!0,!Ce&&typeof AudioContext<"u")try{Ce=new AudioContext}catch{Ce=null}Ce?.resume?.().catch(()=>{})};return document.addEventListener("pointerdown",e,!0),document.addEventListener("keydown",e,!0),()=>{document.removeEventListener("pointerdown",e,!0),document.removeEventListener("keydown",e,!0)}}function Hs(){if(Vt.peek()||!As||!Ce||Ce.state!=="running")return!1;let e=Ce.currentTime+.01;return[660,830].forEach((t,o)=>{let i=Ce.createOscillator(),s=Ce.createGain();i.type="sine",i.frequency.value=t;let r=e+o*.18;s.gain.setValueAtTime(1e-4,r),s.gain.exponentialRampToValueAtTime(.2,r+.02),s.gain.exponentialRampToValueAtTime(1e-4,r+.3),i.connect(s).connect(Ce.destination),i.start(r),i.stop(r+.32)}),!0}async function Ls(){if(!(typeof Notification>"u"))try{jt.value=await Notification.requestPermission()==="granted"}catch{jt.value=!1}}function Bs(e,t){if(!(!jt.peek()||document.visibilityState!=="hidden"||typeof Notification>"u"))try{let o=new Notification(e,{body:t,tag:"village-knock"});o.onclick=()=>{window.focus(),o.close()}}catch{}}function Kc(e){let t=Math.max(0,Math.floor(e)),o=Math.floor(t/3600),i=Math.floor(t%3600/60),s=r=>String(r).padStart(2,"0");return o?`${o}:${s(i)}:${s(t%60)}`:`${i}:${s(t%60)}`}function Qc(e=1e3){let[t,o]=$(Date.now());return T(()=>{let i=setInterval(()=>o(Date.now()),e);return()=>clearInterval(i)},[e]),t}function Ns(e){return e&&e.code==="conflict"?n("console.knock.conflict"):e&&e.code==="not_found"?n("console.knock.gone"):n(e&&e.code?"error."+e.code:"error.internal")}function ed({booth:e,visitor:t,onDone:o,onError:i}){let[s,r]=$(!1),[a,c]=$(""),[d,m]=$(!1),u=L(null);if(T(()=>s&&u.current?.focus(),[s]),!s)return l`<button type="button" class="small" onClick=${()=>r(!0)}>${n("console.knock.decline")}</button>`;let h="decline-"+t.id;return l`<form class="decline-form" onSubmit=${async p=>{p.preventDefault(),m(!0);try{let g=a.trim();await ue("knock.decline",g?{booth:e,visitor:t.id,message:g}:{booth:e,visitor:t.id}),o()}catch(g){i(Ns(g),g)}finally{m(!1)}}}>
    <label for=${h}>${n("console.knock.decline_message",{name:t.name})}</label>
    <input id=${h} ref=${u} maxLength="200" value=${a} onInput=${p=>c(p.currentTarget.value)} />
    <div class="actions">
      <button type="submit" class="small danger" disabled=${d}>${n("console.knock.decline_send")}</button>
      <button type="button" class="small" onClick=${()=>r(!1)}>${n("console.cancel")}</button>
    </div>
  </form>`}function Rs({booth:e,staffRoom:t,mayAnswer:o}){let[i,s]=$(()=>({knocks:[],at:Date.now()})),[r,a]=$(null),[c,d]=$(""),[m,u]=$(!1),h=L(null),f=Qc(),p=y=>{let w=y&&y.knocks||[],k=Date.now(),S=h.current;if(h.current=new Set(w.map(G=>G.visitor.id)),s({knocks:w,at:k}),S){let G=w.filter(H=>!S.has(H.visitor.id));if(G.length){let H=G.map(pe=>pe.visitor.name).join(", "),F=n("console.knock.new",{count:G.length,names:H});d(F),Hs(),Bs(n("console.knock.notify_title"),F)}}};T(()=>{let y=Ps(),w=t.onEvent(k=>k.type==="knock.queue"&&p(k.payload));return()=>{y(),w()}},[t]);let g=t.state.value;T(()=>{g&&p(g)},[g]);let b=i.knocks.length;T(()=>{let y=`${n("console.title")} · ${n("app.name")}`;document.title=b?`(${b}) ${y}`:y},[b]),T(()=>()=>{document.title=document.title.replace(/^\(\d+\) /,"")},[]);let v=async y=>{a(null),u(!0);try{let w=await ue("knock.take",y?{booth:e,visitor:y}:{booth:e});$e("/talk/"+encodeURIComponent(w.room.replace(/^talk:/,"")))}catch(w){a(Ns(w)),_(w)}finally{u(!1)}},_=y=>{y&&(y.code==="conflict"||y.code==="not_found")&&C(`/api/booths/${encodeURIComponent(e)}/knocks`).then(p,()=>{})};return l`<section class="card console-queue" aria-labelledby="queue-title">
    <div class="section-head">
      <h2 id="queue-title" tabindex="-1">${n("console.queue")} <span class="count" data-count=${b}>${b}</span></h2>
      <div class="queue-tools">
        <button type="button" class="small" aria-pressed=${Vt.value?"true":"false"} onClick=${()=>Is(!Vt.value)}>
          ${n("console.mute_sound")}
        </button>
        ${typeof Notification<"u"&&!jt.value&&Notification.permission==="default"&&l`<button type="button" class="small" onClick=${Ls}>${n("console.notify_ask")}</button>`}
      </div>
    </div>
    <p class="visually-hidden" role="status" aria-live="polite">${c}</p>
    <p class="queue-problem" role="alert">${r||""}</p>
    ${o&&l`<p><button type="button" class="primary" disabled=${m||b===0} onClick=${()=>v(null)}>${n("console.knock.take_next")}</button></p>`}
    ${b===0?l`<p class="muted queue-empty">${n("console.queue_empty")}</p>`:l`<ol class="knocks">
          ${i.knocks.map(y=>{let w=y.visitor,k=(y.waiting_seconds||0)+(f-i.at)/1e3;return l`<li class="knock" key=${w.id} data-person-id=${w.id}>
              <${V} id=${w.id} name=${w.name} photo=${w.photo_url} size="m" />
              <div class="knock-body">
                <p class="knock-name"><a href=${"/people/"+encodeURIComponent(w.id)}>${w.name}</a></p>
                ${w.organisation_id&&l`<p class="muted knock-org"><${gt} id=${w.organisation_id} /></p>`}
                <p class="knock-wait">${n("console.knock.waiting",{time:Kc(k)})}</p>
                ${y.text&&l`<p class="knock-text" dir="auto">${y.text}</p>`}
                ${o&&l`<div class="actions">
                  <button type="button" class="small primary" disabled=${m} onClick=${()=>v(w.id)}>
                    ${n("console.knock.take")}<span class="visually-hidden"> ${w.name}</span>
                  </button>
                  <${ed}
                    booth=${e}
                    visitor=${w}
                    onDone=${()=>{a(null),document.getElementById("queue-title")?.focus()}}
                    onError=${(S,G)=>{a(S),_(G)}}
                  />
                </div>`}
              </div>
            </li>`})}
        </ol>`}
  </section>`}function Ms({boothRoom:e,organisationId:t}){let o=e.members.value,i=r=>r.role==="staff"&&r.organisation_id===t,s=o.filter(r=>!i(r));return l`<section class="card console-visitors" aria-labelledby="visitors-title">
    <h2 id="visitors-title" tabindex="-1">${n("console.visitors")}</h2>
    <p class="count-line" aria-live="polite">${n("booth.visitors_now",{count:s.length})}</p>
    <ul class="people-list visitors-list">
      ${o.map(r=>l`<li key=${r.id} data-person-id=${r.id}>
          <${V} id=${r.id} name=${r.name} photo=${r.photo_url} />
          <a href=${"/people/"+encodeURIComponent(r.id)}>${r.name}</a>
          ${i(r)&&l` <span class="role role-staff">${n("role.staff")}</span>`}
        </li>`)}
    </ul>
  </section>`}var td=[5,15,60,240,1440];function ti(e){return n(e&&e.code?"error."+e.code:"error.internal")}function od({m:e,boothId:t,boothRoom:o,mayMute:i,onMuted:s}){let[r,a]=$(null),[c,d]=$(""),[m,u]=$("15"),[h,f]=$(""),[p,g]=$(!1),b="mod-"+e.seq;return r?l`<form class="mod-form" onSubmit=${async _=>{_.preventDefault();let y=c.trim();if(!y){f(n("console.chat.reason_required")),document.getElementById(b+"-reason")?.focus();return}g(!0),f("");try{if(r==="remove")await o.request("delete",{seq:e.seq,reason:y}),x(n("console.chat.removed"));else{let w=await Z(`/api/booths/${encodeURIComponent(t)}/mutes`,{person_id:e.from.id,minutes:Number(m),reason:y});x(n("console.chat.muted",{name:e.from.name})),s(w,e.from)}a(null),d(""),document.getElementById("chat-title")?.focus()}catch(w){f(w&&w.code==="conflict"?n("console.chat.already_muted"):ti(w))}finally{g(!1)}}} noValidate>
    ${r==="mute"&&l`<div class="field">
      <label for=${b+"-minutes"}>${n("console.chat.mute_for")}</label>
      <select id=${b+"-minutes"} value=${m} onChange=${_=>u(_.currentTarget.value)}>
        ${td.map(_=>l`<option value=${String(_)}>${n("console.chat.minutes",{count:_})}</option>`)}
      </select>
    </div>`}
    <div class=${"field"+(h?" has-error":"")}>
      <label for=${b+"-reason"}>${n("console.chat.reason")}</label>
      <input id=${b+"-reason"} maxLength="500" value=${c} aria-invalid=${h?"true":void 0} aria-describedby=${h?b+"-error":void 0} onInput=${_=>d(_.currentTarget.value)} />
      ${h&&l`<p class="field-error" id=${b+"-error"}>${h}</p>`}
    </div>
    <div class="actions">
      <button type="submit" class="small danger" disabled=${p}>${r==="remove"?n("console.chat.remove_confirm"):n("console.chat.mute_confirm")}</button>
      <button type="button" class="small" onClick=${()=>a(null)}>${n("console.cancel")}</button>
    </div>
  </form>`:l`<div class="actions">
      <button type="button" class="small" onClick=${()=>a("remove")}>${n("console.chat.remove")}<span class="visually-hidden"> ${n("console.chat.message_of",{name:e.from.name})}</span></button>
      ${i&&l`<button type="button" class="small" onClick=${()=>a("mute")}>${n("console.chat.mute")}<span class="visually-hidden"> ${e.from.name}</span></button>`}
    </div>`}function nd({booth:e,pinned:t}){let[o,i]=$(e.announcement||""),[s,r]=$(!1);return T(()=>{t!==null&&document.activeElement?.id!=="announcement"&&i(t)},[t]),l`<form class="announcement-form" onSubmit=${async c=>{c.preventDefault(),r(!0);try{await He(`/api/booths/${encodeURIComponent(e.id)}`,{announcement:o.trim()}),x(n("console.announcement.saved"))}catch(d){x(ti(d),{kind:"error"})}finally{r(!1)}}}>
    <div class="field">
      <label for="announcement">${n("console.announcement")}</label>
      <p class="hint" id="announcement-hint">${n("console.announcement.hint")}</p>
      <input id="announcement" maxLength="280" dir="auto" aria-describedby="announcement-hint" value=${o} onInput=${c=>i(c.currentTarget.value)} />
    </div>
    <button type="submit" disabled=${s}>${n("console.announcement.save")}</button>
  </form>`}function zs({booth:e,boothRoom:t,messages:o}){let i=B.value,[s,r]=$(null),[a,c]=$({}),[d,m]=$(null);T(()=>t.onEvent(b=>b.type==="booth.announcement"&&m(b.payload?.announcement??"")),[t]);let u=`/api/booths/${encodeURIComponent(e.id)}/mutes`,h=()=>C(u).then(b=>r(b.items||[]),()=>r([]));T(()=>{h()},[e.id]);let f={...a};for(let b of o)f[b.from.id]=b.from.name;let p=async b=>{try{await se(`${u}/${encodeURIComponent(b.person_id)}`),x(n("console.mutes.lifted",{name:f[b.person_id]||b.person_id})),h()}catch(v){x(ti(v),{kind:"error"})}},g=o.slice(-50).reverse();return l`<section class="card console-chat" aria-labelledby="chat-title">
    <h2 id="chat-title" tabindex="-1">${n("console.chat")}</h2>
    <${nd} booth=${e} pinned=${d} />
    <h3>${n("console.chat.recent")}</h3>
    ${g.length===0?l`<p class="muted">${n("console.chat.empty")}</p>`:l`<ol class="chat-list mod-list">
          ${g.map(b=>l`<li key=${b.seq} data-seq=${b.seq} class=${b.deleted?"deleted":void 0}>
              <${V} id=${b.from.id} name=${b.from.name} photo=${b.from.photo_url} />
              <div class="chat-body">
                <p class="chat-meta"><strong>${b.from.name}</strong> <time datetime=${b.at}>${A(b.at,i?.time_zone,{timeStyle:"short"})}</time></p>
                ${b.deleted?l`<p class="muted chat-text">${n("console.chat.was_removed")}</p>`:l`<p class="chat-text" dir="auto">${b.text}</p>`}
                ${!b.deleted&&b.from.id!==i?.id&&l`<${od}
                  m=${b}
                  boothId=${e.id}
                  boothRoom=${t}
                  mayMute=${b.from.role!=="secretariat"&&!(b.from.role==="staff"&&b.from.organisation_id===e.organisation_id)}
                  onMuted=${(v,_)=>{c(y=>({...y,[_.id]:_.name})),r(y=>[...y||[],v])}}
                />`}
              </div>
            </li>`)}
        </ol>`}
    <h3>${n("console.mutes")}</h3>
    ${s===null?l`<p class="muted">${n("common.loading")}</p>`:s.length===0?l`<p class="muted">${n("console.mutes.none")}</p>`:l`<ul class="mutes">
            ${s.map(b=>l`<li key=${b.person_id} data-person-id=${b.person_id}>
                <span>${n("console.mutes.until",{name:f[b.person_id]||b.person_id,time:A(b.until,i?.time_zone,{dateStyle:"short",timeStyle:"short"})})}</span>
                <button type="button" class="small" onClick=${()=>p(b)}>${n("console.mutes.lift")}<span class="visually-hidden"> ${f[b.person_id]||b.person_id}</span></button>
              </li>`)}
          </ul>`}
  </section>`}var Ds=6,id=[10,15,20,30,45,60,90,120];function Os(e,t){let o=Object.fromEntries(new Intl.DateTimeFormat("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(new Date(e)).map(s=>[s.type,s.value]));return Date.UTC(+o.year,+o.month-1,+o.day,+o.hour%24,+o.minute,+o.second)-Math.floor(e/1e3)*1e3}function rd(e,t,o){let[i,s,r]=e.split("-").map(Number),[a,c]=t.split(":").map(Number),d=Date.UTC(i,s-1,r,a,c),m=d-Os(d,o);return m=d-Os(m,o),new Date(m).toISOString().replace(".000Z","Z")}function sd({slot:e,onDone:t}){let[o,i]=$(!1),[s,r]=$(!1);if(!o)return l`<button type="button" class="small danger" onClick=${()=>i(!0)}>${n("console.slots.withdraw")}</button>`;let a=async()=>{r(!0);try{await se("/api/slots/"+encodeURIComponent(e.id)),x(n("console.slots.withdrawn")),t(),document.getElementById("slots-title")?.focus()}catch(c){x(n(c&&c.code?"error."+c.code:"error.internal"),{kind:"error"}),r(!1)}};return l`<div class="confirm" role="group" aria-label=${n("console.slots.withdraw")}>
    <p>${e.booked?n("console.slots.withdraw_booked",{name:e.booked_by?.name||""}):n("console.slots.withdraw_free")}</p>
    <div class="actions">
      <button type="button" class="small danger primary" disabled=${s} onClick=${a}>${n("console.slots.withdraw_confirm")}</button>
      <button type="button" class="small" onClick=${()=>i(!1)}>${n("console.slots.keep")}</button>
    </div>
  </div>`}function ad({booth:e,me:t,zone:o,staff:i,onDone:s}){let r=new Date(Date.now()+864e5),[a,c]=$(new Intl.DateTimeFormat("en-CA",{timeZone:o,year:"numeric",month:"2-digit",day:"2-digit"}).format(r)),[d,m]=$("14:00"),[u,h]=$("30"),[f,p]=$((e.languages||[])[0]||"en"),g=t.role==="staff"&&t.organisation_id===e.organisation_id,[b,v]=$(g?t.id:i[0]?.id||""),[_,y]=$(""),[w,k]=$(!1),S=async H=>{if(H.preventDefault(),y(""),!/^\d{4}-\d{2}-\d{2}$/.test(a)||!/^\d{2}:\d{2}/.test(d)){y(n("console.slots.when_invalid"));return}if(Number(d.slice(3,5))%5!==0){y(n("console.slots.grid"));return}if(!b){y(n("console.slots.staff_required"));return}k(!0);try{let F={starts_at:rd(a,d.slice(0,5),o),minutes:Number(u),language:f};g&&b===t.id||(F.staff_id=b),await Z(`/api/booths/${encodeURIComponent(e.id)}/slots`,F),x(n("console.slots.published")),s()}catch(F){let pe=F&&F.code==="overlaps"?"console.slots.overlaps":F&&F.code==="validation_failed"?"console.slots.when_invalid":F&&F.code?"error."+F.code:"error.internal";y(n(pe))}finally{k(!1)}},G=g?[{id:t.id,name:t.display_name},...i.filter(H=>H.id!==t.id)]:i;return l`<form class="slot-form" onSubmit=${S} noValidate>
    <h3>${n("console.slots.publish")}</h3>
    <p class="hint">${n("console.slots.zone",{zone:o.replaceAll("_"," ")})}</p>
    <div class="slot-fields">
      <div class="field"><label for="slot-date">${n("console.slots.date")}</label>
        <input id="slot-date" type="date" required value=${a} onInput=${H=>c(H.currentTarget.value)} /></div>
      <div class="field"><label for="slot-time">${n("console.slots.time")}</label>
        <input id="slot-time" type="time" step="300" required value=${d} onInput=${H=>m(H.currentTarget.value)} /></div>
      <div class="field"><label for="slot-minutes">${n("console.slots.length")}</label>
        <select id="slot-minutes" value=${u} onChange=${H=>h(H.currentTarget.value)}>
          ${id.map(H=>l`<option value=${String(H)}>${n("console.chat.minutes",{count:H})}</option>`)}
        </select></div>
      <div class="field"><label for="slot-language">${n("console.slots.language")}</label>
        <select id="slot-language" value=${f} onChange=${H=>p(H.currentTarget.value)}>
          ${[...new Set([...e.languages||[],"en"])].map(H=>l`<option value=${H} lang=${H}>${Ae(H)}</option>`)}
        </select></div>
      <div class="field"><label for="slot-staff">${n("console.slots.staff")}</label>
        <select id="slot-staff" value=${b} onChange=${H=>v(H.currentTarget.value)}>
          ${G.length===0&&l`<option value="">${n("console.slots.no_staff")}</option>`}
          ${G.map(H=>l`<option value=${H.id}>${H.name}</option>`)}
        </select></div>
    </div>
    <p class="field-error" role="alert" id="slot-error">${_}</p>
    <button type="submit" class="primary" disabled=${w}>${n("console.slots.publish_button")}</button>
  </form>`}function Us({booth:e,me:t,staffNow:o=[]}){let[i,s]=$(!1),r=t.time_zone||be(),a=E(()=>C(`/api/booths/${encodeURIComponent(e.id)}/slots?limit=100`),[e.id]),c=a.data?.items||[],d=[...new Map([...o,...c.map(u=>u.staff)].filter(u=>u&&u.id).map(u=>[u.id,u])).values()],m={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"};return l`<section class="card console-slots" aria-labelledby="slots-title">
    <h2 id="slots-title" tabindex="-1">${n("console.slots")}</h2>
    ${a.error?l`<${R} error=${a.error} retry=${a.reload} />`:a.data?c.length===0?l`<p class="muted">${n("console.slots.none")}</p>`:l`<ul class="slots">
              ${(i?c:c.slice(0,Ds)).map(u=>l`<li key=${u.id} data-slot-id=${u.id}>
                  <div class="slot-body">
                    <p><strong>${A(u.starts_at,r,m)}</strong> · ${n("console.chat.minutes",{count:u.minutes})} · <span lang=${u.language}>${Ae(u.language)}</span></p>
                    <p class="muted">${n("console.slots.with",{name:u.staff?.name||""})} · ${u.booked?n("console.slots.booked_by",{name:u.booked_by?.name||""}):n("console.slots.free")}</p>
                  </div>
                  <${sd} slot=${u} onDone=${a.reload} />
                </li>`)}
            </ul>
            ${c.length>Ds&&l`<p><button type="button" class="link-button" aria-expanded=${i?"true":"false"} onClick=${()=>s(!i)}>
              ${i?n("console.slots.fewer"):n("console.slots.all",{count:c.length})}
            </button></p>`}`:l`<${N} />`}
    <${ad} booth=${e} me=${t} zone=${r} staff=${d} onDone=${a.reload} />
  </section>`}var _t=20;function Fs({booth:e}){let[t,o]=$(0),[i,s]=$(!1),r=`/api/booths/${encodeURIComponent(e.id)}`,a=E(()=>C(r+"/leads"+Re({offset:t,limit:_t})),[e.id,t]),c=B.value?.time_zone,d=async()=>{s(!0);try{let{blob:u,filename:h}=await Bt(r+"/leads.csv"),f=URL.createObjectURL(u),p=document.createElement("a");p.href=f,p.download=h,document.body.append(p),p.click(),p.remove(),setTimeout(()=>URL.revokeObjectURL(f),1e4)}catch(u){x(n(u&&u.code?"error."+u.code:"error.internal"),{kind:"error"})}finally{s(!1)}},m=a.data;return l`<section class="card console-leads" aria-labelledby="leads-title">
    <div class="section-head">
      <h2 id="leads-title" tabindex="-1">${n("console.leads")}</h2>
      <button type="button" onClick=${d} disabled=${i}>${n("console.leads.csv")}</button>
    </div>
    ${a.error?l`<${R} error=${a.error} retry=${a.reload} />`:m?m.items.length===0?l`<p class="muted">${n("console.leads.none")}</p>`:l`<p class="muted">${n("console.leads.count",{count:m.total})}</p>
              <div class="table-wrap">
                <table class="leads">
                  <thead>
                    <tr>
                      <th scope="col">${n("console.leads.name")}</th>
                      <th scope="col">${n("console.leads.email")}</th>
                      <th scope="col">${n("console.leads.from")}</th>
                      <th scope="col">${n("console.leads.note")}</th>
                      <th scope="col">${n("console.leads.at")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${m.items.map(u=>{let h=u.contact||{},f=[h.organisation,h.country&&Te(h.country),(h.languages||[]).map(Ae).join(", ")].filter(Boolean).join(" · ");return l`<tr key=${u.person_id} data-person-id=${u.person_id}>
                        <td data-label=${n("console.leads.name")}><a href=${"/people/"+encodeURIComponent(u.person_id)}>${h.name}</a></td>
                        <td data-label=${n("console.leads.email")}><a href=${"mailto:"+h.email}>${h.email}</a></td>
                        <td data-label=${n("console.leads.from")}>${f}</td>
                        <td data-label=${n("console.leads.note")} dir="auto">${u.note||""}</td>
                        <td data-label=${n("console.leads.at")}>${A(u.consented_at,c,{dateStyle:"medium",timeStyle:"short"})}</td>
                      </tr>`})}
                  </tbody>
                </table>
              </div>
              ${m.total>_t&&l`<div class="pager">
                <button type="button" disabled=${t===0} onClick=${()=>o(Math.max(0,t-_t))}>${n("console.leads.previous")}</button>
                <span>${n("console.leads.page",{from:t+1,to:Math.min(t+_t,m.total),total:m.total})}</span>
                <button type="button" disabled=${t+_t>=m.total} onClick=${()=>o(t+_t)}>${n("console.leads.next")}</button>
              </div>`}`:l`<${N} />`}
  </section>`}function ld(e){return"booth-"+String(e||"").replace(/^org-/,"")}function cd(e){let t=e.target.closest('a[href^="#"]'),o=t&&document.getElementById(t.getAttribute("href").slice(1));o&&(e.preventDefault(),o.focus())}function dd({booth:e,me:t}){let o=_e("staff:"+e.organisation_id),{view:i,messages:s}=Es("booth:"+e.id),r=t.role==="staff"&&t.organisation_id===e.organisation_id,a=i.members.value.some(c=>c.id===t.id);return l`<div class="console">
    <p class=${"notice staffed"+(a?" notice-ok":"")} role="status">
      ${a?r?n("console.staffed"):n("console.watching"):n("console.joining")}
    </p>
    <nav class="console-nav" aria-label=${n("console.sections")} onClick=${cd}>
      <ul>
        <li><a href="#queue-title">${n("console.queue")}</a></li>
        <li><a href="#visitors-title">${n("console.visitors")}</a></li>
        <li><a href="#chat-title">${n("console.chat")}</a></li>
        <li><a href="#slots-title">${n("console.slots")}</a></li>
        <li><a href="#leads-title">${n("console.leads")}</a></li>
      </ul>
    </nav>
    <div class="console-grid">
      <div class="console-main">
        <${Rs} booth=${e.id} staffRoom=${o} mayAnswer=${r} />
        <${zs} booth=${e} boothRoom=${i} messages=${s} />
      </div>
      <div class="console-side">
        <${Ms} boothRoom=${i} organisationId=${e.organisation_id} />
      </div>
    </div>
    <${Us} booth=${e} me=${t} staffNow=${i.members.value.filter(c=>c.role==="staff"&&c.organisation_id===e.organisation_id)} />
    <${Fs} booth=${e} />
  </div>`}function ud({booths:e,value:t}){return l`<div class="field console-picker">
    <label for="console-booth">${n("console.pick")}</label>
    <select id="console-booth" value=${t||""} aria-busy=${e?void 0:"true"} onChange=${o=>Oe({booth:o.currentTarget.value||null})}>
      <option value="">${n("console.pick_none")}</option>
      ${(e||[]).map(o=>l`<option key=${o.id} value=${o.id}>${o.title}</option>`)}
    </select>
  </div>`}function qs(){let e=B.value,t=e.role==="secretariat",o=t?new URLSearchParams(te.value).get("booth"):e.organisation_id?ld(e.organisation_id):null,i=E(()=>t?C("/api/booths?limit=100"):Promise.resolve(null),[t]),s=E(()=>o?C("/api/booths/"+encodeURIComponent(o)):Promise.resolve(null),[o]),r;return!t&&!o?r=l`<p class="notice">${n("console.no_booth")}</p>`:s.error?r=s.error.code==="not_found"?l`<p class="notice">${n("console.no_booth")}</p>`:l`<${R} error=${s.error} retry=${s.reload} />`:s.loading&&!s.data?r=o?l`<${N} />`:null:s.data&&s.data.id===o?r=l`<h2 class="console-booth"><a href=${"/booths/"+encodeURIComponent(s.data.id)}>${s.data.title}</a></h2>
      <${dd} key=${s.data.id} booth=${s.data} me=${e} />`:o||(r=l`<p class="muted">${n("console.pick_hint")}</p>`),l`<${M} title=${n("console.title")} wide>
    ${t&&l`<${ud} booths=${i.data?.items} value=${o} />`}
    ${r}
  <//>`}var Vs={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},Gs=3,md=e=>"⁨"+e+"⁩";function pd(e,t){let o=(e.kind==="knock"||e.kind==="slot")&&e.place_title?n("contacts.at_"+e.kind,{place:md(e.place_title)}):n("contacts.kind_"+e.kind);return n("contacts.occasion",{what:o,when:A(e.at,t,Vs)})}function js({w:e,zone:t}){return l`<li>${pd(e,t)}</li>`}function fd({m:e,zone:t}){let o=e.person,i="/people/"+encodeURIComponent(o.id),s=e.where.slice(0,Gs),r=e.where.slice(Gs);return l`<li class="result met" data-person-id=${o.id}>
    <${V} id=${o.id} name=${o.display_name} photo=${o.photo_url} size="m" />
    <div class="result-body">
      <div class="result-head">
        <h2><a href=${i} dir="auto">${o.display_name}</a></h2>
        ${o.role!=="participant"&&l`<span class=${"role role-"+o.role}>${n("role."+o.role)}</span>`}
      </div>
      ${o.organisation&&l`<p class="muted" dir="auto">${o.organisation.name}</p>`}
      <p class="met-times">${n("contacts.times",{count:e.times,when:A(e.last,t,Vs)})}</p>
      <ul class="met-where" aria-label=${n("contacts.where",{name:o.display_name})}>
        ${s.map((a,c)=>l`<${js} key=${c} w=${a} zone=${t} />`)}
      </ul>
      ${r.length>0&&l`<details class="met-more">
        <summary>${n("contacts.more",{count:r.length})}</summary>
        <ul class="met-where">
          ${r.map((a,c)=>l`<${js} key=${c} w=${a} zone=${t} />`)}
        </ul>
      </details>`}
    </div>
  </li>`}function hd(){return l`<div class="notice met-empty">
    <h2>${n("contacts.none")}</h2>
    <p>${n("contacts.how")}</p>
    <ul>
      <li><a href="/village">${n("contacts.how_knock")}</a></li>
      <li><a href="/village">${n("contacts.how_slot")}</a></li>
      <li>${n("contacts.how_break")}</li>
      <li><a href="/people">${n("contacts.how_people")}</a></li>
    </ul>
  </div>`}function Ws(){let e=B.value?.time_zone,t=E(()=>C("/api/me/contacts"),[]),o=t.data?.items||[],i;return t.error&&!t.data?i=l`<${R} error=${t.error} retry=${t.reload} />`:t.data?o.length===0?i=l`<${hd} />`:i=l`<p class="results-count">${n("contacts.count",{count:o.length})}</p>
      <p class="muted">${n("booth.hours_zone",{zone:(e||be()).replaceAll("_"," ")})}</p>
      <ul class="results met-list">
        ${o.map(s=>l`<${fd} key=${s.person.id} m=${s} zone=${e} />`)}
      </ul>`:i=l`<${N} />`,l`<${M} title=${n("contacts.title")} intro=${n("contacts.intro")}>${i}<//>`}function Ys(e,t){let o=new Intl.DateTimeFormat("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit"}).formatToParts(new Date(e)),i={};for(let s of o)i[s.type]=s.value;return i}function gd(e,t){if(!e)return"";let o=Ys(Date.parse(e),t);return`${o.year}-${o.month}-${o.day}T${o.hour}:${o.minute}`}function bd(e,t){let o=/^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(e||"");if(!o)return e||"";let i=Date.UTC(+o[1],+o[2]-1,+o[3],+o[4],+o[5]),s=a=>{let c=Ys(a,t);return Date.UTC(+c.year,+c.month-1,+c.day,+c.hour,+c.minute)-a},r=i-s(i);return r=i-s(r),new Date(r).toISOString().replace(".000Z","Z")}var $d={type:"sessions.error.type",description:"sessions.error.description",starts_at:"sessions.error.starts_at",minutes:"sessions.error.minutes",capacity:"sessions.error.capacity"};function yd(){return{type:n("sessions.field.type"),title:n("sessions.field.title"),description:n("sessions.field.description"),language:n("sessions.field.language"),starts_at:n("sessions.field.starts_at"),minutes:n("sessions.field.minutes"),capacity:n("sessions.field.capacity"),themes:n("sessions.field.themes")}}function oi({s:e,meta:t,zone:o,onSave:i,submitLabel:s}){let r=o||be(),a=J({type:e?.type||"",title:e?.title||"",description:e?.description||"",language:e?.language||"",starts_at:gd(e?.starts_at,r),minutes:e?String(e.minutes):"60",capacity:e?String(e.capacity):"",themes:e?.themes||[]}),c=yd(),d=h=>/^\s*\d+\s*$/.test(h)?parseInt(h,10):h===""?void 0:h,m=a.submit(async h=>{let f={title:h.title,description:h.description,language:h.language,starts_at:bd(h.starts_at,r),minutes:d(h.minutes),capacity:d(h.capacity),themes:h.themes};e||(f.type=h.type),await i(f)},void 0,{keys:$d}),u=t||{themes:[],session_types:[]};return l`<form class="form session-form" onSubmit=${m} novalidate>
    <${oe} form=${a} labels=${c} />
    ${!e&&l`<${U} form=${a} name="type" label=${c.type} options=${W("sessions.type",u.session_types)} placeholder="" required />`}
    <${z} form=${a} name="title" label=${c.title} required maxLength=${120} dir="auto" />
    <${z} form=${a} name="description" label=${c.description} hint=${n("sessions.field.description_hint")} multiline rows=${6} dir="auto" />
    <${U} form=${a} name="language" label=${c.language} options=${je()} placeholder="" required />
    <${z} form=${a} name="starts_at" type="datetime-local" label=${c.starts_at} hint=${n("sessions.field.starts_at_hint",{zone:r.replaceAll("_"," ")})} required />
    <${z} form=${a} name="minutes" type="number" inputMode="numeric" label=${c.minutes} hint=${n("sessions.field.minutes_hint")} required />
    <${z}
      form=${a}
      name="capacity"
      type="number"
      inputMode="numeric"
      label=${c.capacity}
      hint=${n("sessions.field.capacity_hint",{max:u.session_max_capacity||500})}
      required
    />
    <${ut} form=${a} name="themes" legend=${c.themes} options=${W("theme",u.themes)} />
    <div class="actions"><${re} form=${a} label=${s} /></div>
  </form>`}var wt=D(0),Fo=D({}),Uo=e=>"⁨"+e+"⁩";function kt(e,t,o="info"){lt(e,i=>{if(!i?.session)return;let s=n(t,{title:Uo(i.title||""),reason:Uo(i.reason||""),text:Uo(i.message?.text||""),name:Uo(i.message?.from?.name||"")});Fo.value={...Fo.value,[i.session]:{type:e,text:s}},wt.value++,x(s,{kind:o,timeout:12e3})})}kt("session.promoted","sessions.live.promoted");kt("session.reminder","sessions.live.reminder");kt("session.message","sessions.live.message");kt("session.cancelled","sessions.live.cancelled","error");kt("session.approved","sessions.live.approved");kt("session.refused","sessions.live.refused","error");var Zs=!1,ni=!1;ce(()=>{if(me.value!=="connected"){ni=Zs;return}ni&&wt.value++,Zs=!0,ni=!1});var Xs=20,Js=["type","language","theme","day"],vd=5*6e4,Ks={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},ii=e=>Ee(e,[...Js,"mine"]),ri=e=>"⁨"+e+"⁩",si=e=>"/sessions/"+encodeURIComponent(e.id);function _d(){let[e,t]=$(()=>Date.now());return T(()=>{let o=setInterval(()=>t(Date.now()),3e4);return()=>clearInterval(o)},[]),e}function Qs(e){let t=Math.max(0,e.capacity-e.confirmed);return t>0?n("sessions.seats_left",{count:t}):n("sessions.full",{count:e.waitlisted})}function ea(e){switch(e.place){case"confirmed":return n("sessions.place.confirmed");case"waitlisted":return n("sessions.place.waitlisted",{position:e.position||1});case"organiser":return n("sessions.place.organiser");default:return""}}function ai({s:e,zone:t}){return l`<p class="session-facts">
    <span class="tag">${P("sessions.type",e.type)}</span>
    <strong>${A(e.starts_at,t,Ks)}</strong> · ${n("slots.minutes",{minutes:e.minutes})} · ${ee(e.language)}
  </p>`}function wd({s:e,zone:t}){let o=ea(e);return l`<li class="card session-item">
    <h3><a href=${si(e)} dir="auto">${e.title}</a></h3>
    <${ai} s=${e} zone=${t} />
    <p>${Qs(e)}${e.status!=="listed"?l` · <strong>${n("sessions.status."+e.status)}</strong>`:""}${o?l` · <strong>${o}</strong>`:""}</p>
  </li>`}function kd({zone:e}){let t=E(()=>C("/api/sessions?status=proposed&limit=100"),[wt.value]),[o,i]=$({}),[s,r]=$("");async function a(d,m){try{m?await Z("/api/sessions/"+encodeURIComponent(d.id)+"/approve"):await Z("/api/sessions/"+encodeURIComponent(d.id)+"/refuse",{reason:o[d.id]||""}),t.set(u=>({...u,items:u.items.filter(h=>h.id!==d.id)})),r(n(m?"sessions.queue.approved":"sessions.queue.refused",{title:ri(d.title)}))}catch(u){r(u instanceof q?u.message:n("error.internal"))}}let c=t.data?.items||[];return l`<section class="card" aria-labelledby="queue-title">
    <h2 id="queue-title">${n("sessions.queue.title")}</h2>
    ${t.error&&l`<${R} error=${t.error} retry=${t.reload} />`}
    ${t.data&&c.length===0&&l`<p class="muted">${n("sessions.queue.none")}</p>`}
    <ul class="session-queue">
      ${c.map(d=>l`<li key=${d.id}>
          <h3><a href=${si(d)} dir="auto">${d.title}</a></h3>
          <${ai} s=${d} zone=${e} />
          <p>${n("sessions.by",{name:ri(d.organiser?.name||"")})}</p>
          <div class="field">
            <label for=${"reason-"+d.id}>${n("sessions.queue.reason")}</label>
            <input id=${"reason-"+d.id} type="text" maxLength="500" dir="auto" value=${o[d.id]||""} onInput=${m=>i({...o,[d.id]:m.currentTarget.value})} />
          </div>
          <p class="booking-actions">
            <button type="button" onClick=${()=>a(d,!0)}>${n("sessions.queue.approve")}</button>
            <button type="button" onClick=${()=>a(d,!1)}>${n("sessions.queue.refuse")}</button>
          </p>
        </li>`)}
    </ul>
    <p role="status">${s}</p>
  </section>`}function ta(){let e=B.value,t=e?.time_zone||be(),o=E(le),i=J(ii(te.value)),s=te.value,r=ii(s).mine==="true",a=E(()=>{let{offset:f,...p}=ii(s);return C("/api/sessions"+Re({...p,mine:r?"true":void 0,offset:f||void 0,limit:Xs}))},[s,wt.value]),c=pt({form:i,names:Js,search:s,results:a,keep:r?{mine:"true"}:{}}),d={type:n("sessions.field.type"),language:n("sessions.field.language"),theme:n("field.theme"),day:n("sessions.field.day"),offset:n("directory.page"),limit:n("directory.page")},m=o.data||{themes:[],session_types:[]},u=a.data,h=(f,p,g)=>l`<a href=${p} class=${"tab"+(f?" on":"")} aria-current=${f?"page":void 0}>${g}</a>`;return l`<${M} title=${n("sessions.title")} intro=${n("sessions.intro")} wide>
    <p class="session-top">
      <a class="button primary" href="/sessions/new">${n("sessions.propose")}</a>
      <span class="tabs">${h(!r,"/sessions",n("sessions.all"))} ${h(r,"/sessions?mine=true",n("sessions.mine"))}</span>
    </p>
    <p class="muted">${n("booth.hours_zone",{zone:t.replaceAll("_"," ")})}</p>
    ${e?.role==="secretariat"&&m.session_approval&&l`<${kd} zone=${t} />`}
    ${o.error&&l`<${R} error=${o.error} retry=${o.reload} />`}
    <${ft} form=${i} labels=${d} filters=${c}>
      <${U} form=${i} name="type" label=${d.type} options=${W("sessions.type",m.session_types)} placeholder=${n("directory.any")} />
      <${U} form=${i} name="language" label=${d.language} options=${je()} placeholder=${n("directory.any")} />
      <${U} form=${i} name="theme" label=${d.theme} options=${W("theme",m.themes)} placeholder=${n("directory.any")} />
      <${z} form=${i} name="day" type="date" label=${d.day} />
    <//>
    <${ht} results=${a} filters=${c} limit=${Xs} count=${f=>n("sessions.count",{count:f})}>
      <ul class="sessions" aria-busy=${a.loading?"true":void 0}>
        ${u?.items.map(f=>l`<${wd} key=${f.id} s=${f} zone=${t} />`)}
      </ul>
    <//>
  <//>`}function oa(){let e=B.value,t=E(le);async function o(i){let s=await Z("/api/sessions",i);x(n(s.status==="proposed"?"sessions.proposed_wait":"sessions.proposed")),$e(si(s))}return l`<${M} title=${n("sessions.propose")} intro=${n("sessions.propose_intro")}>
    ${t.error&&l`<${R} error=${t.error} retry=${t.reload} />`}
    ${t.data&&t.data.session_approval&&l`<p class="notice">${n("sessions.approval_note")}</p>`}
    <section class="card">
      ${t.data?l`<${oi} meta=${t.data} zone=${e?.time_zone} onSave=${o} submitLabel=${n("sessions.propose_send")} />`:l`<${N} />`}
    </section>
  <//>`}function xd({s:e}){let t=_e(e.room||"session:"+e.id);return t.refused.value?l`<div class="notice notice-error" role="alert"><p>${n("sessions.room_refused")}</p></div>`:l`<${$t} view=${t} id="session-chat" />`}function Sd({s:e,meta:t,zone:o,reload:i,set:s}){let[r,a]=$(!1),[c,d]=$(!1),m=E(()=>c?C("/api/sessions/"+encodeURIComponent(e.id)+"/attendees"):Promise.resolve(null),[c,e.confirmed,e.waitlisted]),u=J({text:""}),h="/api/sessions/"+encodeURIComponent(e.id),f=e.status==="listed"||e.status==="proposed",p=u.submit(async v=>{await Z(h+"/messages",{text:v.text}),u.setAll({text:""}),x(n("sessions.tools.sent")),i()});async function g(){if(confirm(n("sessions.tools.cancel_confirm")))try{await se(h),x(n("sessions.tools.cancelled")),i()}catch(v){x(v instanceof q?v.message:n("error.internal"),{kind:"error"})}}async function b(v){s(await He(h,v)),a(!1),x(n("sessions.tools.saved"))}return l`<section class="card" aria-labelledby="tools-title">
    <h2 id="tools-title">${n("sessions.tools.title")}</h2>
    ${f&&l`<form class="form" onSubmit=${p} novalidate>
      <${oe} form=${u} labels=${{text:n("sessions.tools.message")}} id="note-errors" />
      <${z} form=${u} name="text" label=${n("sessions.tools.message")} hint=${n("sessions.tools.message_hint")} multiline rows=${3} dir="auto" />
      <div class="actions"><${re} form=${u} label=${n("sessions.tools.send")} /></div>
    </form>`}
    <p class="booking-actions">
      <button type="button" aria-expanded=${c?"true":"false"} aria-controls="attendees" onClick=${()=>d(!c)}>${n("sessions.tools.attendees")}</button>
      ${f&&l`<button type="button" aria-expanded=${r?"true":"false"} aria-controls="session-edit" onClick=${()=>a(!r)}>${n("sessions.tools.edit")}</button>`}
      ${f&&l`<button type="button" class="danger" onClick=${g}>${n("sessions.tools.cancel")}</button>`}
    </p>
    <div id="attendees">
      ${c&&(m.error?l`<${R} error=${m.error} retry=${m.reload} />`:m.data?m.data.items.length===0?l`<p class="muted">${n("sessions.tools.nobody")}</p>`:l`<ol class="attendees">
                ${m.data.items.map(v=>l`<li key=${v.person.id}>
                    <a href=${"/people/"+encodeURIComponent(v.person.id)} dir="auto">${v.person.name}</a>${" · "}${v.place==="confirmed"?n("sessions.attendee.confirmed"):n("sessions.place.waitlisted",{position:v.position||1})}
                  </li>`)}
              </ol>`:l`<${N} />`)}
    </div>
    <div id="session-edit">
      ${r&&l`<h3>${n("sessions.tools.edit")}</h3><${oi} s=${e} meta=${t} zone=${o} onSave=${b} submitLabel=${n("sessions.tools.save")} />`}
    </div>
  </section>`}function na({id:e}){let t=B.value,o=t?.time_zone||be(),i=E(le),s="/api/sessions/"+encodeURIComponent(e),r=E(()=>C(s),[e,wt.value]),a=_d(),[c,d]=$(""),[m,u]=$(!1),h=Fo.value[e];if(r.error&&!r.data)return l`<${M} title=${n("sessions.title")}><${R} error=${r.error} retry=${r.reload} /><//>`;let f=r.data;if(!f)return l`<${M} title=${n("sessions.title")}><${N} /><//>`;let p=f.place==="organiser"||t?.role==="secretariat",g=a>=Date.parse(f.starts_at),b=a>=Date.parse(f.ends_at),v=f.status==="listed"&&a>=Date.parse(f.starts_at)-vd&&!b&&(f.place==="confirmed"||p);async function _(){try{let k=await Z(s+"/signup");r.set(k),d(k.place==="confirmed"?n("sessions.signed_up"):n("sessions.place.waitlisted",{position:k.position||1}))}catch(k){d(k instanceof q?k.message:n("error.internal"))}}async function y(){try{await se(s+"/signup"),d(n("sessions.withdrawn")),r.reload()}catch(k){d(k instanceof q?k.message:n("error.internal"))}}async function w(){try{let{blob:k,filename:S}=await Bt(s+"/event.ics"),G=URL.createObjectURL(k),H=document.createElement("a");H.href=G,H.download=S==="download"?"village-"+e+".ics":S,document.body.append(H),H.click(),H.remove(),setTimeout(()=>URL.revokeObjectURL(G),1e4)}catch{d(n("error.internal"))}}return l`<${M} title=${f.title}>
    ${h&&l`<div class=${"notice"+(h.type==="session.cancelled"?" notice-error":"")}><p>${h.text}</p></div>`}
    <${ai} s=${f} zone=${o} />
    <p>${n("sessions.by",{name:ri(f.organiser?.name||"")})} · ${Qs(f)}</p>
    ${f.themes?.length>0&&l`<ul class="tags" aria-label=${n("directory.themes")}>
      ${f.themes.map(k=>l`<li key=${k}>${P("theme",k)}</li>`)}
    </ul>`}
    ${f.status!=="listed"&&l`<p class="notice"><strong>${n("sessions.status."+f.status)}</strong>${f.status_reason?l` · <span dir="auto">${f.status_reason}</span>`:""}</p>`}
    ${f.description_html&&l`<div class="markdown" dir="auto" dangerouslySetInnerHTML=${{__html:f.description_html}}></div>`}
    <section class="card" aria-labelledby="place-title">
      <h2 id="place-title">${n("sessions.your_place")}</h2>
      <p class="session-place"><strong>${ea(f)||n("sessions.place.none")}</strong></p>
      <p class="booking-actions">
        ${f.place==="none"&&f.status==="listed"&&!g&&l`<button type="button" class="primary" onClick=${_}>${n("sessions.sign_up")}</button>`}
        ${(f.place==="confirmed"||f.place==="waitlisted")&&f.status==="listed"&&!g&&l`<button type="button" onClick=${y}>${n("sessions.withdraw")}</button>`}
        <button type="button" onClick=${w}>${n("schedule.ics")}</button>
        ${v&&!m&&l`<button type="button" class="primary" onClick=${()=>u(!0)}>${n("sessions.join_room")}</button>`}
      </p>
      <p role="status" class="session-status">${c}</p>
    </section>
    ${v&&m&&l`<section class="card" aria-labelledby="room-title"><h2 id="room-title">${n("sessions.room")}</h2><${xd} s=${f} /></section>`}
    ${f.messages?.length>0&&l`<section class="card" aria-labelledby="notes-title">
      <h2 id="notes-title">${n("sessions.messages")}</h2>
      <ul class="session-notes">
        ${[...f.messages].reverse().map(k=>l`<li key=${k.id}><p class="chat-meta"><strong dir="auto">${k.from.name}</strong> <time class="muted" datetime=${k.at}>${A(k.at,o,Ks)}</time></p><p dir="auto">${k.text}</p></li>`)}
      </ul>
    </section>`}
    ${p&&l`<${Sd} s=${f} meta=${i.data} zone=${o} reload=${r.reload} set=${r.set} />`}
    <p><a href="/sessions">${n("sessions.back")}</a></p>
  <//>`}var Td=[{path:"/",page:zr,who:"in"},{path:"/signin",page:Rr,who:"out"},{path:"/register",page:qr,who:"out"},{path:"/invite/:id",page:jr,who:"any"},{path:"/me",page:Zr,who:"in"},{path:"/people",page:Qr,who:"in"},{path:"/people/:id",page:es,who:"in"},{path:"/village",page:ss,who:"in"},{path:"/booths/:id",page:vs,who:"in"},{path:"/organisations",page:_s,who:"in",role:"secretariat"},{path:"/invitations",page:ws,who:"in",role:"secretariat"},{path:"/talk/:id",page:xs,who:"in"},{path:"/meet/:id",page:Ss,who:"in"},{path:"/schedule",page:Ts,who:"in"},{path:"/console",page:qs,who:"in",role:["staff","secretariat"]},{path:"/contacts",page:Ws,who:"in"},{path:"/sessions",page:ta,who:"in"},{path:"/sessions/new",page:oa,who:"in"},{path:"/sessions/:id",page:na,who:"in"}];function Ed(e){for(let t of Td){let o=Pr(t.path,e);if(o)return{route:t,params:o}}return{route:{page:Fn,who:"any"},params:{}}}function Dn(){let e=new URLSearchParams(te.value).get("next");return e&&e.startsWith("/")&&!e.startsWith("//")?e:"/"}function ia(){let e=ye.value,t=ae.value,o=B.value,{route:i,params:s}=Ed(e),r=L(!0),a=L(!1);t==="in"&&(a.current=!0);let c=null;t==="out"&&i.who==="in"?c="/signin"+(e==="/"||a.current?"":"?next="+encodeURIComponent(e+te.value)):t==="in"&&i.who==="out"&&(c=Dn()),T(()=>{c&&$e(c,{replace:!0})},[c]),T(()=>{if(r.current){r.current=!1;return}requestAnimationFrame(()=>document.querySelector("main h1")?.focus())},[e]);let d;return t==="loading"||c?d=l`<${N} />`:i.role&&o&&![i.role].flat().includes(o.role)?d=l`<${Fn} />`:d=l`<${i.page} ...${s} />`,l`<${Br} />
    <main id="main" tabindex="-1">${d}</main>
    <footer class="site-footer"><div class="frame"><p>${n("footer.text")}</p></div></footer>
    <${Nr} />`}async function Cd(){await Promise.allSettled([nt($o()),gr()]);let e=B.peek();if(e&&!go()){bo(e.languages||[]);let o=$o(e.languages||[]);o!==Y.peek()&&await nt(o).catch(()=>{})}ce(()=>{let o=B.value;o&&!go()?(bo(o.languages||[]),nt($o(o.languages||[]))):!o&&it.peek()==="user"&&bo([])}),ce(()=>{let o=it.value;o==="expired"||o==="gone"?Se(()=>x(n("error.unauthenticated"),{kind:"error",timeout:0})):o==="unreachable"&&Se(()=>x(n("error.session_unreachable"),{kind:"error",timeout:0}))}),Ar(o=>{let i=o?.from?.name||"",s="toast.direct."+o.kind,r=n(s,{name:i});x(r===s?n("toast.direct",{name:i}):r)});let t=document.getElementById("app");t.textContent="",Ko(l`<${ia} />`,t)}Cd();
