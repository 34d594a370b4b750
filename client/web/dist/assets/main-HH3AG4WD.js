var Z,Vi,yn,Xe,bn,vo,Zi,yo,Xi,kn,$n,Rl,jt=Symbol.for("pv"),_o={},wo=[],Ll=/^m(i|n|o|s|text|space)$/,vn=Array.isArray,_n=wo.slice,st=Object.assign;function rt(e){e&&e.parentNode&&e.remove()}function Yt(e,t,o){var i,s,r,l={},c=arguments.length;for(r in t)r=="key"?i=t[r]:r=="ref"&&typeof e!="function"?s=t[r]:l[r]=t[r];return c>2&&(l.children=c>3?_n.call(arguments,2):o),Gt(e,l,i,s,null)}function Gt(e,t,o,i,s){var r={type:e,props:t,key:o,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:jt,__v:s||++Vi,__i:-1,__u:0};return!s&&Z.vnode&&Z.vnode(r),r}function lt(e){return e.children}function at(e,t){this.props=e,this.context=t,this.__g=0}function Je(e,t){if(t==null)return e.__&&Je(e.__,e.__i+1);for(var o;t<e.__k.length;t++)if((o=e.__k[t])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:Je(e)}function Nl(e){var t,o=e.__v,i=o.__e,s=[],r=[],l=e.__P;l&&((t=st({constructor:jt},o)).__v=o.__v+1,Z.vnode&&Z.vnode(t),wn(l,t,o,e.__n,l.namespaceURI,32&o.__u?[i]:null,s,i||Je(o),32&o.__u,r),t.__v=o.__v,t.__.__k[t.__i]=t,or(s,t,r),o.__=o.__e=null,t.__e!=i&&Ji(t))}function Ji(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Ji(e)}function Yi(e){(8&e.__g||(e.__g|=8,Xe.push(e),vo++))&&bn==Z.debounceRendering||((bn=Z.debounceRendering)||queueMicrotask)(Ki)}function Ki(){try{for(var e,t=1;Xe.length;)Xe.length>t&&Xe.sort(Zi),e=Xe.shift(),t=Xe.length,8&e.__g&&Nl(e)}finally{(vo=Xe.length)&&(bn||queueMicrotask)(Ki)}}function Qi(e,t,o,i,s,r,l,c,d,m,u){var h,p,f,g,b,y,w=i.__k||wo,k=t.length;for(d=Bl(o,t,w,d,k),h=0;h<k;h++)(f=o.__k[h])!=null&&(p=~f.__i&&w[f.__i]||_o,f.__i=h,y=wn(e,f,p,s,r,l,c,d,m,u),g=f.__e,(p.ref!=f.ref||8&p.__u)&&(p.ref&&xn(p.ref,null,f,p),f.ref&&u.push(f.ref,f.__c||g,f)),b=b||g,4&f.__u?(d=er(f,d,e,!p.__v),p.__e&&(p.__e=null)):typeof f.type=="function"&&y!==void 0?d=y:g&&(d=g.nextSibling),f.__u&=-21);return o.__e=b,d}function Bl(e,t,o,i,s){var r,l,c,d,m,u,h,p,f,g=o.length,b=g,y=0,w=0,k=e.__k=Array(s);for(r=0;r<s;r++)(l=t[r])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l!="object"||l.constructor===String?l=k[r]=Gt(null,l):vn(l)?l=k[r]=Gt(lt,{children:l}):l.constructor===jt&&l.__b?l=k[r]=Gt(l.type,l.props,l.key,l.ref,l.__v):k[r]=l,d=r+y,l.__=e,l.__b=e.__b+1,c=null,~(m=l.__i=Ml(l,o,d,b))&&(b--,(c=o[m])&&(c.__u|=2)),c&&c.__v?(l.__u|=16,m==d-1?y--:m==d+1?y++:m!=d&&(m>d?y--:y++,w=1)):(~m||(s>g?y--:s<g&&y++),typeof l.type!="function"&&(l.__u|=4))):k[r]=null;if(w){for(u=[],h=[],r=0;r<s;r++)if((l=k[r])&&16&l.__u){for(y=0,p=u.length;y<p;)u[f=y+p>>1]<l.__i?y=f+1:p=f;u[y]=l.__i,h[r]=y+1}for(y=u.length;r--;)h[r]&&(h[r]==y?y--:k[r].__u|=4)}if(b)for(r=0;r<g;r++)!(c=o[r])||2&c.__u||(c.__e==i&&(i=Je(c)),Sn(c,c));return i}function er(e,t,o,i){var s,r,l,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(r=0;r<s.length;r++)s[r]&&(s[r].__=e,t=er(s[r],t,o,!1));return t}for(t&&!t.parentNode&&(t=Je(e))&&!t.parentNode&&(t=null),l=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(l!=c&&(!i&&o.moveBefore&&l.parentNode?o.moveBefore(l,t):o.insertBefore(l,t||null)),t=l;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Ml(e,t,o,i){var s,r=e.key,l=e.type,c=t[o],d=c&&!(2&c.__u);if(c===null&&r==null||d&&r==c.key&&l==c.type)return o;if(i>(d?1:0)){for(s=o-1;s>=0;s--)if((c=t[s])&&!(2&c.__u)&&r==c.key&&l==c.type)return s;for(s=o+1;s<t.length;s++)if((c=t[s])&&!(2&c.__u)&&r==c.key&&l==c.type)return s}return-1}function Wi(e,t,o){o==null&&(o=""),t[0]=="-"?e.setProperty(t,o):e[t]=o}function $o(e,t,o,i,s){var r,l;if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)o&&t in o||Wi(e.style,t);if(o)for(t in o)i&&o[t]==i[t]||Wi(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")typeof o!="function"&&(o=null),typeof i!="function"&&(i=null),(e.__e||(e.__e={}))[t]=o,o&&i||(l=$n[t]||($n[t]=Hl(t)),(e.__a||(e.__a={}))[t]=kn,r=t!=(t=t.replace(Xi,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),o?e.addEventListener(t,l,r):e.removeEventListener(t,l,r));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o)}}function Hl(e){return function(t){var o=this.__e;if(o){if(o=o[e],t[yo]==null)t[yo]=kn++;else if(t[yo]<this.__a[e])return;return o(Z.event?Z.event(t):t)}}}function wn(e,t,o,i,s,r,l,c,d,m){var u,h,p,f,g,b,y,w,k,_,v,E,M,I,H,re,N,se,ee=t.type;if(t.constructor!==jt)return null;128&o.__u&&(d=32&o.__u,u=o.__c.__z)&&(t.__u|=d,h=r=[],u.nodeType==8?c=ko(u,r):r.push(u),c=r[0]||c),(u=Z.__b)&&u(t);e:if(typeof ee=="function"){p=l.length;try{if(w=t.props,k=(u=ee.prototype)&&u.render,_=(u=ee.contextType)&&i[u.__c],v=u?_?_.props.value:u.__:i,(f=o.__c)?(t.__c=f,2&f.__g&&(f.__g|=1)):(k?t.__c=f=new ee(w,v):(t.__c=f=new at(w,v),f.constructor=ee,f.render=Ul),_&&_.sub(f),f.state||(f.state={}),f.__n=i,f.__g|=8,f.__h=[],f.__k=[]),k&&(f.__s||(f.__s=f.state),ee.getDerivedStateFromProps&&(f.__s==f.state&&(f.__s=st({},f.__s)),st(f.__s,ee.getDerivedStateFromProps(w,f.__s)))),g=f.props,b=f.state,f.__v=t,o.__c){if(w!==g&&k&&!ee.getDerivedStateFromProps&&f.componentWillReceiveProps&&f.componentWillReceiveProps(w,v),t.__v==o.__v&&!(8&f.__g)||!(4&f.__g)&&f.shouldComponentUpdate&&f.shouldComponentUpdate(w,f.__s,v)===!1){t.__v!=o.__v&&(f.props=w,f.state=f.__s,f.__g&=-9),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(pe){pe&&(pe.__=t)}),wo.push.apply(f.__h,f.__k),f.__k=[],f.__h.length&&l.push(f),c=Je(o);break e}f.componentWillUpdate&&f.componentWillUpdate(w,f.__s,v),k&&f.componentDidUpdate&&f.__h.push(function(){f.componentDidUpdate(g,b,y)})}else k&&!ee.getDerivedStateFromProps&&f.componentWillMount&&f.componentWillMount(),k&&f.componentDidMount&&f.__h.push(f.componentDidMount);f.context=v,f.props=w,f.__P=e,f.__g&=-5,E=Z.__r,M=k?25:0;do f.__g&=-9,E&&E(t),u=f.render(f.props,f.state=f.__s,f.context);while(8&f.__g&&++M<25);k&&(wo.push.apply(f.__h,f.__k),f.__k=[]),f.state=f.__s,f.getChildContext&&(i=st({},i,f.getChildContext())),k&&o.__c&&f.getSnapshotBeforeUpdate&&(y=f.getSnapshotBeforeUpdate(g,b)),I=u&&u.type===lt&&u.key==null?u.props.children:u,w.__P&&(u=c,s=(e=w.__P).namespaceURI,d=r=null,o.props&&o.props.__P!=e&&(o.__k.some(function(pe){pe&&Sn(pe,pe)}),o.__k=null),c=o.__k?Je(o,0):null),c=Qi(e,vn(I)?I:[I],t,o,i,s,r,l,c,d,m),w.__P&&(t.__e=null,c=u),t.__u&=-161,h&&h.some(rt),f.__h.length&&l.push(f),1&f.__g&&(f.__g&=-4)}catch(pe){if(l.length=p,t.__v=null,d||r)if(pe&&pe.then){if(t.__u|=128|d,r){for(~(N=r.indexOf(c||void 0))||(N=r.length);(se=r[N-1])&&se.nodeType==8;)N--;for(;N<r.length;N++)if(se=r[N])if(r[N]=null,H){if(se==re)break}else{if(se.nodeType!=8)break;se.data.startsWith("$s")&&(re=ko(H=se))}}if(!H){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;H=c}(u=ko(H=t.__c.__z||(t.__c.__z=H)))?(t.__e=H,c=u):t.__e=c,c=c&&c.nextSibling}else r&&r.some(rt);else t.__e=o.__e;t.__k||(t.__k=o.__k||[]),pe&&pe.then||tr(t),Z.__e(pe,t,o)}}else c=t.__e=Dl(o.__e,t,o,i,s,r,l,d,m,e);return(u=Z.diffed)&&u(t),c}function ko(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}t&&t.push(e)}}function tr(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(tr))}function or(e,t,o){for(var i=0;i<o.length;)xn(o[i++],o[i++],o[i++]);Z.__c&&Z.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(r){r.call(s)})}catch(r){Z.__e(r,s.__v)}})}function Dl(e,t,o,i,s,r,l,c,d,m){var u,h,p,f,g,b,y,w,k=o.props||_o,_=t.props,v=t.type;if(v=="svg"?s="http://www.w3.org/2000/svg":v=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),r){for(u=0;u<r.length;u++)if((g=r[u])&&(v?g.localName==v:g.nodeType==3)){e=g,r[u]=null;break}}if(!e){if(w=m.ownerDocument||document,!v)return w.createTextNode(_);e=w.createElementNS(s,v,_.is?_:m),c&&(Z.__m&&Z.__m(t,r),c=!1),r=null}if(v){if(m=v=="template"&&e.content||e,r=v=="textarea"&&_.defaultValue!=null?null:r&&_n.call(m.childNodes),!c&&r)for(k={},u=0;u<e.attributes.length;u++)k[(g=e.attributes[u]).name]=g.value;for(u in k)g=k[u],u=="dangerouslySetInnerHTML"?p=g:u=="children"||u in _||u=="value"&&"defaultValue"in _||u=="checked"&&"defaultChecked"in _||$o(e,u,null,g,s);for(u in _)g=_[u],u=="children"?f=g:u=="dangerouslySetInnerHTML"?h=g:u=="value"?b=g:u=="checked"?y=g:c&&typeof g!="function"||k[u]===g||$o(e,u,g,k[u],s);h?(c||p&&(h.__html==p.__html||h.__html==e.innerHTML)||(e.innerHTML=h.__html),t.__k=[]):(p&&(e.textContent=""),(v=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&Ll.test(v))&&(s="http://www.w3.org/1999/xhtml"),Qi(m,vn(f)?f:[f],t,o,i,s,r,l,r?r[0]:o.__k&&Je(o,0),c,d),r&&r.some(rt)),c&&v!="textarea"||(u="value",v=="progress"&&b==null?e.removeAttribute(u):b==null||b===e[u]&&(v!="progress"||b)||$o(e,u,b,k[u],s),u="checked",y!=null&&y!=e[u]&&$o(e,u,y,k[u],s))}else k===_||c&&e.data==_||(e.data=_);return e}function xn(e,t,o,i){try{typeof e=="function"?t?t.__x=e(t)||1:i&&(i=i.__c||i.__e)&&(t=i.__x)&&(i.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){Z.__e(s,o)}}function Sn(e,t,o){var i,s,r,l;if(Z.unmount&&Z.unmount(e),!(i=e.ref)||i.current&&i.current!=e.__e||xn(i,null,t,e),i=e.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(c){Z.__e(c,t)}i.__P=i.__n=null}if(i=e.__k)for(l=0;l<i.length;l++)i[l]&&Sn(i[l],t,typeof e.type!="function"||o&&!e.props.__P);!o&&(i=e.__c)&&(i=i.__z)&&(s=ko(i,r=[]))&&(i==e.__e&&r.some(rt),rt(s),rt(i)),o||rt(e.__e),e.__e=e.__c=e.__=null}function Ul(e,t,o){return this.constructor(e,o)}function Tn(e,t){var o,i,s,r;Z.__&&Z.__(e,t),t.nodeType==9&&(t=t.documentElement),i=(o=e&&32&e.__u)?null:t.__k,t.__k=Gt(lt,{children:[e]}),s=[],r=[],wn(t,t.__k,i||_o,_o,t.namespaceURI,i?null:t.firstChild?_n.call(t.childNodes):null,s,i?i.__e:t.firstChild,o,r),or(s,t.__k,r),t.__k.props.children=null}Z={__e:function(e,t,o,i){for(var s,r,l;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((l=(r=s.constructor)&&r.getDerivedStateFromError)&&s.setState(r.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,i||{}),l=1),l&&8&s.__g)return void(s.__g|=2)}catch(c){e=c}}throw vo=0,e}},Vi=0,yn=function(e){return e!=null&&e.constructor===jt},at.prototype.setState=function(e,t){var o=this.__s;o&&o!=this.state||(o=this.__s=st({},this.state)),typeof e=="function"&&(e=e(st({},o),this.props)),e&&(st(o,e),this.__v&&(t&&this.__k.push(t),Yi(this)))},at.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Yi(this))},at.prototype.render=lt,Xe=[],vo=0,Zi=function(e,t){return e.__v.__b-t.__v.__b},yo=Symbol(),Xi=/(PointerCapture)$|Capture$/i,kn=0,$n={},Rl=0;var ir=function(e,t,o,i){var s;t[0]=0;for(var r=1;r<t.length;r++){var l=t[r++],c=t[r]?(t[0]|=l?1:2,o[t[r++]]):t[++r];l===3?i[0]=c:l===4?i[1]=Object.assign(i[1]||{},c):l===5?(i[1]=i[1]||{})[t[++r]]=c:l===6?i[1][t[++r]]+=c+"":l?(s=e.apply(c,ir(e,c,o,["",null])),i.push(s),c[0]?t[0]|=2:(t[r-2]=0,t[r]=s)):i.push(c)}return i},nr=new Map;function rr(e){var t=nr.get(this);return t||(t=new Map,nr.set(this,t)),(t=ir(this,t.get(e)||(t.set(e,t=(function(o){for(var i,s,r=1,l="",c="",d=[0],m=function(p){r===1&&(p||(l=l.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,p,l):r===3&&(p||l)?(d.push(3,p,l),r=2):r===2&&l==="..."&&p?d.push(4,p,0):r===2&&l&&!p?d.push(5,0,!0,l):r>=5&&((l||!p&&r===5)&&(d.push(r,0,l,s),r=6),p&&(d.push(r,p,0,s),r=6)),l=""},u=0;u<o.length;u++){u&&(r===1&&m(),m(u));for(var h=0;h<o[u].length;h++)i=o[u][h],r===1?i==="<"?(m(),d=[d],r=3):l+=i:r===4?l==="--"&&i===">"?(r=1,l=""):l=i+l[0]:c?i===c?c="":l+=i:i==='"'||i==="'"?c=i:i===">"?(m(),r=1):r&&(i==="="?(r=5,s=l,l=""):i==="/"&&(r<5||o[u][h+1]===">")?(m(),r===3&&(d=d[0]),r=d,(d=d[0]).push(2,0,r),r=0):i===" "||i==="	"||i===`
`||i==="\r"?(m(),r=2):l+=i),r===3&&l==="!--"&&(r=4,d=d[0])}return m(),d})(e)),t),arguments,[])).length>1?t:t[0]}var a=rr.bind(Yt);var bt,ue,Cn,sr,En=Object.is,xo=0,hr=[],In=[],ce=Z,ar=ce.__b,lr=ce.__r,cr=ce.diffed,dr=ce.__c,ur=ce.unmount,mr=ce.__;function So(e,t){ce.__h&&ce.__h(ue,e,xo||t),xo=0;var o=ue.__H||(ue.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function $(e){return xo=1,Ol(br,e)}function Ol(e,t,o){var i=So(bt++,2);if(i.t=e,!i.__c&&(i.__=[o?o(t):br(void 0,t),function(r){var l=(i.__N||i.__)[0],c=i.t(l,r);En(l,c)||(i.__N=[c,i.__[1]],i.__c.setState({}))}],i.__c=ue,!ue.__f)){ue.__f=!0;var s=ue.shouldComponentUpdate;ue.shouldComponentUpdate=function(r,l,c){var d=this.__H;if(!d)return!0;var m=!1,u=this.props!=r;if(d.__.some(function(p){p.__N&&(m=!0,En(p.__[0],p.__N[0])||(u=!0))}),s){var h=s.call(this,r,l,c);return m?h||u:h}return!m||u}}return i.__}function x(e,t){var o=So(bt++,3);!ce.__s&&zn(o.__H,t)&&(o.__P=!0,o.__=e,o.u=t,ue.__H.__h.push(o))}function gr(e,t){var o=So(bt++,4);!ce.__s&&zn(o.__H,t)&&(o.__P=!1,o.__=e,o.u=t,ue.__h.push(o))}function z(e){return xo=5,$t(function(){return{current:e}},[])}function $t(e,t){var o=So(bt++,7);return zn(o.__H,t)&&(o.__=e(),o.__H=t),o.__}function Fl(){var e;do{for(;e=In.shift();)try{Wt(e)}catch(o){ce.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=hr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Wt),t.__h.some(An),t.__h=[]}catch(o){t.__h=[],ce.__e(o,e.__v)}}}while(In.length)}ce.__b=function(e){ue=null,ar&&ar(e)},ce.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),mr&&mr(e,t)},ce.__r=function(e){lr&&lr(e),bt=0;var t=(ue=e.__c).__H;t&&(Cn==ue?ue.__h=[]:(t.__h.some(Wt),t.__h.some(An),bt=0),t.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),Cn=ue},ce.diffed=function(e){cr&&cr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&fr(hr.push(t)),t.__H.__.some(function(o){o.u&&(o.__H=o.u)})),Cn=ue=null},ce.__c=function(e,t){t.some(function(o){try{o.__h.some(Wt),o.__h=o.__h.filter(function(i){return!i.__||An(i)})}catch(i){o.__h=[function(){throw i}]}}),dr&&dr(e,t)},ce.unmount=function(e){ur&&ur(e);var t,o,i=e.__c;i&&i.__H&&(i.__H.__.some(function(s){try{if(s.__P&&s.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}s.__P=o,fr(In.push(s))}else Wt(s)}catch(r){t=r}}),i.__H=void 0,t&&ce.__e(t,i.__v))};var pr=typeof requestAnimationFrame=="function";function ql(e){var t,o=function(){clearTimeout(i),pr&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(o,35);pr&&(t=requestAnimationFrame(o))}function fr(e){e!=1&&sr==ce.requestAnimationFrame||((sr=ce.requestAnimationFrame)||ql)(Fl)}function Wt(e){var t=ue,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),ue=t}function An(e){var t=ue;e.__c=e.__(),ue=t}function zn(e,t){return!e||e.length!=t.length||t.some(function(o,i){return!En(o,e[i])})}function br(e,t){return typeof t=="function"?t(e):t}var Gl=Symbol.for("preact-signals");function Io(){if(je>1)je--;else{var e,t=!1;for((function(){var s=Co;for(Co=void 0;s!==void 0;){var r=s.S;if(r.v===s.v)for(var l=r.t;l!==void 0;l=l.x)l.i===s.i&&(l.i=r.i);s=s.o}})();Zt!==void 0;){var o=Zt;for(Zt=void 0,To++;o!==void 0;){var i=o.u;if(o.u=void 0,o.f&=-3,!(8&o.f)&&yr(o))try{o.c()}catch(s){t||(e=s,t=!0)}o=i}}if(To=0,je--,t)throw e}}function Rn(e){if(je>0)return e();Pn=++jl,je++;try{return e()}finally{Io()}}var Vt,ne=void 0;function Ne(e){var t=ne,o=Vt;ne=void 0,Vt=void 0;try{return e()}finally{ne=t,Vt=o}}var Zt=void 0,je=0,To=0,jl=0,Pn=0,Co=void 0,Eo=0;function $r(e){if(ne!==void 0){var t=e.n;if(t===void 0||t.t!==ne)return t={i:0,S:e,p:ne.s,n:void 0,t:ne,e:void 0,x:void 0,r:t},ne.s!==void 0&&(ne.s.n=t),ne.s=t,e.n=t,32&ne.f&&e.S(t),t;if(t.i===-1)return t.i=0,t.n!==void 0&&(t.n.p=t.p,t.p!==void 0&&(t.p.n=t.n),t.p=ne.s,t.n=void 0,ne.s.n=t,ne.s=t),t}}function fe(e,t){this.v=e,this.i=0,this.n=void 0,this.t=void 0,this.l=0,this.W=t?.watched,this.Z=t?.unwatched,this.name=t?.name}fe.prototype.brand=Gl;fe.prototype.h=function(){return!0};fe.prototype.S=function(e){var t=this,o=this.t;o!==e&&e.e===void 0&&(e.x=o,this.t=e,o!==void 0?o.e=e:Ne(function(){var i;(i=t.W)==null||i.call(t)}))};fe.prototype.U=function(e){var t=this;if(this.t!==void 0){var o=e.e,i=e.x;o!==void 0&&(o.x=i,e.e=void 0),i!==void 0&&(i.e=o,e.x=void 0),e===this.t&&(this.t=i,i===void 0&&Ne(function(){var s;(s=t.Z)==null||s.call(t)}))}};fe.prototype.subscribe=function(e){var t=this;return me(function(){var o=t.value;Ne(function(){return e(o)})},{name:"sub"})};fe.prototype.valueOf=function(){return this.value};fe.prototype.toString=function(){return this.value+""};fe.prototype.toJSON=function(){return this.value};fe.prototype.peek=function(){var e=this;return Ne(function(){return e.value})};Object.defineProperty(fe.prototype,"value",{get:function(){var e=$r(this);return e!==void 0&&(e.i=this.i),this.v},set:function(e){if(e!==this.v){if(To>100)throw new Error("Cycle detected");(function(o){je!==0&&To===0&&o.l!==Pn&&(o.l=Pn,Co={S:o,v:o.v,i:o.i,o:Co})})(this),this.v=e,this.i++,Eo++,je++;try{for(var t=this.t;t!==void 0;t=t.x)t.t.N()}finally{Io()}}}});function F(e,t){return new fe(e,t)}function yr(e){for(var t=e.s;t!==void 0;t=t.n)if(t.S.i!==t.i||!t.S.h()||t.S.i!==t.i)return!0;return!1}function kr(e){for(var t=e.s;t!==void 0;t=t.n){var o=t.S.n;if(o!==void 0&&(t.r=o),t.S.n=t,t.i=-1,t.n===void 0){e.s=t;break}}}function vr(e){for(var t=e.s,o=void 0;t!==void 0;){var i=t.p;t.i===-1?(t.S.U(t),i!==void 0&&(i.n=t.n),t.n!==void 0&&(t.n.p=i)):o=t,t.S.n=t.r,t.r!==void 0&&(t.r=void 0),t=i}e.s=o}function ct(e,t){fe.call(this,void 0,t),this.x=e,this.s=void 0,this.g=Eo-1,this.f=4}ct.prototype=new fe;ct.prototype.h=function(){if(this.f&=-3,1&this.f)return!1;if((36&this.f)==32||(this.f&=-5,this.g===Eo))return!0;if(this.g=Eo,this.f|=1,this.i>0&&!yr(this))return this.f&=-2,!0;var e=ne;try{kr(this),ne=this;var t=this.x();(16&this.f||this.v!==t||this.i===0)&&(this.v=t,this.f&=-17,this.i++)}catch(o){this.v=o,this.f|=16,this.i++}return ne=e,vr(this),this.f&=-2,!0};ct.prototype.S=function(e){if(this.t===void 0){this.f|=36;for(var t=this.s;t!==void 0;t=t.n)t.S.S(t)}fe.prototype.S.call(this,e)};ct.prototype.U=function(e){if(this.t!==void 0&&(fe.prototype.U.call(this,e),this.t===void 0)){this.f&=-33;for(var t=this.s;t!==void 0;t=t.n)t.S.U(t)}};ct.prototype.N=function(){if(!(2&this.f)){this.f|=6;for(var e=this.t;e!==void 0;e=e.x)e.t.N()}};Object.defineProperty(ct.prototype,"value",{get:function(){if(1&this.f)throw new Error("Cycle detected");var e=$r(this);if(this.h(),e!==void 0&&(e.i=this.i),16&this.f)throw this.v;return this.v}});function yt(e,t){return new ct(e,t)}function _r(e){var t=e.j;if(e.j=void 0,typeof t=="function"){je++;var o=ne;ne=void 0;try{t()}catch(i){throw e.f&=-2,e.f|=8,Ln(e),i}finally{ne=o,Io()}}}function Ln(e){for(var t=e.s;t!==void 0;t=t.n)t.S.U(t);e.x=void 0,e.s=void 0,_r(e)}function Yl(e){if(ne!==this)throw new Error("Out-of-order effect");vr(this),ne=e,this.f&=-2;try{8&this.f&&Ln(this)}finally{Io()}}function kt(e,t){this.x=e,this.j=void 0,this.s=void 0,this.u=void 0,this.f=32,this.name=t?.name,Vt&&Vt.push(this)}kt.prototype.c=function(){var e=this.S();try{if(8&this.f||this.x===void 0)return;var t=this.x();typeof t=="function"&&(this.j=t)}finally{e()}};kt.prototype.S=function(){if(1&this.f)throw new Error("Cycle detected");this.f|=1,this.f&=-9,_r(this),kr(this),je++;var e=ne;return ne=this,Yl.bind(this,e)};kt.prototype.N=function(){2&this.f||(this.f|=2,this.u=Zt,Zt=this)};kt.prototype.d=function(){this.f|=8,1&this.f||Ln(this)};kt.prototype.dispose=function(){this.d()};function me(e,t){var o=new kt(e,t);try{o.c()}catch(s){throw o.d(),s}var i=o.d.bind(o);return i[Symbol.dispose]=i,i}var wr,zo,Ao,Wl=typeof window<"u"&&!!window.__PREACT_SIGNALS_DEVTOOLS__;var xr=[];me(function(){wr=this.N})();function vt(e,t){Z[e]=t.bind(null,Z[e]||function(){})}function Xt(e){if(Ao){var t=Ao;Ao=void 0,t()}Ao=e&&e.S()}function Sr(e){var t=this,o=e.data,i=Zl(o);i.name="ReactiveDom",i.value=o;var s=$t(function(){for(var c=t,d=t.__v;d=d.__;)if(d.__c){d.__c.__$f|=4;break}var m=yt(function(){var f=i.value.value;return f===0?0:f===!0?"":f||""}),u=yt(function(){return!Array.isArray(m.value)&&!yn(m.value)}),h=me(function(){if(this.N=Tr,u.value){var f=m.value;c.__v&&c.__v.__e&&c.__v.__e.nodeType===3&&(c.__v.__e.data=f)}}),p=t.__$u.d;return t.__$u.d=function(){h(),p.call(this)},[u,m]},[]),r=s[0],l=s[1];return r.value?l.peek():l.value}Sr.displayName="ReactiveTextNode";Object.defineProperties(fe.prototype,{constructor:{configurable:!0,value:Yt(lt,null).constructor},type:{configurable:!0,value:Sr},props:{configurable:!0,get:function(){var e=this;return{data:{get value(){return e.value}}}}},__b:{configurable:!0,value:1}});vt("__b",function(e,t){if(Xt(),zo=void 0,typeof t.type=="string"){var o,i=t.props;for(var s in i)if(s!=="children"){var r=i[s];r instanceof fe&&(o||(t.__np=o={}),o[s]=r,i[s]=r.peek())}}e(t)});vt("__r",function(e,t){if(e(t),t.type!==lt){Xt();var o,i=t.__c;i&&(i.__$f&=-2,(o=i.__$u)===void 0&&(i.__$u=o=(function(s,r){var l;return me(function(){l=this},{name:r}),l.c=s,l})((function(s){return function(){var r;Wl&&((r=this.y)==null||r.call(this)),s.__$f|=1,s.setState({})}})(i),typeof t.type=="function"?t.type.displayName||t.type.name:""))),zo=i,Xt(o)}});vt("__e",function(e,t,o,i){Xt(),zo=void 0,e(t,o,i)});vt("diffed",function(e,t){Xt(),zo=void 0;var o;if(typeof t.type=="string"&&(o=t.__e)){var i=t.__np,s=t.props,r=o.U;if(r)for(var l in r){var c=r[l];c===void 0||i&&l in i||(c.d(),r[l]=void 0)}if(i){r||(r={},o.U=r);for(var d in i){var m=r[d],u=i[d];m===void 0?(m=Vl(o,d,u,s),r[d]=m):m.o(u,s)}}}e(t)});function Vl(e,t,o,i){var s=t in e&&e.ownerSVGElement===void 0,r=F(o);return{o:function(l,c){r.value=l,i=c},d:me(function(){this.N=Tr;var l=r.value.value;i[t]!==l&&(i[t]=l,s?e[t]=l:l!=null&&(l!==!1||t[4]==="-")?e.setAttribute(t,l):e.removeAttribute(t))})}}vt("unmount",function(e,t){if(typeof t.type=="string"){var o=t.__e;if(o){var i=o.U;if(i){o.U=void 0;for(var s in i){var r=i[s];r&&r.d()}}}var l=t.__np;if(l){var c=t.props;for(var d in l)c[d]=l[d]}t.__np=void 0}else{var m=t.__c;if(m){m.__$f|=8;var u=m.__$u;u&&(m.__$u=void 0,u.d())}}e(t)});vt("__h",function(e,t,o,i){i<3&&(t.__$f|=2),e(t,o,i)});at.prototype.shouldComponentUpdate=function(e,t){if(this.__R)return!0;var o=this.__$u,i=o&&o.s!==void 0;for(var s in t)return!0;if(this.__f||typeof this.u=="boolean"&&this.u===!0){var r=2&this.__$f;if(!(i||r||4&this.__$f)||1&this.__$f)return!0}else if(!(i||4&this.__$f)||3&this.__$f)return!0;for(var l in e)if(l!=="__source"&&e[l]!==this.props[l])return!0;for(var c in this.props)if(!(c in e))return!0;return!1};function Zl(e,t){return $t(function(){return F(e,t)},[])}var Xl=function(e){queueMicrotask(function(){queueMicrotask(e)})};function Jl(){Rn(function(){for(var e;e=xr.shift();)wr.call(e)})}function Tr(){xr.push(this)===1&&(Z.requestAnimationFrame||Xl)(Jl)}function Po(e,t){let o=t&&t.cache?t.cache:ic,i=t&&t.serializer?t.serializer:oc;return(t&&t.strategy?t.strategy:Ql)(e,{cache:o,serializer:i})}function Kl(e){return e==null||typeof e=="number"||typeof e=="boolean"}function Cr(e,t,o,i){let s=Kl(i)?i:o(i),r=t.get(s);return typeof r>"u"&&(r=e.call(this,i),t.set(s,r)),r}function Er(e,t,o){let i=Array.prototype.slice.call(arguments,3),s=o(i),r=t.get(s);return typeof r>"u"&&(r=e.apply(this,i),t.set(s,r)),r}function Nn(e,t,o,i,s){return o.bind(t,e,i,s)}function Ql(e,t){let o=e.length===1?Cr:Er;return Nn(e,this,o,t.cache.create(),t.serializer)}function ec(e,t){return Nn(e,this,Er,t.cache.create(),t.serializer)}function tc(e,t){return Nn(e,this,Cr,t.cache.create(),t.serializer)}var oc=function(){return JSON.stringify(arguments)},nc=class{constructor(){this.cache=Object.create(null)}get(e){return this.cache[e]}set(e,t){this.cache[e]=t}},ic={create:function(){return new nc}},Ro={variadic:ec,monadic:tc};var rc=/(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;function Pr(e){let t={};return e.replace(rc,o=>{let i=o.length;switch(o[0]){case"G":t.era=i===4?"long":i===5?"narrow":"short";break;case"y":t.year=i===2?"2-digit":"numeric";break;case"Y":case"u":case"U":case"r":throw new RangeError("`Y/u/U/r` (year) patterns are not supported, use `y` instead");case"q":case"Q":throw new RangeError("`q/Q` (quarter) patterns are not supported");case"M":case"L":t.month=["numeric","2-digit","short","long","narrow"][i-1];break;case"w":case"W":throw new RangeError("`w/W` (week) patterns are not supported");case"d":t.day=["numeric","2-digit"][i-1];break;case"D":case"F":case"g":throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");case"E":t.weekday=i===4?"long":i===5?"narrow":"short";break;case"e":if(i<4)throw new RangeError("`e..eee` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][i-3];break;case"c":if(i<4)throw new RangeError("`c..ccc` (weekday) patterns are not supported");t.weekday=["short","long","narrow","short"][i-3];break;case"a":t.hour12=!0;break;case"b":case"B":throw new RangeError("`b/B` (period) patterns are not supported, use `a` instead");case"h":t.hourCycle="h12",t.hour=["numeric","2-digit"][i-1];break;case"H":t.hourCycle="h23",t.hour=["numeric","2-digit"][i-1];break;case"K":t.hourCycle="h11",t.hour=["numeric","2-digit"][i-1];break;case"k":t.hourCycle="h24",t.hour=["numeric","2-digit"][i-1];break;case"j":case"J":case"C":throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");case"m":t.minute=["numeric","2-digit"][i-1];break;case"s":t.second=["numeric","2-digit"][i-1];break;case"S":case"A":throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");case"z":t.timeZoneName=i<4?"short":"long";break;case"Z":case"O":case"v":case"V":case"X":case"x":throw new RangeError("`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead")}return""}),t}var sc=/[\t-\r \x85\u200E\u200F\u2028\u2029]/i;function Rr(e){if(e.length===0)throw new Error("Number skeleton cannot be empty");let t=e.split(sc).filter(i=>i.length>0),o=[];for(let i of t){let s=i.split("/");if(s.length===0)throw new Error("Invalid number skeleton");let[r,...l]=s;for(let c of l)if(c.length===0)throw new Error("Invalid number skeleton");o.push({stem:r,options:l})}return o}function ac(e){return e.replace(/^(.*?)-/,"")}var Ir=/^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g,Lr=/^(@+)?(\+|#+)?[rs]?$/g,lc=/(\*)(0+)|(#+)(0+)|(0+)/g,Nr=/^(0+)$/;function Ar(e){let t={};return e[e.length-1]==="r"?t.roundingPriority="morePrecision":e[e.length-1]==="s"&&(t.roundingPriority="lessPrecision"),e.replace(Lr,function(o,i,s){return typeof s!="string"?(t.minimumSignificantDigits=i.length,t.maximumSignificantDigits=i.length):s==="+"?t.minimumSignificantDigits=i.length:i[0]==="#"?t.maximumSignificantDigits=i.length:(t.minimumSignificantDigits=i.length,t.maximumSignificantDigits=i.length+(typeof s=="string"?s.length:0)),""}),t}function Br(e){switch(e){case"sign-auto":return{signDisplay:"auto"};case"sign-accounting":case"()":return{currencySign:"accounting"};case"sign-always":case"+!":return{signDisplay:"always"};case"sign-accounting-always":case"()!":return{signDisplay:"always",currencySign:"accounting"};case"sign-except-zero":case"+?":return{signDisplay:"exceptZero"};case"sign-accounting-except-zero":case"()?":return{signDisplay:"exceptZero",currencySign:"accounting"};case"sign-never":case"+_":return{signDisplay:"never"}}}function cc(e){let t;if(e[0]==="E"&&e[1]==="E"?(t={notation:"engineering"},e=e.slice(2)):e[0]==="E"&&(t={notation:"scientific"},e=e.slice(1)),t){let o=e.slice(0,2);if(o==="+!"?(t.signDisplay="always",e=e.slice(2)):o==="+?"&&(t.signDisplay="exceptZero",e=e.slice(2)),!Nr.test(e))throw new Error("Malformed concise eng/scientific notation");t.minimumIntegerDigits=e.length}return t}function zr(e){let t={},o=Br(e);return o||t}function Mr(e){let t={};for(let o of e){switch(o.stem){case"percent":case"%":t.style="percent";continue;case"%x100":t.style="percent",t.scale=100;continue;case"currency":t.style="currency",t.currency=o.options[0];continue;case"group-off":case",_":t.useGrouping=!1;continue;case"precision-integer":case".":t.maximumFractionDigits=0;continue;case"measure-unit":t.style="unit",t.unit=ac(o.options[0]);continue;case"unit":t.style="unit",t.unit=o.options[0];continue;case"compact-short":case"K":t.notation="compact",t.compactDisplay="short";continue;case"compact-long":case"KK":t.notation="compact",t.compactDisplay="long";continue;case"scientific":t={...t,notation:"scientific",...o.options.reduce((r,l)=>({...r,...zr(l)}),{})};continue;case"engineering":t={...t,notation:"engineering",...o.options.reduce((r,l)=>({...r,...zr(l)}),{})};continue;case"notation-simple":t.notation="standard";continue;case"unit-width-narrow":t.currencyDisplay="narrowSymbol",t.unitDisplay="narrow";continue;case"unit-width-short":t.currencyDisplay="code",t.unitDisplay="short";continue;case"unit-width-full-name":t.currencyDisplay="name",t.unitDisplay="long";continue;case"unit-width-iso-code":t.currencyDisplay="symbol";continue;case"scale":t.scale=parseFloat(o.options[0]);continue;case"rounding-mode-floor":t.roundingMode="floor";continue;case"rounding-mode-ceiling":t.roundingMode="ceil";continue;case"rounding-mode-down":t.roundingMode="trunc";continue;case"rounding-mode-up":t.roundingMode="expand";continue;case"rounding-mode-half-even":t.roundingMode="halfEven";continue;case"rounding-mode-half-down":t.roundingMode="halfTrunc";continue;case"rounding-mode-half-up":t.roundingMode="halfExpand";continue;case"integer-width":if(o.options.length>1)throw new RangeError("integer-width stems only accept a single optional option");o.options[0].replace(lc,function(r,l,c,d,m,u){if(l)t.minimumIntegerDigits=c.length;else{if(d&&m)throw new Error("We currently do not support maximum integer digits");if(u)throw new Error("We currently do not support exact integer digits")}return""});continue}if(Nr.test(o.stem)){t.minimumIntegerDigits=o.stem.length;continue}if(Ir.test(o.stem)){if(o.options.length>1)throw new RangeError("Fraction-precision stems only accept a single optional option");o.stem.replace(Ir,function(l,c,d,m,u,h){return d==="*"?t.minimumFractionDigits=c.length:m&&m[0]==="#"?t.maximumFractionDigits=m.length:u&&h?(t.minimumFractionDigits=u.length,t.maximumFractionDigits=u.length+h.length):(t.minimumFractionDigits=c.length,t.maximumFractionDigits=c.length),""});let r=o.options[0];r==="w"?t={...t,trailingZeroDisplay:"stripIfInteger"}:r&&(t={...t,...Ar(r)});continue}if(Lr.test(o.stem)){t={...t,...Ar(o.stem)};continue}let i=Br(o.stem);i&&(t={...t,...i});let s=cc(o.stem);s&&(t={...t,...s})}return t}var dc=(function(e){return e[e.EXPECT_ARGUMENT_CLOSING_BRACE=1]="EXPECT_ARGUMENT_CLOSING_BRACE",e[e.EMPTY_ARGUMENT=2]="EMPTY_ARGUMENT",e[e.MALFORMED_ARGUMENT=3]="MALFORMED_ARGUMENT",e[e.EXPECT_ARGUMENT_TYPE=4]="EXPECT_ARGUMENT_TYPE",e[e.INVALID_ARGUMENT_TYPE=5]="INVALID_ARGUMENT_TYPE",e[e.EXPECT_ARGUMENT_STYLE=6]="EXPECT_ARGUMENT_STYLE",e[e.INVALID_NUMBER_SKELETON=7]="INVALID_NUMBER_SKELETON",e[e.INVALID_DATE_TIME_SKELETON=8]="INVALID_DATE_TIME_SKELETON",e[e.EXPECT_NUMBER_SKELETON=9]="EXPECT_NUMBER_SKELETON",e[e.EXPECT_DATE_TIME_SKELETON=10]="EXPECT_DATE_TIME_SKELETON",e[e.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE=11]="UNCLOSED_QUOTE_IN_ARGUMENT_STYLE",e[e.EXPECT_SELECT_ARGUMENT_OPTIONS=12]="EXPECT_SELECT_ARGUMENT_OPTIONS",e[e.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE=13]="EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE=14]="INVALID_PLURAL_ARGUMENT_OFFSET_VALUE",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR=15]="EXPECT_SELECT_ARGUMENT_SELECTOR",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR=16]="EXPECT_PLURAL_ARGUMENT_SELECTOR",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT=17]="EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT=18]="EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT",e[e.INVALID_PLURAL_ARGUMENT_SELECTOR=19]="INVALID_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_PLURAL_ARGUMENT_SELECTOR=20]="DUPLICATE_PLURAL_ARGUMENT_SELECTOR",e[e.DUPLICATE_SELECT_ARGUMENT_SELECTOR=21]="DUPLICATE_SELECT_ARGUMENT_SELECTOR",e[e.MISSING_OTHER_CLAUSE=22]="MISSING_OTHER_CLAUSE",e[e.INVALID_TAG=23]="INVALID_TAG",e[e.INVALID_TAG_NAME=25]="INVALID_TAG_NAME",e[e.UNMATCHED_CLOSING_TAG=26]="UNMATCHED_CLOSING_TAG",e[e.UNCLOSED_TAG=27]="UNCLOSED_TAG",e})({});function Hn(e){return e.type===0}function Ur(e){return e.type===1}function Dn(e){return e.type===2}function Un(e){return e.type===3}function On(e){return e.type===4}function Fn(e){return e.type===5}function qn(e){return e.type===6}function Or(e){return e.type===7}function Gn(e){return e.type===8}function jn(e){return!!(e&&typeof e=="object"&&e.type===0)}function Lo(e){return!!(e&&typeof e=="object"&&e.type===1)}var Fr=/[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/,uc=/([^\t-\r -\/:-@\[-\^`\{-~\x85\xA0-\xA7\xA9\xAB\xAC\xAE\xB0\xB1\xB6\xBB\xBF\xD7\xF7\u1680\u2000-\u200A\u2010-\u2029\u202F-\u203E\u2041-\u2053\u2055-\u205F\u2190-\u245F\u2500-\u2775\u2794-\u2BFF\u2E00-\u2E7F\u3000-\u3003\u3008-\u3020\u3030\uFD3E\uFD3F\uFE45\uFE46]*)/g,Jt={"001":["H","h"],419:["h","H","hB","hb"],AC:["H","h","hb","hB"],AD:["H","hB"],AE:["h","hB","hb","H"],AF:["H","hb","hB","h"],AG:["h","hb","H","hB"],AI:["H","h","hb","hB"],AL:["h","H","hB"],AM:["H","hB"],AO:["H","hB"],AR:["H","h","hB","hb"],AS:["h","H"],AT:["H","hB"],AU:["h","hb","H","hB"],AW:["H","hB"],AX:["H"],AZ:["H","hB","h"],BA:["H","hB","h"],BB:["h","hb","H","hB"],BD:["h","hB","H"],BE:["H","hB"],BF:["H","hB"],BG:["H","hB","h"],BH:["h","hB","hb","H"],BI:["H","h"],BJ:["H","hB"],BL:["H","hB"],BM:["h","hb","H","hB"],BN:["hb","hB","h","H"],BO:["h","H","hB","hb"],BQ:["H"],BR:["H","hB"],BS:["h","hb","H","hB"],BT:["h","H"],BW:["H","h","hb","hB"],BY:["H","h"],BZ:["H","h","hb","hB"],CA:["h","hb","H","hB"],CC:["H","h","hb","hB"],CD:["hB","H"],CF:["H","h","hB"],CG:["H","hB"],CH:["H","hB","h"],CI:["H","hB"],CK:["H","h","hb","hB"],CL:["H","h","hB","hb"],CM:["H","h","hB"],CN:["H","hB","hb","h"],CO:["h","H","hB","hb"],CP:["H"],CR:["h","H","hB","hb"],CU:["h","H","hB","hb"],CV:["H","hB"],CW:["H","hB"],CX:["H","h","hb","hB"],CY:["h","H","hb","hB"],CZ:["H"],DE:["H","hB"],DG:["H","h","hb","hB"],DJ:["h","H"],DK:["H"],DM:["h","hb","H","hB"],DO:["h","H","hB","hb"],DZ:["h","hB","hb","H"],EA:["H","h","hB","hb"],EC:["h","H","hB","hb"],EE:["H","hB"],EG:["h","hB","hb","H"],EH:["h","hB","hb","H"],ER:["h","H"],ES:["H","hB","h","hb"],ET:["hB","hb","h","H"],FI:["H"],FJ:["h","hb","H","hB"],FK:["H","h","hb","hB"],FM:["h","hb","H","hB"],FO:["H","h"],FR:["H","hB"],GA:["H","hB"],GB:["H","h","hb","hB"],GD:["h","hb","H","hB"],GE:["H","hB","h"],GF:["H","hB"],GG:["H","h","hb","hB"],GH:["h","H"],GI:["H","h","hb","hB"],GL:["H","h"],GM:["h","hb","H","hB"],GN:["H","hB"],GP:["H","hB"],GQ:["H","hB","h","hb"],GR:["h","H","hb","hB"],GS:["H","h","hb","hB"],GT:["h","H","hB","hb"],GU:["h","hb","H","hB"],GW:["H","hB"],GY:["h","hb","H","hB"],HK:["h","hB","hb","H"],HN:["h","H","hB","hb"],HR:["H","hB"],HT:["H","hB"],HU:["H","h"],IC:["H","h","hB","hb"],ID:["H"],IE:["H","h","hb","hB"],IL:["H","hB"],IM:["H","h","hb","hB"],IN:["h","H"],IO:["H","h","hb","hB"],IQ:["h","hB","hb","H"],IR:["hB","H"],IS:["H"],IT:["H","hB"],JE:["H","h","hb","hB"],JM:["h","hb","H","hB"],JO:["h","hB","hb","H"],JP:["H","K","h"],KE:["hB","hb","H","h"],KG:["H","h","hB","hb"],KH:["hB","h","H","hb"],KI:["h","hb","H","hB"],KM:["H","h","hB","hb"],KN:["h","hb","H","hB"],KP:["h","H","hB","hb"],KR:["h","H","hB","hb"],KW:["h","hB","hb","H"],KY:["h","hb","H","hB"],KZ:["H","hB"],LA:["H","hb","hB","h"],LB:["h","hB","hb","H"],LC:["h","hb","H","hB"],LI:["H","hB","h"],LK:["H","h","hB","hb"],LR:["h","hb","H","hB"],LS:["h","H"],LT:["H","h","hb","hB"],LU:["H","h","hB"],LV:["H","hB","hb","h"],LY:["h","hB","hb","H"],MA:["H","h","hB","hb"],MC:["H","hB"],MD:["H","hB"],ME:["H","hB","h"],MF:["H","hB"],MG:["H","h"],MH:["h","hb","H","hB"],MK:["H","h","hb","hB"],ML:["H"],MM:["hB","hb","H","h"],MN:["H","h","hb","hB"],MO:["h","hB","hb","H"],MP:["h","hb","H","hB"],MQ:["H","hB"],MR:["h","hB","hb","H"],MS:["H","h","hb","hB"],MT:["H","h"],MU:["H","h"],MV:["H","h"],MW:["h","hb","H","hB"],MX:["h","H","hB","hb"],MY:["hb","hB","h","H"],MZ:["H","hB"],NA:["h","H","hB","hb"],NC:["H","hB"],NE:["H"],NF:["H","h","hb","hB"],NG:["H","h","hb","hB"],NI:["h","H","hB","hb"],NL:["H","hB"],NO:["H","h"],NP:["H","h","hB"],NR:["H","h","hb","hB"],NU:["H","h","hb","hB"],NZ:["h","hb","H","hB"],OM:["h","hB","hb","H"],PA:["h","H","hB","hb"],PE:["h","H","hB","hb"],PF:["H","h","hB"],PG:["h","H"],PH:["h","hB","hb","H"],PK:["h","hB","H"],PL:["H","h"],PM:["H","hB"],PN:["H","h","hb","hB"],PR:["h","H","hB","hb"],PS:["h","hB","hb","H"],PT:["H","hB"],PW:["h","H"],PY:["H","h","hB","hb"],QA:["h","hB","hb","H"],RE:["H","hB"],RO:["H","hB"],RS:["H","hB","h"],RU:["H"],RW:["hB","hb","H","h"],SA:["h","hB","hb","H"],SB:["h","hb","H","hB"],SC:["H","h","hB"],SD:["h","hB","hb","H"],SE:["H"],SG:["h","hb","H","hB"],SH:["H","h","hb","hB"],SI:["H","hB"],SJ:["H"],SK:["H"],SL:["h","hb","H","hB"],SM:["H","h","hB"],SN:["H","h","hB"],SO:["h","H"],SR:["H","hB"],SS:["h","hb","H","hB"],ST:["H","hB"],SV:["h","H","hB","hb"],SX:["H","h","hb","hB"],SY:["h","hB","hb","H"],SZ:["h","hb","H","hB"],TA:["H","h","hb","hB"],TC:["h","hb","H","hB"],TD:["h","H","hB"],TF:["H","h","hB"],TG:["H","hB"],TH:["H","h"],TJ:["H","h"],TL:["H","hB","hb","h"],TM:["H","h"],TN:["h","hB","hb","H"],TO:["h","H"],TR:["H","hB"],TT:["h","hb","H","hB"],TW:["hB","hb","h","H"],TZ:["hB","hb","H","h"],UA:["H","hB","h"],UG:["hB","hb","H","h"],UM:["h","hb","H","hB"],US:["h","hb","H","hB"],UY:["H","h","hB","hb"],UZ:["H","hB","h"],VA:["H","h","hB"],VC:["h","hb","H","hB"],VE:["h","H","hB","hb"],VG:["h","hb","H","hB"],VI:["h","hb","H","hB"],VN:["H","h"],VU:["h","H"],WF:["H","hB"],WS:["h","H"],XK:["H","hB","h"],YE:["h","hB","hb","H"],YT:["H","hB"],ZA:["H","h","hb","hB"],ZM:["H","hB"],ZW:["H","h"],"af-ZA":["H","h","hB","hb"],"ar-001":["h","hB","hb","H"],"ca-ES":["H","h","hB"],"en-001":["h","hb","H","hB"],"en-HK":["h","hb","H","hB"],"en-IL":["H","h","hb","hB"],"en-MY":["h","hb","H","hB"],"es-BR":["H","h","hB","hb"],"es-ES":["H","h","hB","hb"],"es-GQ":["H","h","hB","hb"],"fr-CA":["H","h","hB"],"gl-ES":["H","h","hB"],"gu-IN":["hB","hb","h","H"],"hi-IN":["hB","h","H"],"it-CH":["H","h","hB"],"it-IT":["H","h","hB"],"kn-IN":["hB","h","H"],"ku-SY":["H","hB"],"ml-IN":["hB","h","H"],"mr-IN":["hB","hb","h","H"],"pa-IN":["hB","hb","h","H"],"ta-IN":["hB","h","hb","H"],"te-IN":["hB","h","H"],"zu-ZA":["H","hB","hb","h"]};function mc(e,t){let o="";for(let i=0;i<e.length;i++){let s=e.charAt(i);if(s==="j"){let r=0;for(;i+1<e.length&&e.charAt(i+1)===s;)r++,i++;let l=1+(r&1),c=r<2?1:3+(r>>1),d="a",m=pc(t);for((m=="H"||m=="k")&&(c=0);c-- >0;)o+=d;for(;l-- >0;)o=m+o}else s==="J"?o+="H":o+=s}return o}function pc(e){let t=e.hourCycle;if(t===void 0){let s=e;t=s.getHourCycles?.()[0]??s.hourCycles?.[0]}if(t)switch(t){case"h24":return"k";case"h23":return"H";case"h12":return"h";case"h11":return"K";default:throw new Error("Invalid hourCycle")}let o=e.language,i;return o!=="root"&&(i=e.maximize().region),(Jt[`${o}-${i}`]||Jt[i||""]||Jt[o||""]||Jt[`${o}-001`]||Jt["001"])[0].charAt(0)}var fc=new RegExp(`^${Fr.source}*`),hc=new RegExp(`${Fr.source}*$`);function G(e,t){return{start:e,end:t}}var gc=!!Object.fromEntries,bc=!!String.prototype.trimStart,$c=!!String.prototype.trimEnd,Hr=gc?Object.fromEntries:function(t){let o={};for(let[i,s]of t)o[i]=s;return o},yc=bc?function(t){return t.trimStart()}:function(t){return t.replace(fc,"")},kc=$c?function(t){return t.trimEnd()}:function(t){return t.replace(hc,"")},Dr=vc();function vc(){try{let e=new RegExp("([^\\p{White_Space}\\p{Pattern_Syntax}]*)","yu");if(e.exec("a ")?.[1]==="a")return e}catch{}return uc}function _c(e,t){return Dr.lastIndex=t,Dr.exec(e)[1]??""}function wc(e){if(e.length===0)return null;let t=1,o=1;for(let i=0;i<e.length;){let s=e.charCodeAt(i);switch(s){case 35:case 39:case 60:case 123:case 125:return null}if(s===10)t++,o=1,i++;else if(o++,s>=55296&&s<=56319&&i+1<e.length){let r=e.charCodeAt(i+1);i+=r>=56320&&r<=57343?2:1}else i++}return{offset:e.length,line:t,column:o}}var xc=class{constructor(e,t={}){this.message=e,this.position={offset:0,line:1,column:1},this.ignoreTag=!!t.ignoreTag,this.locale=t.locale,this.requiresOtherClause=!!t.requiresOtherClause,this.shouldParseSkeletons=!!t.shouldParseSkeletons,this.captureEscapes=!!t.captureEscapes}parse(){if(this.offset()!==0)throw Error("parser can only be used once");if(this.message.length>0){let e=this.message.charCodeAt(0);if(e!==35&&e!==39&&e!==60&&e!==123&&e!==125){let t=wc(this.message);if(t){let o=this.clonePosition();return this.position=t,{val:[{type:0,value:this.message,...this.captureEscapes&&{rawValue:this.message},location:G(o,this.clonePosition())}],err:null}}}}return this.parseMessage(0,"",!1)}parseMessage(e,t,o){let i=[];for(;!this.isEOF();){let s=this.char();if(s===123){let r=this.parseArgument(e,o);if(r.err)return r;i.push(r.val)}else{if(s===125&&e>0)break;if(s===35&&(t==="plural"||t==="selectordinal")){let r=this.clonePosition();this.bump(),i.push({type:7,location:G(r,this.clonePosition())})}else if(s===60&&!this.ignoreTag&&this.peek()===47){if(o)break;return this.error(26,G(this.clonePosition(),this.clonePosition()))}else if(s===60&&!this.ignoreTag&&Bn(this.peek()||0)){let r=this.parseTag(e,t);if(r.err)return r;i.push(r.val)}else{let r=this.parseLiteral(e,t);if(r.err)return r;i.push(r.val)}}}return{val:i,err:null}}parseTag(e,t){let o=this.clonePosition();this.bump();let i=this.parseTagName();if(this.bumpSpace(),this.bumpIf("/>"))return{val:{type:0,value:`<${i}/>`,location:G(o,this.clonePosition())},err:null};if(this.bumpIf(">")){let s=this.parseMessage(e+1,t,!0);if(s.err)return s;let r=s.val,l=this.clonePosition();if(this.bumpIf("</")){if(this.isEOF()||!Bn(this.char()))return this.error(23,G(l,this.clonePosition()));let c=this.clonePosition();return i!==this.parseTagName()?this.error(26,G(c,this.clonePosition())):(this.bumpSpace(),this.bumpIf(">")?{val:{type:8,value:i,children:r,location:G(o,this.clonePosition())},err:null}:this.error(23,G(l,this.clonePosition())))}else return this.error(27,G(o,this.clonePosition()))}else return this.error(23,G(o,this.clonePosition()))}parseTagName(){let e=this.offset();for(this.bump();!this.isEOF()&&Tc(this.char());)this.bump();return this.message.slice(e,this.offset())}parseLiteral(e,t){let o=this.clonePosition(),i="";for(;;){let r=this.tryParseQuote(t);if(r){i+=r;continue}let l=this.tryParseUnquoted(e,t);if(l){i+=l;continue}let c=this.tryParseLeftAngleBracket();if(c){i+=c;continue}break}let s=G(o,this.clonePosition());return{val:{type:0,value:i,location:s,...this.captureEscapes&&{rawValue:this.message.slice(o.offset,this.offset())}},err:null}}tryParseLeftAngleBracket(){return!this.isEOF()&&this.char()===60&&(this.ignoreTag||!Sc(this.peek()||0))?(this.bump(),"<"):null}tryParseQuote(e){if(this.isEOF()||this.char()!==39)return null;switch(this.peek()){case 39:return this.bump(),this.bump(),"'";case 123:case 60:case 62:case 125:break;case 35:if(e==="plural"||e==="selectordinal")break;return null;default:return null}this.bump();let t=[this.char()];for(this.bump();!this.isEOF();){let o=this.char();if(o===39)if(this.peek()===39)t.push(39),this.bump();else{this.bump();break}else t.push(o);this.bump()}return String.fromCodePoint(...t)}tryParseUnquoted(e,t){if(this.isEOF())return null;let o=this.char();return o===60||o===123||o===35&&(t==="plural"||t==="selectordinal")||o===125&&e>0?null:(this.bump(),String.fromCodePoint(o))}parseArgument(e,t){let o=this.clonePosition();if(this.bump(),this.bumpSpace(),this.isEOF())return this.error(1,G(o,this.clonePosition()));if(this.char()===125)return this.bump(),this.error(2,G(o,this.clonePosition()));let i=this.parseIdentifierIfPossible().value;if(!i)return this.error(3,G(o,this.clonePosition()));if(this.bumpSpace(),this.isEOF())return this.error(1,G(o,this.clonePosition()));switch(this.char()){case 125:return this.bump(),{val:{type:1,value:i,location:G(o,this.clonePosition())},err:null};case 44:return this.bump(),this.bumpSpace(),this.isEOF()?this.error(1,G(o,this.clonePosition())):this.parseArgumentOptions(e,t,i,o);default:return this.error(3,G(o,this.clonePosition()))}}parseIdentifierIfPossible(){let e=this.clonePosition(),t=this.offset(),o=_c(this.message,t),i=t+o.length;return this.bumpTo(i),{value:o,location:G(e,this.clonePosition())}}parseArgumentOptions(e,t,o,i){let s=this.clonePosition(),r=this.parseIdentifierIfPossible().value,l=this.clonePosition();switch(r){case"":return this.error(4,G(s,l));case"number":case"date":case"time":{this.bumpSpace();let c=null;if(this.bumpIf(",")){this.bumpSpace();let u=this.clonePosition(),h=this.parseSimpleArgStyleIfPossible();if(h.err)return h;let p=kc(h.val);if(p.length===0)return this.error(6,G(this.clonePosition(),this.clonePosition()));c={style:p,styleLocation:G(u,this.clonePosition())}}let d=this.tryParseArgumentClose(i);if(d.err)return d;let m=G(i,this.clonePosition());if(c&&c.style.startsWith("::")){let u=yc(c.style.slice(2));if(r==="number"){let h=this.parseNumberSkeletonFromString(u,c.styleLocation);return h.err?h:{val:{type:2,value:o,location:m,style:h.val},err:null}}else{if(u.length===0)return this.error(10,m);let h=u;this.locale&&(h=mc(u,this.locale));let p={type:1,pattern:h,location:c.styleLocation,parsedOptions:this.shouldParseSkeletons?Pr(h):{}};return{val:{type:r==="date"?3:4,value:o,location:m,style:p},err:null}}}return{val:{type:r==="number"?2:r==="date"?3:4,value:o,location:m,style:c?.style??null},err:null}}case"plural":case"selectordinal":case"select":{let c=this.clonePosition();if(this.bumpSpace(),!this.bumpIf(","))return this.error(12,G(c,{...c}));this.bumpSpace();let d=this.parseIdentifierIfPossible(),m=0;if(r!=="select"&&d.value==="offset"){if(!this.bumpIf(":"))return this.error(13,G(this.clonePosition(),this.clonePosition()));this.bumpSpace();let f=this.tryParseDecimalInteger(13,14);if(f.err)return f;this.bumpSpace(),d=this.parseIdentifierIfPossible(),m=f.val}let u=this.tryParsePluralOrSelectOptions(e,r,t,d);if(u.err)return u;let h=this.tryParseArgumentClose(i);if(h.err)return h;let p=G(i,this.clonePosition());return r==="select"?{val:{type:5,value:o,options:Hr(u.val),location:p},err:null}:{val:{type:6,value:o,options:Hr(u.val),offset:m,pluralType:r==="plural"?"cardinal":"ordinal",location:p},err:null}}default:return this.error(5,G(s,l))}}tryParseArgumentClose(e){return this.isEOF()||this.char()!==125?this.error(1,G(e,this.clonePosition())):(this.bump(),{val:!0,err:null})}parseSimpleArgStyleIfPossible(){let e=0,t=this.clonePosition();for(;!this.isEOF();)switch(this.char()){case 39:{this.bump();let o=this.clonePosition();if(!this.bumpUntil("'"))return this.error(11,G(o,this.clonePosition()));this.bump();break}case 123:e+=1,this.bump();break;case 125:if(e>0)e-=1;else return{val:this.message.slice(t.offset,this.offset()),err:null};break;default:this.bump()}return{val:this.message.slice(t.offset,this.offset()),err:null}}parseNumberSkeletonFromString(e,t){let o=[];try{o=Rr(e)}catch{return this.error(7,t)}return{val:{type:0,tokens:o,location:t,parsedOptions:this.shouldParseSkeletons?Mr(o):{}},err:null}}tryParsePluralOrSelectOptions(e,t,o,i){let s=!1,r=[],l=new Set,{value:c,location:d}=i;for(;;){if(c.length===0){let p=this.clonePosition();if(t!=="select"&&this.bumpIf("=")){let f=this.tryParseDecimalInteger(16,19);if(f.err)return f;d=G(p,this.clonePosition()),c=this.message.slice(p.offset,this.offset())}else break}if(l.has(c))return this.error(t==="select"?21:20,d);c==="other"&&(s=!0),this.bumpSpace();let m=this.clonePosition();if(!this.bumpIf("{"))return this.error(t==="select"?17:18,G(this.clonePosition(),this.clonePosition()));let u=this.parseMessage(e+1,t,o);if(u.err)return u;let h=this.tryParseArgumentClose(m);if(h.err)return h;r.push([c,{value:u.val,location:G(m,this.clonePosition())}]),l.add(c),this.bumpSpace(),{value:c,location:d}=this.parseIdentifierIfPossible()}return r.length===0?this.error(t==="select"?15:16,G(this.clonePosition(),this.clonePosition())):this.requiresOtherClause&&!s?this.error(22,G(this.clonePosition(),this.clonePosition())):{val:r,err:null}}tryParseDecimalInteger(e,t){let o=1,i=this.clonePosition();this.bumpIf("+")||this.bumpIf("-")&&(o=-1);let s=!1,r=0;for(;!this.isEOF();){let c=this.char();if(c>=48&&c<=57)s=!0,r=r*10+(c-48),this.bump();else break}let l=G(i,this.clonePosition());return s?(r*=o,Number.isSafeInteger(r)?{val:r,err:null}:this.error(t,l)):this.error(e,l)}offset(){return this.position.offset}isEOF(){return this.offset()===this.message.length}clonePosition(){return{offset:this.position.offset,line:this.position.line,column:this.position.column}}char(){let e=this.position.offset;if(e>=this.message.length)throw Error("out of bound");let t=this.message.codePointAt(e);if(t===void 0)throw Error(`Offset ${e} is at invalid UTF-16 code unit boundary`);return t}error(e,t){return{val:null,err:{kind:e,message:this.message,location:t}}}bump(){if(this.isEOF())return;let e=this.char();e===10?(this.position.line+=1,this.position.column=1,this.position.offset+=1):(this.position.column+=1,this.position.offset+=e<65536?1:2)}bumpIf(e){let t=this.offset();if(this.message.slice(t,t+e.length)===e){for(let o=0;o<e.length;o++)this.bump();return!0}return!1}bumpUntil(e){let t=this.offset(),o=this.message.indexOf(e,t);return o>=0?(this.bumpTo(o),!0):(this.bumpTo(this.message.length),!1)}bumpTo(e){if(this.offset()>e)throw Error(`targetOffset ${e} must be greater than or equal to the current offset ${this.offset()}`);for(e=Math.min(e,this.message.length);;){let t=this.offset();if(t===e)break;if(t>e)throw Error(`targetOffset ${e} is at invalid UTF-16 code unit boundary`);if(this.bump(),this.isEOF())break}}bumpSpace(){for(;!this.isEOF()&&Cc(this.char());)this.bump()}peek(){if(this.isEOF())return null;let e=this.char(),t=this.offset();return this.message.charCodeAt(t+(e>=65536?2:1))??null}};function Bn(e){return e>=97&&e<=122||e>=65&&e<=90}function Sc(e){return Bn(e)||e===47}function Tc(e){return e===45||e===46||e>=48&&e<=57||e===95||e>=97&&e<=122||e>=65&&e<=90||e==183||e>=192&&e<=214||e>=216&&e<=246||e>=248&&e<=893||e>=895&&e<=8191||e>=8204&&e<=8205||e>=8255&&e<=8256||e>=8304&&e<=8591||e>=11264&&e<=12271||e>=12289&&e<=55295||e>=63744&&e<=64975||e>=65008&&e<=65533||e>=65536&&e<=983039}function Cc(e){return e>=9&&e<=13||e===32||e===133||e>=8206&&e<=8207||e===8232||e===8233}function Mn(e){e.forEach(t=>{if(delete t.location,Fn(t)||qn(t))for(let o in t.options)delete t.options[o].location,Mn(t.options[o].value);else Dn(t)&&jn(t.style)||(Un(t)||On(t))&&Lo(t.style)?delete t.style.location:Gn(t)&&Mn(t.children)})}function qr(e,t={}){t={shouldParseSkeletons:!0,requiresOtherClause:!0,...t};let o=new xc(e,t).parse();if(o.err){let i=SyntaxError(dc[o.err.kind]);throw i.location=o.err.location,i.originalMessage=o.err.message,i}return t?.captureLocation||Mn(o.val),o.val}var Bo=class extends Error{constructor(e,t,o){super(e),this.code=t,this.originalMessage=o}toString(){return`[formatjs Error: ${this.code}] ${this.message}`}},Gr=class extends Bo{constructor(e,t,o,i){super(`Invalid values for "${e}": "${t}". Options are "${Object.keys(o).join('", "')}"`,"INVALID_VALUE",i)}},Ec=class extends Bo{constructor(e,t,o){super(`Value for "${e}" must be of type ${t}`,"INVALID_VALUE",o)}},Ic=class extends Bo{constructor(e,t){super(`The intl string context variable "${e}" was not provided to the string "${t}"`,"MISSING_VALUE",t)}};function Ac(e){return e.length<2?e:e.reduce((t,o)=>{let i=t[t.length-1];return!i||i.type!==0||o.type!==0?t.push(o):i.value+=o.value,t},[])}function zc(e){return typeof e=="function"}function No(e,t,o,i,s,r,l){if(e.length===1&&Hn(e[0]))return[{type:0,value:e[0].value}];let c=[];for(let d of e){if(Hn(d)){c.push({type:0,value:d.value});continue}if(Or(d)){typeof r=="number"&&c.push({type:0,value:o.getNumberFormat(t).format(r)});continue}let{value:m}=d;if(!(s&&m in s))throw new Ic(m,l);let u=s[m];if(Ur(d)){(!u||typeof u=="string"||typeof u=="number"||typeof u=="bigint")&&(u=typeof u=="string"||typeof u=="number"||typeof u=="bigint"?String(u):""),c.push({type:typeof u=="string"?0:1,value:u});continue}if(Un(d)){let h=typeof d.style=="string"?i.date[d.style]:Lo(d.style)?d.style.parsedOptions:void 0;c.push({type:0,value:o.getDateTimeFormat(t,h).format(u)});continue}if(On(d)){let h=typeof d.style=="string"?i.time[d.style]:Lo(d.style)?d.style.parsedOptions:i.time.medium;c.push({type:0,value:o.getDateTimeFormat(t,h).format(u)});continue}if(Dn(d)){let h=typeof d.style=="string"?i.number[d.style]:jn(d.style)?d.style.parsedOptions:void 0;if(h&&h.scale){let p=h.scale||1;if(typeof u=="bigint"){if(!Number.isInteger(p))throw new TypeError(`Cannot apply fractional scale ${p} to bigint value. Scale must be an integer when formatting bigint.`);u=u*BigInt(p)}else u=u*p}c.push({type:0,value:o.getNumberFormat(t,h).format(u)});continue}if(Gn(d)){let{children:h,value:p}=d,f=s[p];if(!zc(f))throw new Ec(p,"function",l);let g=f(No(h,t,o,i,s,r).map(b=>b.value));Array.isArray(g)||(g=[g]),c.push(...g.map(b=>({type:typeof b=="string"?0:1,value:b})))}if(Fn(d)){let h=u,p=(Object.prototype.hasOwnProperty.call(d.options,h)?d.options[h]:void 0)||d.options.other;if(!p)throw new Gr(d.value,u,Object.keys(d.options),l);c.push(...No(p.value,t,o,i,s));continue}if(qn(d)){let h=`=${u}`,p=Object.prototype.hasOwnProperty.call(d.options,h)?d.options[h]:void 0;if(!p){if(!Intl.PluralRules)throw new Bo(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`,"MISSING_INTL_API",l);let g=typeof u=="bigint"?Number(u):u,b=o.getPluralRules(t,{type:d.pluralType}).select(g-(d.offset||0));p=(Object.prototype.hasOwnProperty.call(d.options,b)?d.options[b]:void 0)||d.options.other}if(!p)throw new Gr(d.value,u,Object.keys(d.options),l);let f=typeof u=="bigint"?Number(u):u;c.push(...No(p.value,t,o,i,s,f-(d.offset||0)));continue}}return Ac(c)}function Pc(e,t){return t?{...e,...t,...Object.keys(e).reduce((o,i)=>(o[i]={...e[i],...t[i]},o),{})}:e}function Rc(e,t){return t?Object.keys(e).reduce((o,i)=>(o[i]=Pc(e[i],t[i]),o),{...e}):e}function Yn(e){return{create(){return{get(t){return e[t]},set(t,o){e[t]=o}}}}}function Lc(e={number:{},dateTime:{},pluralRules:{}}){return{getNumberFormat:Po((...t)=>new Intl.NumberFormat(...t),{cache:Yn(e.number),strategy:Ro.variadic}),getDateTimeFormat:Po((...t)=>new Intl.DateTimeFormat(...t),{cache:Yn(e.dateTime),strategy:Ro.variadic}),getPluralRules:Po((...t)=>new Intl.PluralRules(...t),{cache:Yn(e.pluralRules),strategy:Ro.variadic})}}var be,jr=(be=class{constructor(t,o=be.defaultLocale,i,s){if(this.formatterCache={number:{},dateTime:{},pluralRules:{}},this.format=(r=>{let l=this.formatToParts(r);if(l.length===1)return l[0].value;let c=l.reduce((d,m)=>(!d.length||m.type!==0||typeof d[d.length-1]!="string"?d.push(m.value):d[d.length-1]+=m.value,d),[]);return c.length<=1?c[0]||"":c}),this.formatToParts=(r=>No(this.ast,this.locales,this.formatters,this.formats,r,void 0,this.message)),this.resolvedOptions=()=>({locale:this.resolvedLocale?.toString()||Intl.NumberFormat.supportedLocalesOf(this.locales)[0]}),this.getAst=()=>this.ast,this.locales=o,this.resolvedLocale=be.resolveLocale(o),typeof t=="string"){if(this.message=t,!be.__parse)throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");let{...r}=s||{};this.ast=be.__parse(t,{...r,locale:this.resolvedLocale})}else this.ast=t;if(!Array.isArray(this.ast))throw new TypeError("A message must be provided as a String or AST.");this.formats=Rc(be.formats,i),this.formatters=s&&s.formatters||Lc(this.formatterCache)}static get defaultLocale(){return be.memoizedDefaultLocale||(be.memoizedDefaultLocale=new Intl.NumberFormat().resolvedOptions().locale),be.memoizedDefaultLocale}},be.memoizedDefaultLocale=null,be.resolveLocale=t=>{if(typeof Intl.Locale>"u")return;let o=Intl.NumberFormat.supportedLocalesOf(t);return o.length>0?new Intl.Locale(o[0]):new Intl.Locale(typeof t=="string"?t:t[0])},be.__parse=qr,be.formats={number:{integer:{maximumFractionDigits:0},currency:{style:"currency"},percent:{style:"percent"}},date:{short:{month:"numeric",day:"numeric",year:"2-digit"},medium:{month:"short",day:"numeric",year:"numeric"},long:{month:"long",day:"numeric",year:"numeric"},full:{weekday:"long",month:"long",day:"numeric",year:"numeric"}},time:{short:{hour:"numeric",minute:"numeric"},medium:{hour:"numeric",minute:"numeric",second:"numeric"},long:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"},full:{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"short"}}},be);var Kt={"app.name":"Village","footer.text":"Village is the networking space of the Internet Governance Forum.","header.skip":"Skip to the content","header.nav":"Main","header.language":"Language","header.menu":"Menu","header.sign_out":"Sign out","nav.home":"Home","nav.people":"People","nav.organisations":"Organisations","nav.invitations":"Invitations","nav.profile":"My profile","role.participant":"Participant","role.staff":"Staff","role.secretariat":"Secretariat","connection.connecting":"Connecting…","connection.connected":"Connected","connection.reconnecting":"Reconnecting…","connection.offline":"Offline","connection.problem.tabs":"Too many tabs are open: close some.","connection.problem.ended":"Your session has ended.","connection.problem.error":"Reload the page to reconnect.","toast.region":"Notifications","toast.dismiss":"Dismiss","toast.direct":"{name} sent you a message.","toast.direct.wave":"{name} waves at you 👋","common.loading":"Loading…","common.retry":"Try again","form.problem_title":"There is a problem","form.error_prefix":"Error:","form.working":"Working…","error.invalid":"This is not valid.","error.network":"Village could not be reached. Check your connection and try again: what you typed is kept.","error.internal":"Something went wrong on our side. Try again in a moment: what you typed is kept.","error.unavailable":"Village is not available right now. Try again in a moment.","error.rate_limited":"Too many attempts. Wait a minute, then try again.","error.unauthenticated":"Your session has ended. Sign in again.","error.session_unreachable":"We could not reach Village to sign you back in. Check your connection; we will keep trying, or reload the page.","error.forbidden":"Your role may not do this.","error.not_found":"This was not found. It may have been removed.","error.conflict":"This is already taken.","error.gone":"This has expired.","error.bad_request":"The request was not understood. Reload the page and try again.","error.payload_too_large":"This is too long.","error.validation_failed":"Some fields are not valid.","error.wrong_credentials":"The e-mail or the password is not right.","field.email":"Email","field.password":"Password","field.email.required":"Enter your e-mail address.","field.email.invalid":"Enter an e-mail address such as name@example.org.","field.email.taken":"An account with this e-mail address already exists. Sign in instead.","field.password.required":"Enter your password.","field.password.invalid":"Use 10 to 128 characters.","signin.title":"Sign in","signin.intro":"Meet the people of the Internet Governance Forum: booths, coffee breaks and one-to-one meetings.","signin.submit":"Sign in","signin.busy":"Signing in…","signin.no_account":"New here?","signin.register":"Create an account","signin.demo_title":"Trying the demo?","signin.demo_text":"Sign in as {email} with the password {password}.","home.title":"Welcome, {name}","home.intro":"The village is open. Say hello to the people who are here now.","home.online_title":"Online now","home.online_count":"{count, plural, =0 {Nobody is online yet.} one {# person is online.} other {# people are online.}}","home.online_waiting":"Waiting for the connection…","home.online_truncated":"Showing {shown} of {count}.","home.you":"(you)","home.wave":"Wave at {name}","home.wave_short":"Wave","home.next_photo":"Add a photo, so that people you meet recognise you","home.waved":"You waved at {name}.","home.wave_failed":"Your wave did not reach {name}. Try again.","home.next_title":"What next","home.next_people":"Find people by theme, language or region","home.next_profile":"Complete your profile so that others find you","notfound.title":"Page not found","notfound.text":"There is no page at this address. Check it, or start again from the home page.","notfound.home":"Go to the home page","common.cancel":"Cancel","form.choose":"Choose…","form.required_note":"Fields marked * are required.","stakeholder.government":"Government","stakeholder.intergovernmental":"Intergovernmental organization","stakeholder.civil_society":"Civil society","stakeholder.technical_community":"Technical community","stakeholder.private_sector":"Private sector","stakeholder.press_media":"Press and media","region.african":"African Group","region.asia_pacific":"Asia-Pacific Group","region.eastern_european":"Eastern European Group","region.grulac":"Latin American and Caribbean Group (GRULAC)","region.weog":"Western European and Others Group (WEOG)","region.igo":"Intergovernmental organizations","theme.data":"Data","theme.environment":"Environment","theme.inclusion":"Inclusion","theme.trust":"Trust","theme.digital_cooperation":"Digital cooperation","kind.best_practice_forum":"Best Practice Forum","kind.dynamic_coalition":"Dynamic Coalition","kind.nri":"National, Regional or Youth IGF initiative (NRI)","kind.mag":"Multistakeholder Advisory Group (MAG)","kind.secretariat":"Secretariat","kind.un_agency":"UN agency","kind.government":"Government","kind.intergovernmental":"Intergovernmental organization","kind.civil_society":"Civil society","kind.academia":"Academia","kind.technical_community":"Technical community","kind.private_sector":"Private sector","kind.media":"Media","field.email.hint":"We never show it to other people.","field.password.hint":"10 to 128 characters. A few words you remember make a good one.","field.display_name":"Name shown to others","field.display_name.hint":"Your name as you want other participants to see it.","field.display_name.required":"Enter the name you want others to see.","field.display_name.invalid":"Use 1 to 80 characters, without control characters.","field.stakeholder_group":"Stakeholder group","field.stakeholder_group.required":"Choose your stakeholder group.","field.stakeholder_group.invalid":"Choose one of the stakeholder groups in the list.","field.parliamentarian":"I am a member of parliament","field.parliamentarian.hint":"Members of parliament register under the Government stakeholder group.","field.parliamentarian.invalid":"Only people in the Government stakeholder group can be marked as members of parliament.","field.region":"Region","field.region.hint":"The UN regional group of your country. Staff of intergovernmental organizations choose “Intergovernmental organizations”.","field.region.required":"Choose your region.","field.region.invalid":"Choose one of the regions in the list.","field.country":"Country","field.country.required":"Choose your country.","field.country.invalid":"Choose a country from the list.","field.youth":"I am a young person (youth participant)","field.youth.hint":"Youth participants can find each other in the directory.","field.youth.invalid":"Choose yes or no.","field.languages":"Languages you speak","field.languages.hint":"Choose 1 to 10. Each language is named in itself. The first one you choose also sets the language of Village, unless you pick one at the top of the page.","multiselect.search":"Type to search, or press Down to see the list","multiselect.chosen":"{field}: {count, plural, one {# chosen} other {# chosen}}","multiselect.remove":"Remove {name}","multiselect.none":"Nothing matches","field.languages.required":"Choose at least one language you speak.","field.languages.invalid":"Choose 1 to 10 languages.","field.time_zone":"Time zone","field.time_zone.hint":"Times in Village are shown in this zone. It is {time} there now.","field.time_zone.hint_none":"Times in Village are shown in this zone.","field.time_zone.utc":"Coordinated Universal Time","field.time_zone.region.other":"UTC and others","field.time_zone.region.africa":"Africa","field.time_zone.region.america":"Americas","field.time_zone.region.antarctica":"Antarctica","field.time_zone.region.arctic":"Arctic","field.time_zone.region.asia":"Asia","field.time_zone.region.atlantic":"Atlantic Ocean","field.time_zone.region.australia":"Australia","field.time_zone.region.europe":"Europe","field.time_zone.region.indian":"Indian Ocean","field.time_zone.region.pacific":"Pacific","field.time_zone.required":"Choose your time zone.","field.time_zone.invalid":"Choose a time zone from the list.","field.themes":"Themes that interest you","field.themes.hint":"The thematic tracks of the forum. Choose any.","field.themes.invalid":"Choose themes from the list.","field.tags":"Interests","field.tags.hint":"Up to 10, separated by commas, such as: community networks, spectrum, child online safety.","field.tags.invalid":"Enter up to 10 interests of 1 to 40 characters each, separated by commas.","field.expertise":"Expertise","field.expertise.hint":"What you know about and can help others with. At most 500 characters.","field.expertise.invalid":"Use at most 500 characters.","field.directory_opt_in":"List me in the people directory","field.directory_opt_in.hint":"Other signed-in participants can then find you and see your public profile: your name, role, groups, country, languages, time zone, themes, interests and expertise. Never your e-mail address. You can change this at any time.","field.invitation.invalid":"This invitation link does not work: it does not exist, was already used, has expired, or its organisation has left the village. You can register without it.","field.current_password":"Current password","field.current_password.hint":"Needed to change your e-mail address or your password.","field.current_password.required":"Enter your current password to change your e-mail address or password.","field.current_password.invalid":"Your current password is not right.","field.confirm_delete":"I understand that my account is deleted for good and cannot be brought back","field.confirm_delete.required":"Tick the box to confirm that you want to delete your account.","field.name":"Name","field.name.required":"Enter the organisation's name.","field.name.invalid":"Use 1 to 120 characters, without control characters.","field.kind":"Kind","field.kind.required":"Choose what kind of organisation it is.","field.kind.invalid":"Choose a kind from the list.","field.website":"Website","field.website.hint":"An address starting with https://, or leave it empty.","field.website.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.logo_url":"Logo address","field.logo_url.hint":"The address of an image of the logo, starting with https://, or leave it empty.","field.logo_url.invalid":"Enter an address starting with https:// or http://, of at most 500 characters.","field.description":"Description","field.description.hint":"What the organisation does, for visitors of its booth. At most 2,000 characters.","field.description.invalid":"Use at most 2,000 characters.","field.role":"Role","field.role.hint":"Staff run the booth of one organisation; the Secretariat runs the village.","field.role.required":"Choose the role the invitation grants.","field.role.invalid":"Choose Staff or Secretariat.","field.organisation_id":"Organisation","field.organisation_id.required":"Choose the organisation whose staff this invitation is for.","field.organisation_id.invalid":"Choose an organisation from the list: a staff invitation needs one.","field.note":"Note","field.note.hint":"Shown on the invite page, such as who the link is for. At most 200 characters.","field.note.invalid":"Use at most 200 characters, without control characters.","field.ttl_days":"Valid for (days)","field.ttl_days.hint":"From 1 to 90 days.","field.ttl_days.required":"Enter for how many days the link works.","field.ttl_days.invalid":"Enter a whole number of days from 1 to 90.","field.q":"Name or expertise","field.q.hint":"Part of a name, or a word of someone's expertise.","field.q.invalid":"Use at most 80 characters.","field.theme":"Theme","field.theme.invalid":"Choose a theme from the list.","field.interest":"Interest","field.interest.hint":"One interest, written in full, such as: spectrum.","field.interest.invalid":"Use at most 40 characters.","field.language":"Speaks","field.language.invalid":"Choose a language from the list.","field.offset.invalid":"This page of results does not exist. Search again.","field.limit.invalid":"This page of results does not exist. Search again.","register.title":"Create your account","register.intro":"Join the village of the Internet Governance Forum: tell others who you are, which languages you speak and what interests you.","register.section.account":"Your account","register.invitation_title":"Invitation","register.invitation":"You are registering with an invitation.","register.invitation_role":"You are registering with an invitation: your account will have the {role} role.","register.without_invitation":"Register without the invitation","register.submit":"Create my account","register.busy":"Creating your account…","register.have_account":"Already registered?","register.sign_in":"Sign in","register.welcome":"Welcome to the village, {name}!","register.welcome_role":"Welcome to the village, {name}! Your role is {role}.","register.welcome_invitation_lost":"Welcome to the village, {name}! Someone else used the invitation just before you, so your account is a participant's: ask for a new link.","profile.title":"My profile","profile.intro":"What other participants see of you, and how you sign in.","profile.summary":"Your role: {role}. Registered on {created}.","profile.see_public":"See your public profile","profile.section.profile":"Profile","profile.section.about":"About you","profile.section.languages":"Languages and time","profile.section.interests":"Interests","profile.section.directory":"The directory","profile.section.photo":"Your photo","photo.hint":"A photo of your face helps the people you meet recognise you. JPEG, PNG or GIF; it is cropped to a square and made smaller, and its hidden details (such as where it was taken) are removed.","photo.choose":"Choose a photo","photo.change":"Change the photo","photo.remove":"Remove the photo","photo.uploading":"Sending the photo…","photo.saved":"Your photo is saved.","photo.removed":"Your photo is removed.","photo.too_large":"This picture is too large. Choose one under 5 MB.","photo.wrong_type":"Choose a JPEG, PNG or GIF picture.","photo.unreadable":"This file could not be read as a picture, or its picture is too large (at most 8000 pixels a side). Try another one.","profile.save":"Save my profile","profile.saving":"Saving…","profile.saved":"Profile saved.","profile.no_changes":"Nothing has changed, so there was nothing to save.","profile.section.signin":"E-mail address and password","profile.section.email":"E-mail address","profile.no_password":"You sign in through the event's registration site, so your account has no password here.","profile.new_password":"New password","profile.new_password_hint":"Leave it empty to keep your password. 10 to 128 characters.","profile.signin_save":"Save my e-mail and password","profile.email_changed":"Your e-mail address is changed.","profile.password_changed":"Your password is changed.","profile.both_changed":"Your e-mail address and password are changed.","profile.section.delete":"Delete my account","profile.delete_what":"Deleting your account removes, for good:","profile.delete_item.profile":"your profile, and your entry in the people directory;","profile.delete_item.sessions":"your sign-ins on every device;","profile.delete_item.role":"your role ({role}).","profile.delete_stays":"Invitations you accepted stay used. To take part again later, you would register anew.","profile.delete":"Delete my account","profile.deleting":"Deleting…","profile.deleted":"Your account is deleted. Thank you for visiting the village.","invite.title":"Invitation","invite.intro":"Someone from the IGF Secretariat sent you this link to give you a role in the village.","invite.role":"Role","invite.role_explained.staff":"Staff run their organisation's booth: they see who visits, talk with visitors and edit the booth.","invite.role_explained.secretariat":"The Secretariat runs the village: it adds organisations, invites their staff and hosts the tour.","invite.organisation":"Organisation","invite.organisation_signed_out":"Sign in to see it.","invite.organisation_unknown":"This organisation has left the village.","invite.note":"Note","invite.expires_at":"Works until","invite.expired_at":"Worked until","invite.state":"State","invite.state.open":"Can be accepted","invite.state.used":"Already used","invite.state.expired":"Expired","invite.not_found":"This invitation link does not exist. Check that you copied all of it, or ask the person who sent it for a new one. It may also have been withdrawn.","invite.used":"This invitation has already been used: each link works once. Ask the person who sent it for a new one.","invite.expired":"This invitation has expired. Ask the person who sent it for a new one.","invite.organisation_gone":"The organisation of this invitation has left the village, so the link no longer works.","invite.secretariat_staff":"A Secretariat account cannot take a staff invitation. Register a separate account for the booth, or ask for a Secretariat link.","invite.signed_in_as":"You are signed in as {name} ({role}).","invite.accept":"Accept: become {role}","invite.accepting":"Accepting…","invite.accepted":"Done: your role is now {role}.","invite.accepted_toast":"Invitation accepted: you are now {role}.","invite.go_home":"Go to the village","invite.signed_out":"To accept it, sign in, or create an account: the invitation is accepted as you register.","invite.sign_in":"Sign in to accept","invite.register":"Create an account with this invitation","directory.title":"People","directory.intro":"Find participants by name, expertise, theme, interest, group, region or language. Only people who chose to be listed appear here.","directory.filters":"Search","directory.filters_count":"{count, plural, =0 {Filters: none set} one {Filters: # set} other {Filters: # set}}","directory.any":"Any","directory.youth":"Youth","directory.youth_only":"Youth participants only","directory.youth_not":"Not youth participants","directory.search":"Search","directory.clear":"Clear the filters","directory.results":"Results","directory.searching":"Searching…","directory.none":"Nobody matches. Try fewer filters.","directory.count":"{count, plural, one {# person found.} other {# people found.}}","directory.showing":"Showing {from, number}–{to, number} of {total, number}.","directory.past_end":"{count, plural, one {# person matches, but not on this page.} other {# people match, but not on this page.}}","directory.first_page":"Go to the first page","directory.pages":"Pages of results","directory.page":"Page of results","directory.previous":"Previous page","directory.next":"Next page","directory.speaks":"Speaks {languages}","directory.themes":"Themes","person.title":"Profile","person.not_found":"There is no such profile, or this person chose not to be listed in the directory.","person.unlisted":"{name} is not listed in the directory, so you see only their name and role. You can still wave.","person.back":"Back to the people","person.is_you":"This is your profile as others see it.","person.edit":"Edit my profile","person.online":"Online now","person.offline":"Not in the village right now.","person.about":"About","person.role":"Role","person.organisation":"Organisation","person.organisation_unknown":"Not available","person.parliamentarian":"Member of parliament","person.youth":"Youth participant","person.yes":"Yes","person.languages":"Languages","person.time_zone":"{zone} (it is {time} there now)","person.registered":"Registered on","person.interests":"Interests and expertise","person.no_interests":"No interests given yet.","person.themes":"Themes","link.copy":"Copy link","link.copied":"Copied.","link.copy_failed":"Copying did not work: the link is selected, copy it yourself.","link.hint":"Send it only to the person it is for: it works once.","link.hint_expires":"Send it only to the person it is for: it works once, until {expires}.","organisations.title":"Organisations","organisations.intro":"The exhibitors of the village: add one, invite its staff, or remove it.","organisations.add_title":"Add an organisation","organisations.add":"Add the organisation","organisations.adding":"Adding…","organisations.added":"{name} is added.","organisations.list_title":"All organisations","organisations.list_title_count":"{count, plural, =0 {No organisations} one {# organisation} other {# organisations}}","organisations.empty":"There are no organisations yet.","organisations.actions":"Actions","organisations.no_website":"None","organisations.invite":"Invite staff","organisations.invite_named":"Invite staff to {name}","organisations.invited":"An invitation link for the staff of {name} is ready.","organisations.link_title":"Invitation link for the staff of {name}","organisations.link_label":"Link for the staff of {name}","organisations.remove":"Remove","organisations.remove_named":"Remove {name}","organisations.confirm_label":"Confirm the removal of {name}","organisations.confirm":"Remove {name}? Its booth closes and its staff become participants.","organisations.confirm_yes":"Yes, remove {name}","organisations.removing":"Removing…","organisations.removed":"{name} is removed.","invitations.title":"Invitations","invitations.intro":"Single-use links that give someone the Staff role of an organisation, or the Secretariat's.","invitations.create_title":"Create an invitation","invitations.create":"Create the link","invitations.creating":"Creating…","invitations.created":"The invitation link is ready.","invitations.link_title":"New invitation link","invitations.link_label":"Link for the {role} role","invitations.link_label_org":"Link for the {role} role at {organisation}","invitations.list_title":"All invitations","invitations.list_title_count":"{count, plural, =0 {No invitations} one {# invitation} other {# invitations}}","invitations.empty":"There are no invitations yet.","invitations.created_at":"Created","invitations.expires_at":"Expires","invitations.state":"State","invitations.state.open":"Open","invitations.state.used":"Used","invitations.state.expired":"Expired","invitations.used_by":"Used by {name} on {date}","invitations.used_on":"Used on {date}, by an account that has since been deleted","invitations.copy_named":"Copy link for {what}","invitations.copied":"Link copied: {what}.","invitations.link_named":"Link for {what}","invitations.actions":"Actions","invitations.no_organisation":"None","invitations.organisation_removed":"(removed organisation)","invitations.what":"the {role} invitation created {created}","invitations.what_org":"the {role} invitation for {organisation} created {created}","invitations.withdraw":"Withdraw","invitations.withdraw_named":"Withdraw {what}","invitations.confirm_label":"Confirm withdrawing {what}","invitations.confirm":"Withdraw this link? It stops working at once.","invitations.confirm_used":"Withdraw this link? It was used: the role it gave stays.","invitations.confirm_yes":"Yes, withdraw","invitations.withdrawing":"Withdrawing…","invitations.withdrawn":"The invitation is withdrawn.","profile.email_save":"Save my e-mail address","nav.village":"Village","home.next_village":"Visit the booths of the village","common.new_tab":"opens in a new tab","village.title":"The village","village.intro":"The booths of the organisations taking part: find who works on what, and visit them when they are open.","village.q_hint":"Words in a booth's name or description.","village.open_now":"Open now","village.open_now_only":"Open now","village.open_now_not":"Not open now","village.view":"Show the booths as","village.view.list":"List","village.view.overview":"Overview by kind","village.languages":"Languages: {languages}","village.district_count":"{count, plural, one {# booth} other {# booths}}, {open} open now","booth.title":"Booth","booth.not_found":"This booth is not in the village.","booth.back":"Back to the village","booth.about":"About","booth.no_description":"This booth has no description yet.","booth.hours":"Opening hours","booth.hours_zone":"Times in your time zone ({zone}).","booth.hours_now":"Now","booth.hours_there":"({time} at the booth)","booth.no_opening":"No opening ahead.","booth.materials":"Materials and links","booth.visit":"Visit","booth.local_time":"At the booth it is {time} ({zone}).","booth.closed_note":"Not open in the village.","booth.open_until":"Open until {time}","booth.opens_at":"Opens {when}","booth.state.open":"Open now","booth.state.between":"Closed now","booth.state.closed":"Closed","booth.visitors_now":"{count, plural, =0 {No visitors now} one {# visitor now} other {# visitors now}}","booth.staff_online":"{count, plural, =0 {No staff online} one {# staff member online} other {# staff members online}}","booth.edit":"Edit booth","booth.edit.show":"Edit","booth.edit.hide":"Hide the form","booth.edit.title_field":"Title","booth.edit.description_hint":"Markdown: **bold**, *italic*, [a link](https://example.org), lists and headings. HTML is not shown.","booth.edit.languages":"Languages spoken at the booth","booth.edit.languages_hint":"Type to search; pick as many as you need.","booth.edit.links_hint":"Up to 20, each a title and an https address.","booth.edit.link_title":"Title of link {n}","booth.edit.link_url":"Address of link {n}","booth.edit.link_add":"Add a link","booth.edit.link_remove":"Remove link {n}","booth.edit.time_zone":"The booth's time zone","booth.edit.hours_hint":"A day and local times in the booth's time zone, as HH:MM (24:00 for midnight). A night across midnight is two openings.","booth.edit.hours_date":"Day of opening {n}","booth.edit.hours_opens":"Opening {n} starts at","booth.edit.hours_closes":"Opening {n} ends at","booth.edit.hours_add":"Add an opening","booth.edit.hours_remove":"Remove opening {n}","booth.edit.save":"Save the booth","booth.edit.saved":"The booth is saved.","booth.edit.is_open":"The booth is open: visitors find it in the village during its hours.","booth.edit.is_closed":"The booth is closed: visitors see it as closed.","booth.edit.open":"Open the booth","booth.edit.close":"Close the booth","booth.edit.opened":"The booth is open.","booth.edit.closed":"The booth is closed.","field.title.invalid":"Give a title of 1 to 120 characters.","field.links.invalid":"Each link needs a title of up to 120 characters and an https address of up to 500, without a user name or password; at most 20 links.","field.hours.invalid":"Check the openings: a date (YYYY-MM-DD), times as HH:MM, each ending after it starts on the same day, none overlapping another; at most 60.","field.open_now.invalid":"Choose open now or not open now.","village.q":"Name or description","village.language":"Language","village.count":"{count, plural, one {# booth found.} other {# booths found.}}","booth.edit.description_invalid":"Use at most 5,000 characters, without control characters other than line breaks and tabs.","nav.schedule":"My schedule","boothroom.here":"Here now","boothroom.announcement":"Announcement:","boothroom.refused":"You cannot enter this booth's room now.","chat.title":"Booth chat","chat.label":"Your message","chat.send":"Send","chat.sending":"sending…","chat.none":"No messages yet. Say hello!","chat.earlier":"Load earlier messages","chat.removed":"Removed by a moderator","chat.empty":"Write a message first.","chat.too_long":"Use at most {max} characters.","chat.failed":"The message could not be sent. Try again.","knock.title":"Talk now","knock.text":"What about? (optional, one line)","knock.ask":"Ask to talk now","knock.position":"{position, selectordinal, one {You are #st in line} two {You are #nd in line} few {You are #rd in line} other {You are #th in line}}","knock.withdraw":"Give up","knock.declined":"The staff could not take your request.","knock.failed":"Your request could not be sent. Try again.","knock.see_slots":"Book a meeting slot instead.","knock.taken":"{name} is ready to talk with you.","talk.title":"Talk","talk.here":"In the room","talk.away":"Not in the room now","talk.waiting":"Waiting for the other person…","talk.refused":"This conversation is not open to you, or it has ended.","meet.title":"Meeting","slots.title":"Meeting slots","slots.intro":"Book a one-to-one meeting with the booth's staff. Times are in your time zone.","slots.none":"No open slots at the moment.","slots.minutes":"{minutes} min","slots.book":"Book","slots.book_named":"Book the slot of {when}","slots.booked":"Booked: {when}. It is on your schedule.","slots.error.taken":"Someone booked this slot just before you. Pick another.","slots.error.overlaps":"You already have a meeting at that time.","slots.error.gone":"This slot has already begun.","slots.error.not_found":"This slot was withdrawn.","slots.error.forbidden":"You cannot book this slot.","schedule.title":"My schedule","schedule.none":"No meetings at booths booked yet. Find a booth in the village.","schedule.with":"With {name}","schedule.join":"Join the meeting","schedule.ics":"Add to calendar (.ics)","schedule.cancel":"Cancel","schedule.cancelled":"The booking is cancelled.","schedule.feed":"Calendar feed","schedule.feed_url":"Your calendar feed address","schedule.feed_hint":"Subscribe to it in your calendar program to see your meetings and sessions there. Anyone with the address can read it.","schedule.rotate":"Make a new address","schedule.rotate_confirm":"Make a new address? The old one stops working, and calendars subscribed to it stop updating.","schedule.rotated":"Your feed has a new address.","schedule.sessions.title":"My sessions","schedule.sessions.none":"No sessions yet: none you organise or have signed up for.","schedule.sessions.browse":"Find a session","lead.title":"Leave my contact details","lead.intro":"The booth's staff can get back to you. You see exactly what is shared before anything is sent, and you can withdraw it later.","lead.preview":"See what would be shared","lead.exactly":"Exactly this goes to {booth}:","lead.name":"Name","lead.note":"A note for the booth (optional)","lead.consent":"I agree to share these details with {booth}.","lead.agree_first":"Tick the box to agree first.","lead.send":"Share my details","lead.not_now":"Not now","lead.left":"Your details were left at this booth.","lead.changed":"Your profile changed since: here is what would be shared now. Agree again to send it.","lead.already":"You have left your details at this booth already.","lead.own":"Staff of this booth do not leave their details here.","lead.you_left":"You left your details here ({when}):","lead.withdraw":"Withdraw","lead.withdraw_named":"Withdraw my details from {booth}","lead.withdrawn":"Your details were withdrawn.","lead.mine":"Contact details I left","lead.none":"You have not left your details at any booth.","nav.console":"Console","console.title":"Staff console","console.no_booth":"Your organisation has no booth in the village.","console.pick":"Booth","console.pick_none":"Choose a booth","console.pick_hint":"Choose a booth to see its queue, visitors, chat, slots and leads.","console.staffed":"You are at the booth: visitors can ask to talk.","console.watching":"You are in the booth's room, as the Secretariat.","console.joining":"Entering the booth's room…","console.sections":"Console sections","console.cancel":"Cancel","console.queue":"Waiting to talk","console.queue_empty":"Nobody is waiting. A new knock will chime and show here.","console.mute_sound":"Mute the chime","console.notify_ask":"Notify me in the background","console.knock.new":"{count, plural, one {New knock: {names}} other {# new knocks: {names}}}","console.knock.notify_title":"A visitor is knocking","console.knock.take_next":"Take next","console.knock.take":"Take","console.knock.decline":"Decline","console.knock.decline_message":"Message to {name} (optional)","console.knock.decline_send":"Decline the knock","console.knock.waiting":"Waiting for {time}","console.knock.conflict":"A colleague has already answered this knock. The queue is up to date.","console.knock.gone":"This visitor is no longer waiting.","console.visitors":"Visitors now","console.chat":"Booth chat","console.chat.recent":"Recent messages","console.chat.empty":"No messages yet.","console.chat.remove":"Remove","console.chat.message_of":"the message of {name}","console.chat.mute":"Mute for…","console.chat.mute_for":"Mute for","console.chat.minutes":"{count, plural, one {# minute} other {# minutes}}","console.chat.reason":"Reason (for the moderation log)","console.chat.reason_required":"Give a reason.","console.chat.remove_confirm":"Remove the message","console.chat.mute_confirm":"Mute","console.chat.removed":"The message is removed.","console.chat.muted":"{name} is muted in the booth's chat.","console.chat.already_muted":"This person is muted already.","console.chat.was_removed":"Message removed by a moderator.","console.mutes":"Muted now","console.mutes.none":"Nobody is muted.","console.mutes.until":"{name}, until {time}","console.mutes.lift":"Lift","console.mutes.lifted":"{name} may write again.","console.announcement":"Pinned announcement","console.announcement.hint":"One line that every visitor of the booth sees. Leave it empty for none.","console.announcement.save":"Save the announcement","console.announcement.saved":"The announcement is saved.","console.slots":"1:1 slots","console.slots.none":"No slots ahead.","console.slots.with":"With {name}","console.slots.booked_by":"Booked by {name}","console.slots.free":"Free","console.slots.withdraw":"Withdraw","console.slots.withdraw_free":"Withdraw this slot?","console.slots.withdraw_booked":"Withdraw this slot? The booking by {name} will be cancelled.","console.slots.withdraw_confirm":"Withdraw the slot","console.slots.keep":"Keep it","console.slots.withdrawn":"The slot is withdrawn.","console.slots.publish":"Publish a slot","console.slots.zone":"Times in your time zone ({zone}).","console.slots.date":"Day","console.slots.time":"Start","console.slots.length":"Length","console.slots.language":"Language","console.slots.staff":"Who meets","console.slots.no_staff":"No staff member known","console.slots.publish_button":"Publish the slot","console.slots.published":"The slot is published.","console.slots.grid":"Start on a multiple of 5 minutes (14:00, 14:05…).","console.slots.when_invalid":"Choose a day and a start in the future.","console.slots.staff_required":"Choose who meets.","console.slots.overlaps":"This overlaps another slot or meeting of that person.","console.leads":"Leads","console.leads.csv":"Download CSV","console.leads.none":"No visitor has left their details yet.","console.leads.count":"{count, plural, one {# lead} other {# leads}}","console.leads.name":"Name","console.leads.email":"E-mail","console.leads.from":"Organisation, country, languages","console.leads.note":"Note","console.leads.at":"Left on","console.leads.previous":"Previous","console.leads.next":"Next","console.leads.page":"{from}–{to} of {total}","talk.chat":"Messages","talk.message":"Write a message","talk.send":"Send","console.slots.all":"Show all {count} slots","console.slots.fewer":"Show fewer","breakconsole.title":"Coffee-break console","breakconsole.intro":"Schedule coffee breaks by language, and watch each round being seated.","breakconsole.consoles":"Consoles","breakconsole.tab_booths":"Booths","breakconsole.tab_breaks":"Coffee breaks","breakconsole.home_link":"Run the coffee breaks","breakconsole.new":"Schedule a break","breakconsole.schedule":"Schedule the break","breakconsole.save":"Save the changes","breakconsole.close_form":"Close","breakconsole.edit":"Edit","breakconsole.edit_named":"Edit {title}","breakconsole.edit_title":"Edit {title}","breakconsole.cancel":"Cancel the break","breakconsole.cancel_named":"Cancel the break {title}","breakconsole.cancel_confirm":"Cancel the break {title}? Its sign-ups go with it; the tables already held stay among the contacts made.","breakconsole.cancelled":"The break {title} is cancelled.","breakconsole.scheduled":"The break {title} is scheduled.","breakconsole.saved":"The break {title} is saved.","breakconsole.field.title":"Title","breakconsole.field.starts_at":"Start","breakconsole.field.ends_at":"End","breakconsole.field.zone_hint":"In your time zone, {zone}.","breakconsole.field.ends_hint":"At most 12 hours after the start. The last round may be shorter.","breakconsole.field.languages":"Languages offered","breakconsole.field.languages_hint":"The six UN languages are chosen. Search to add another, such as Português or Kiswahili, by its name or its tag (pt, sw).","breakconsole.field.table_size":"People per table","breakconsole.field.table_size_hint":"From 3 to 6.","breakconsole.field.round_minutes":"Minutes per round","breakconsole.field.round_minutes_hint":"From 3 to 60. People change tables at each round.","breakconsole.plan":"{minutes, plural, one {# minute} other {# minutes}}: {rounds, plural, one {# round} other {# rounds}} of {round} minutes{shorter, select, yes {, the last one {last} minutes} other {}}.","breakconsole.error.title":"Give a title of at most 200 characters.","breakconsole.error.starts_at":"Give a start in the future, within a year.","breakconsole.error.ends_at":"Give an end after the start, at most 12 hours later.","breakconsole.error.languages":"Choose from 1 to 20 languages.","breakconsole.error.table_size":"Give a table size from 3 to 6.","breakconsole.error.round_minutes":"Give a round length from 3 to 60 minutes.","breakconsole.error.begun":"The break has begun: it can no longer be edited, only cancelled.","breakconsole.phase.upcoming":"Upcoming","breakconsole.phase.open":"Room open","breakconsole.phase.running":"Running","breakconsole.phase.over":"Over","breakconsole.shape":"{rounds, plural, one {# round} other {# rounds}} of {minutes} min · tables of {size}","breakconsole.signed_up":"{count, plural, =0 {Nobody signed up yet} other {# signed up}}","breakconsole.languages":"Languages: {list}","breakconsole.watch":"Watch the rounds","breakconsole.watched":"Watched above","breakconsole.running":"Running now","breakconsole.upcoming":"Upcoming","breakconsole.past":"Past breaks","breakconsole.none_running":"No break is running.","breakconsole.none_upcoming":"No break is scheduled.","breakconsole.none_past":"No break is over yet.","breakconsole.show_past":"Show past breaks","breakconsole.nothing_to_watch":"No break is running or about to start. Pick one below to watch its rounds.","breakconsole.watching":"Watching:","breakconsole.starts_in":"Round 1 starts in {time}","breakconsole.over":"The break is over.","breakconsole.round_of_next":"Round {round} of {rounds}, next in {time}","breakconsole.round_of_end":"Round {round} of {rounds}, the break ends in {time}","breakconsole.present":"{count, plural, =0 {Nobody in the break's room} one {# person in the break's room} other {# people in the break's room}}","breakconsole.live":"updates live","breakconsole.polling":"read again every few seconds","breakconsole.pick_round":"Round shown","breakconsole.follow":"Live: round {round}","breakconsole.round_n":"Round {round}","breakconsole.not_begun":"The first round is seated at the start: its tables will show here.","breakconsole.seating_now":"Round {round} is being seated…","breakconsole.never_seated":"Round {round} was not seated: nobody was in the break's room.","breakconsole.round_seated":"Round {round} is seated.","breakconsole.count.seated":"Seated","breakconsole.count.tables":"Tables","breakconsole.count.waiting":"Waiting","breakconsole.seated_at":"Seated at {time}","breakconsole.updated_at":"changed at {time}","breakconsole.by_language":"By language","breakconsole.col.language":"Language","breakconsole.col.tables":"Tables","breakconsole.col.seated":"Seated","breakconsole.col.waiting":"Waiting","breakconsole.waiting_note":"Someone waiting counts under each language they chose.","breakconsole.tables_title":"{count, plural, =0 {No tables} one {# table} other {# tables}}","breakconsole.no_tables":"No table this round.","breakconsole.table":"Table {number} · {language} · {count} of {size}","breakconsole.closed_tables":"{count, plural, one {# table closed: everyone left it.} other {# tables closed: everyone left them.}}","breakconsole.waiting_title":"{count, plural, =0 {Nobody waiting} other {# waiting}}","breakconsole.nobody_waits":"Nobody is waiting.","breakconsole.reason.too_few_speakers":"Fewer than 3 people present share one of their languages.","breakconsole.reason.no_language":"Chose no language.","breakconsole.reason.no_free_seat":"No free seat in their languages (came late, or their table closed); a table opens once 3 wait for one language.","nav.contacts":"People I met","home.next_contacts":"See the people you met","contacts.title":"People I met","contacts.intro":"Everyone you met in the village, most recent first, with where and when.","contacts.count":"{count, plural, one {You met # person.} other {You met # people.}}","contacts.times":"{count, plural, one {Met once, on {when}} other {Met # times, last on {when}}}","contacts.where":"Where you met {name}","contacts.at_knock":"Talked at the {place} booth","contacts.at_slot":"1:1 meeting at the {place} booth","contacts.kind_knock":"Talked at a booth","contacts.kind_slot":"1:1 meeting at a booth","contacts.kind_table":"At a coffee-break table","contacts.kind_meeting":"In a meeting","contacts.more":"{count, plural, one {# more occasion} other {# more occasions}}","contacts.none":"You have not met anyone yet","contacts.how":"The people you meet in the village are listed here, so that you can find them again. Ways to meet people:","contacts.how_knock":"Visit a booth and ask its staff to talk now","contacts.how_slot":"Book a 1:1 meeting slot at a booth","contacts.how_break":"Join a coffee break, where you sit at a table with people who speak your language","contacts.how_people":"Find people to meet in the directory","figures.title":"Contacts made","figures.pairs":"{count, plural, one {new contact made in the village} other {new contacts made in the village}}","figures.people":"{count, plural, one {# person met someone} other {# people met someone}}","figures.contacts":"{count, plural, one {# occasion in all} other {# occasions in all}}","figures.by_kind":"Where pairs first met","figures.kind_knock":"Talks at booths","figures.kind_slot":"1:1 meetings at booths","figures.kind_table":"Coffee-break tables","figures.kind_meeting":"Meetings","figures.by_day":"New contacts by day (UTC)","figures.day":"Day","figures.new":"New contacts","figures.col_knock":"Booth talks","figures.col_slot":"1:1 slots","figures.col_table":"Tables","figures.col_meeting":"Meetings","figures.no_days":"No contacts yet: they appear here as people meet at booths, in 1:1 slots, at coffee-break tables and in meetings.","contacts.occasion":"{what}, {when}","nav.sessions":"Sessions","sessions.title":"Sessions","sessions.intro":"Sessions that participants organise: birds of a feather, town halls and regional get-togethers. Sign up for one, or propose your own.","sessions.type.bof":"Birds of a feather","sessions.type.town_hall":"Town hall","sessions.type.regional":"Regional get-together","sessions.status.listed":"Listed","sessions.status.proposed":"Waiting for approval","sessions.status.refused":"Refused","sessions.status.cancelled":"Cancelled","sessions.all":"All sessions","sessions.mine":"My sessions","sessions.propose":"Propose a session","sessions.propose_intro":"You will be its organiser: you can edit it, write to those who sign up, and cancel it.","sessions.propose_send":"Propose","sessions.approval_note":"The secretariat approves each proposal before it is listed.","sessions.proposed":"Your session is listed.","sessions.proposed_wait":"Your proposal waits for the secretariat's approval.","sessions.count":"{count, plural, one {# session found.} other {# sessions found.}}","sessions.seats_left":"{count, plural, one {# seat left} other {# seats left}}","sessions.full":"{count, plural, =0 {Full: nobody waiting} one {Full: # waiting} other {Full: # waiting}}","sessions.by":"Organised by {name}","sessions.your_place":"Your place","sessions.place.none":"You have not signed up.","sessions.place.confirmed":"You have a seat.","sessions.place.waitlisted":"On the waitlist, number {position}","sessions.place.organiser":"You organise this session.","sessions.sign_up":"Sign up","sessions.signed_up":"You have a seat.","sessions.withdraw":"Withdraw","sessions.withdrawn":"You have given up your place.","sessions.join_room":"Join the session's room","sessions.room":"The session's room","sessions.room_refused":"The room is open to those with a seat, from five minutes before the start to the end.","sessions.messages":"From the organiser","sessions.back":"All sessions","sessions.field.type":"Type","sessions.field.title":"Title","sessions.field.description":"Description","sessions.field.description_hint":"Up to 5,000 characters. Markdown: **bold**, *italic*, lists, links.","sessions.field.language":"Language","sessions.field.starts_at":"Starts at","sessions.field.starts_at_hint":"In your time zone ({zone}), on a five-minute mark.","sessions.field.minutes":"Length in minutes","sessions.field.minutes_hint":"15 to 180, in steps of 5.","sessions.field.capacity":"Seats","sessions.field.capacity_hint":"1 to {max}. Those who sign up after the seats are taken wait in line.","sessions.field.themes":"Themes","sessions.field.day":"Day","sessions.tools.title":"Organiser's tools","sessions.tools.message":"Message to those with a seat","sessions.tools.message_hint":"Up to 1,000 characters. They see it at once.","sessions.tools.send":"Send","sessions.tools.sent":"Your message is sent.","sessions.tools.attendees":"Attendees","sessions.tools.nobody":"Nobody has signed up yet.","sessions.tools.edit":"Edit","sessions.tools.save":"Save","sessions.tools.saved":"The session is saved.","sessions.tools.cancel":"Cancel the session","sessions.tools.cancel_confirm":"Cancel this session? Everyone signed up is told.","sessions.tools.cancelled":"The session is cancelled.","sessions.queue.title":"Proposals to approve","sessions.queue.none":"No proposal waits.","sessions.queue.reason":"Reason, if you refuse","sessions.queue.approve":"Approve","sessions.queue.refuse":"Refuse","sessions.queue.approved":"“{title}” is approved.","sessions.queue.refused":"“{title}” is refused.","sessions.live.promoted":"A seat came free: you have a seat at “{title}”.","sessions.live.reminder":"“{title}” starts in ten minutes or less.","sessions.live.message":"{name} about “{title}”: {text}","sessions.live.cancelled":"“{title}” is cancelled.","sessions.live.approved":"Your session “{title}” is approved and listed.","sessions.live.refused":"Your session “{title}” was refused: {reason}","sessions.attendee.confirmed":"Has a seat","sessions.error.type":"Choose a type from the list.","sessions.error.description":"Use at most 5,000 characters.","sessions.error.starts_at":"Choose a start in the future, within a year, on a five-minute mark.","sessions.error.minutes":"Give a length from 15 to 180 minutes, in steps of 5.","sessions.error.capacity":"Give a number of seats from 1 to the limit above.","breaks.nav":"Coffee breaks","breaks.home_next":"Join a coffee break and chat at a table in your language","breaks.cta":"Join a coffee break","breaks.title":"Coffee breaks","breaks.intro":"Sit at a small table with people who speak one of your languages, and change tables every round to meet someone new.","breaks.none":"No coffee break is planned for now. Come back later: the Secretariat schedules them during the event.","breaks.when":"{start} to {end}","breaks.facts.when":"When","breaks.facts.languages":"Languages","breaks.facts.tables":"Tables","breaks.facts.rounds":"Rounds","breaks.facts.signed_up":"Signed up","breaks.table_size":"{count, plural, one {# person a table} other {# people a table}}","breaks.rounds":"{count, plural, one {# round of {minutes} min} other {# rounds of {minutes} min}}","breaks.signed_up_count":"{count, plural, =0 {Nobody yet} one {# person} other {# people}}","breaks.status.running":"Running now","breaks.status.open":"Waiting room open","breaks.status.over":"Over","breaks.mine":"You are signed up, to chat in: {languages}.","breaks.withdraw":"Withdraw","breaks.withdrawn":"You withdrew from the coffee break.","breaks.go":"Go to the break","breaks.sign_up":"Sign up","breaks.signed_up":"You are signed up. Keep the break’s page open from 5 minutes before it starts to be seated.","breaks.sign_up_send":"Sign up for this break","breaks.field.languages":"Languages to chat in","breaks.field.languages_hint":"Your favourite first: you sit at a table in one of them. Only the languages of your profile that this break offers are listed. To change the order, remove a language and add it again: it goes last.","breaks.no_language":"This break is held in {languages}, and your profile lists none of them, so you cannot sign up for it yet.","breaks.no_language_link":"Add the languages you speak to your profile","breaks.error.conflict":"You are signed up for this break already. To change your languages, withdraw and sign up again.","breaks.error.gone":"This coffee break is over: signing up and withdrawing are closed.","breaks.error.not_found":"This coffee break was not found, or you are not signed up for it. It may have been cancelled.","breaks.error.languages":"Choose among the languages of your profile that this break offers.","breaks.error.languages_required":"Choose at least one language to chat in.","breaks.thanks_title":"Thank you for joining the coffee break","breaks.thanks_text":"The people you sat with are in your list of people you met, so that you can find them again.","breaks.over_text":"This coffee break is over. Others are planned: see the list.","breaks.thanks_link":"People I met","breaks.before_title":"Before the break","breaks.starts_in":"Starts in","breaks.opens_early":"The waiting room opens 5 minutes before the start. Come back then and keep this page open: that is how you are seated at a table.","breaks.your_place":"Your place","breaks.late":"The break has begun, and you can still join: sign up, and you are seated at a table with a free seat in one of your languages.","breaks.not_signed_up":"You are not signed up for this break.","breaks.back":"All coffee breaks","breaks.in_days":"{count, plural, one {# day} other {# days}}","breaks.moved":"Round {round}: you are now at table {table}, in {language}.","breaks.waiting.too_few_speakers":"You are not at a table this round: fewer than three people here share one of your languages. Stay on this page: you are seated as soon as a table opens for you, or at the next round.","breaks.waiting.no_language":"You are not at a table this round: your sign-up names no language. Withdraw and sign up again with the languages you chat in.","breaks.waiting.no_free_seat":"You are not at a table yet: every table in your languages is full. A new table opens as soon as three people wait for one language; otherwise you are seated at the next round. Stay on this page.","breaks.you":"You","breaks.table_closed":"This table’s round is over.","breaks.table_chat":"Table chat","breaks.table_title":"Table {table} · {language}","breaks.round_of":"Round {round} of {rounds}","breaks.ends_in":"The break ends in","breaks.next_round_in":"Next round in","breaks.ending":"The break is ending…","breaks.changing":"Changing tables…","breaks.at_table":"{count, plural, one {# person at this table} other {# people at this table}}","breaks.waiting_title":"Waiting for a table","breaks.lobby_title":"You are in the waiting room","breaks.lobby_text":"Keep this page open: at the start, you are seated at a table in one of your languages, and it shows here.","breaks.seating":"Setting the tables… Your table shows here in a moment.","breaks.seating_title":"Finding your table","breaks.rounds_seconds":"{count, plural, one {# round of {seconds} s} other {# rounds of {seconds} s}}","breaks.met_count":"{count, plural, one {You met # person at this break.} other {You met # people at this break.}}","settings.title":"Meetings","settings.intro":"When you take 1:1 meetings, who may ask you for one, and the people you blocked.","settings.hours.legend":"My working hours","settings.hours.hint":"In your own time zone ({zone}), on every day of the event. Meetings are proposed and suggested only inside them.","settings.work_from":"From","settings.work_to":"To","settings.work_from.invalid":"Give a time of day on the 5-minute grid, such as 08:00.","settings.work_to.invalid":"Give a time of day on the 5-minute grid, after the start, such as 20:00.","settings.work_to.before":"The end must come after the start.","settings.ask.legend":"Who may ask me for a meeting","settings.ask.hint":"Meetings already agreed stay as they are.","settings.ask.anyone":"Anyone in the village","settings.ask.met":"Only people I have met","settings.ask.nobody":"Nobody","settings.meeting_requests.invalid":"Choose who may ask you.","settings.save":"Save my meeting settings","settings.saved":"Meeting settings saved.","settings.blocked.title":"People I blocked","settings.blocked.hint":"You and they cannot ask each other for meetings or send each other messages, and you are not suggested to each other. They are not told.","settings.blocked.none":"You have not blocked anyone.","settings.blocked.since":"blocked on {date}","block.block":"Block","block.unblock":"Unblock","block.unblock_named":"Unblock {name}","block.confirm":"Block {name}? Neither of you will be able to ask the other for a meeting or send messages, and you will not be suggested to each other. They are not told.","block.unblock_confirm":"Unblock {name}? You will be able to meet and write to each other again.","block.blocked":"You blocked {name}.","block.unblocked":"You unblocked {name}.","block.is_blocked":"You blocked {name}: you cannot ask each other for meetings or send each other messages.","block.block_failed":"{name} could not be blocked. Please try again.","block.unblock_failed":"{name} could not be unblocked. Please try again.","block.refused_take":"One of you and this visitor blocked the other: a colleague may take them.","block.refused_slot":"You cannot book this slot: one of you and its host blocked the other.","meetings.nav":"Meetings","meetings.nav_count":"{count, plural, one {, # request awaits your answer} other {, # requests await your answer}}","meetings.title":"Meetings","meetings.intro":"Your one-to-one meetings: requests to answer, requests you sent, and the meetings agreed.","meetings.boxes":"Meeting requests","meetings.box.inbox":"To answer","meetings.box.outbox":"Sent","meetings.box.upcoming":"Upcoming","meetings.box.past":"Past","meetings.your_zone":"Times are shown in your time zone ({zone}) and in the other person's.","meetings.empty.inbox":"No request awaits your answer.","meetings.empty.outbox":"None of your requests awaits an answer.","meetings.empty.upcoming":"No meeting agreed yet.","meetings.empty.past":"Nothing here yet.","meetings.empty.contacts":"Ask someone you met","meetings.empty.people":"Find people","meetings.more_items":"Show more","meetings.someone":"Someone","meetings.you":"You","meetings.notes":"Notes and messages","meetings.time.both":"{mine} for you · {theirs} for {name} ({city})","meetings.time.same":"{mine} for you and {name}","meetings.state.yours":"Awaiting your answer","meetings.state.theirs":"Awaiting {name}'s answer","meetings.state.expired":"Every time has passed","meetings.state.over":"Over","meetings.state.confirmed":"Confirmed","meetings.state.declined":"Declined","meetings.state.cancelled":"Cancelled","meetings.length":"{minutes} minutes","meetings.length.label":"Length","meetings.asked_by_you":"You asked","meetings.asked_you":"{name} asked you","meetings.proposed":"Proposed times","meetings.accept.legend":"Choose one of the times","meetings.accept.pick":"Choose one of the times first.","meetings.accept.submit":"Accept","meetings.propose.open":"Propose other times","meetings.propose.title":"Propose other times","meetings.propose.submit":"Send these times","meetings.decline.open":"Decline","meetings.decline.title":"Decline {name}'s request?","meetings.decline.submit":"Decline the request","meetings.decline.keep":"Do not decline","meetings.cancel.open":"Cancel the meeting","meetings.cancel.title":"Cancel the meeting with {name}?","meetings.cancel.submit":"Yes, cancel it","meetings.cancel.keep":"Keep it","meetings.message.label":"Message (optional)","meetings.note.label":"Note (optional)","meetings.note.hint":"What you would like to talk about, in a sentence or two.","meetings.times.legend":"Times to propose","meetings.times.hint":"Choose up to {count} times. Those listed are free for both of you, inside both your working hours.","meetings.times.none":"No free time inside both your working hours: choose another time.","meetings.times.chosen":"{count, plural, =0 {No time chosen yet} one {# time chosen, of {max}} other {# times chosen, of {max}}}","meetings.times.required":"Choose at least one time.","meetings.more.open":"Another time…","meetings.more.label":"Date and time, in your time zone ({zone})","meetings.more.add":"Add this time","meetings.more.invalid":"Enter a date and a time.","meetings.more.past":"This time has passed.","meetings.anyway.send":"Send anyway: I know it is outside working hours","meetings.anyway.accept":"Accept anyway: I know it is outside working hours","meetings.done.accepted":"Accepted: {when}. It is now under Upcoming and on your schedule.","meetings.done.proposed":"Your times were sent to {name}.","meetings.done.decline":"You declined the request.","meetings.done.cancel":"The meeting is cancelled.","meetings.ics":"Add to my calendar (.ics)","meetings.open":"Open the meeting with {name}","meetings.room.join":"Join the meeting room","meetings.room.title":"Meeting room","meetings.room.opens_in":"The room opens in","meetings.room.opens_hint":"It opens 5 minutes before the start, for the two of you, here on this page.","meetings.room.over":"This meeting is over.","meetings.one_title":"Meeting","meetings.with":"Meeting with {name}","meetings.not_found":"This meeting was not found. The link may be wrong, or it is someone else's.","meetings.back":"All my meetings","meetings.new.title":"Ask for a meeting","meetings.new.title_with":"Ask {name} for a meeting","meetings.new.nobody":"This person was not found.","meetings.new.self":"This is you: ask someone else for a meeting.","meetings.new.their_zone":"Time zone: {zone}","meetings.new.submit":"Send the request","meetings.pending_line":"{count, plural, one {# meeting request awaits your answer} other {# meeting requests await your answer}}","meetings.schedule.title":"My meetings","meetings.schedule.none":"No one-to-one meeting agreed yet.","meetings.ask":"Ask for a meeting","meetings.ask_name":"Ask {name} for a meeting","meetings.live.requested":"{name} asked you for a meeting","meetings.live.accepted":"{name} accepted: {when}","meetings.live.declined":"{name} declined your meeting request","meetings.live.proposed":"{name} proposed other times","meetings.live.cancelled":"{name} cancelled the meeting","meetings.live.reminder":"{minutes, plural, =0 {Your meeting with {name} starts now} one {Your meeting with {name} starts in # minute} other {Your meeting with {name} starts in # minutes}}","meetings.live.go":"Go to the room","meetings.live.see":"See it","meetings.error.blocked":"You cannot ask {name} for a meeting: one of you has blocked the other.","meetings.error.not_accepting":"{name} is not taking meeting requests from you at the moment. You can still meet at a coffee break or a booth.","meetings.error.pending_cap":"You have 10 requests awaiting an answer. Wait for some answers, or cancel one, before asking again.","meetings.error.outside_event":"This time is outside the event's days. Choose a time during the event.","meetings.error.outside_hours":"This time is outside the working hours of {name} or yours. Choose another time, or tick the box below to go ahead anyway.","meetings.error.overlaps":"This time overlaps another commitment of yours or of {name}. Choose another time.","meetings.error.conflict":"This request was answered meanwhile. It now shows as it stands.","meetings.error.gone":"This request was cancelled or declined meanwhile, or the meeting is over.","meetings.error.forbidden":"It is not your turn to answer this request.","meetings.error.not_found":"This person or this request no longer exists.","meetings.error.times":"One of the times is not valid: it must be in the future, on a five-minute mark.","meetings.room.chat":"Chat with {name}","suggest.home_next":"Meet the people suggested for you","suggest.from_directory":"See the people suggested for you, with reasons","suggest.nav":"People to meet","suggest.title":"People to meet","suggest.intro":"Chosen for you: people who speak a language you speak and share your interests, and who would likely want to meet you too. People you already met, and anyone either of you blocked, are left out.","suggest.why":"Why","suggest.people":"People","suggest.booths":"Booths to visit","suggest.wish":"Would like to meet","suggest.ask":"Ask for a meeting","suggest.reason.themes":"You both work on {themes}","suggest.reason.tags":"You are both interested in {tags}","suggest.reason.languages":"You both speak {languages}","suggest.reason.stakeholders":"{mine} meets {theirs}","suggest.reason.region":"You share a region: {region}","suggest.reason.regions":"Your regions work together: {mine} and {theirs}","suggest.reason.hours_overlap":"{hours, plural, one {Your working hours overlap by # hour} other {Your working hours overlap by # hours}}","suggest.booth.themes":"It works on {themes}, as you do","suggest.booth.languages":"Its people speak {languages}, as you do","suggest.booth.region":"From your region: {region}","suggest.mutual.badge":"Mutual","suggest.mutual.title":"You both want to meet","suggest.mutual.intro":"You and these people would each like to meet the other. Ask for a meeting: Village suggests times that suit you both.","suggest.mutual.toast":"You and {name} both want to meet!","suggest.mutual.times":"Times that suit you both:","suggest.mutual.no_times":"No time suits you both yet: propose your own.","suggest.mutual.ask":"Ask {name} for a meeting","suggest.error.blocked":"You cannot ask to meet {name}: one of you blocked the other.","suggest.error.too_many":"You already wish to meet 50 people: take one wish back first.","suggest.none":"No suggestions yet","suggest.none_why":"Suggestions are people in the directory who speak a language you speak. Add your languages, themes and interests to your profile, and look again later: the list is renewed every few minutes.","suggest.none_profile":"Complete your profile","suggest.to_directory":"Search the directory","suggest.none_village":"Visit the booths in the village","suggest.secretariat":"Suggestions are for participants and booth staff: the Secretariat is never suggested and gets no suggestions. You can still find anyone in the directory."};var Mo=["ar","zh","en","fr","ru","es","pt","de","hi","bn","sw","ja","ko","id","tr","fa","ur","it","nl","pl","uk","vi","th","am","ha","yo","ig","zu","so","ms","fil","ta","te","mr","pa","my","ne","si","ro","el","cs","hu","sv","he","kk","uz"],Wn={ar:"العربية",zh:"中文",en:"English",fr:"Français",ru:"Русский",es:"Español",pt:"Português",de:"Deutsch",hi:"हिन्दी",bn:"বাংলা",sw:"Kiswahili",ja:"日本語",ko:"한국어",id:"Bahasa Indonesia",tr:"Türkçe",fa:"فارسی",ur:"اردو",it:"Italiano",nl:"Nederlands",pl:"Polski",uk:"Українська",vi:"Tiếng Việt",th:"ไทย",am:"አማርኛ",ha:"Hausa",yo:"Èdè Yorùbá",ig:"Asụsụ Igbo",zu:"isiZulu",so:"Soomaali",ms:"Bahasa Melayu",fil:"Filipino",ta:"தமிழ்",te:"తెలుగు",mr:"मराठी",pa:"ਪੰਜਾਬੀ",my:"မြန်မာ",ne:"नेपाली",si:"සිංහල",ro:"Română",el:"Ελληνικά",cs:"Čeština",hu:"Magyar",sv:"Svenska",he:"עברית",kk:"Қазақ тілі",uz:"Oʻzbekcha"};var Zn=["ar","zh","en","fr","ru","es"],Wr=new Set(["ar"]),Vr="village.language",Bc={ar:()=>import("/assets/ar-UFWTCDQJ.js"),zh:()=>import("/assets/zh-DMPS4ECE.js"),fr:()=>import("/assets/fr-WUC5YKET.js"),ru:()=>import("/assets/ru-RKWY57VP.js"),es:()=>import("/assets/es-HXYCHMSN.js")},j=F("en"),Xn=F(Kt),ef=yt(()=>Wr.has(j.value)?"rtl":"ltr"),Yr=new Map;function n(e,t){let o=Xn.value,i=j.value,s=o[e]??Kt[e];if(s===void 0)return e;let r=i+"\0"+e,l=Yr.get(r);if(!l){try{l=new jr(s,i)}catch{l={format:()=>s}}Yr.set(r,l)}return l.format(t)}function Ee(e){return e in Xn.value||e in Kt}function _t(e){if(!e)return null;let t=String(e).toLowerCase().split(/[-_]/)[0];return Zn.includes(t)?t:null}function Ho(){try{return _t(localStorage.getItem(Vr))}catch{return null}}var Vn="village.language.profile";function Do(e){let t=e.map(_t).find(Boolean);try{t?localStorage.setItem(Vn,t):localStorage.removeItem(Vn)}catch{}}function Mc(){try{return _t(localStorage.getItem(Vn))}catch{return null}}function Uo(e){let t=e?e.map(_t).find(Boolean):Mc(),o=(navigator.languages||[navigator.language]).map(_t).find(Boolean);return Ho()||t||o||"en"}async function wt(e,{remember:t=!1}={}){if(e=_t(e)||"en",t)try{localStorage.setItem(Vr,e)}catch{}let o=Kt;if(e!=="en")try{o=(await Bc[e]()).default}catch{e="en"}Xn.value=o,j.value=e,document.documentElement.lang=e,document.documentElement.dir=Wr.has(e)?"rtl":"ltr"}function ie(){try{return Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}catch{return"UTC"}}function A(e,t,o={dateStyle:"medium",timeStyle:"short"}){let i=new Date(e);if(Number.isNaN(i.getTime()))return"";try{return new Intl.DateTimeFormat(j.value,{...o,timeZone:t||ie()}).format(i)}catch{return new Intl.DateTimeFormat(j.value,o).format(i)}}function Ie(e){if(Wn[e])return Wn[e];try{let t=new Intl.DisplayNames([e],{type:"language"}).of(e);return t?t.charAt(0).toLocaleUpperCase(e)+t.slice(1):e}catch{return e}}function Y(e){try{return new Intl.DisplayNames([j.value],{type:"language"}).of(e)||e}catch{return e}}function _e(e){try{return new Intl.DisplayNames([j.value],{type:"region"}).of(e)||e}catch{return e}}function Ye(e,t){return e.localeCompare(t,j.value)}var U=class extends Error{constructor(t,o,i,s={}){super(i),this.status=t,this.code=o,this.fields=s}},Qt={token:()=>null,refresh:async()=>!1};function Zr(e){Qt=e}async function ve(e,t,{body:o,raw:i,headers:s={},retry:r=!0}={}){let l={Accept:"application/json",...s};o!==void 0?l["Content-Type"]="application/json":i!==void 0&&(l["Content-Type"]=i.type||"application/octet-stream");let c=Qt.token();c&&(l.Authorization="Bearer "+c);let d;try{d=await fetch(t,{method:e,headers:l,body:o===void 0?i:JSON.stringify(o),credentials:"same-origin"})}catch{throw new U(0,"network","the server could not be reached")}if(d.status===401&&c&&r&&await Qt.refresh())return ve(e,t,{body:o,raw:i,headers:s,retry:!1});if(d.status===204)return null;let m=null;try{m=await d.json()}catch{}if(!d.ok){let u=m&&m.error||{};throw new U(d.status,u.code||(d.status>=500?"internal":"bad_request"),u.message||d.statusText,u.fields||{})}return m}var S=e=>ve("GET",e),W=(e,t)=>ve("POST",e,{body:t}),we=(e,t)=>ve("PATCH",e,{body:t}),J=e=>ve("DELETE",e);function Ke(e){let t=new URLSearchParams;for(let[i,s]of Object.entries(e))s!=null&&s!==""&&t.set(i,String(s));let o=t.toString();return o?"?"+o:""}async function dt(e,{retry:t=!0}={}){let o=Qt.token(),i;try{i=await fetch(e,{headers:o?{Authorization:"Bearer "+o}:{},credentials:"same-origin"})}catch{throw new U(0,"network","the server could not be reached")}if(i.status===401&&o&&t&&await Qt.refresh())return dt(e,{retry:!1});if(!i.ok){let c={};try{c=(await i.json()).error||{}}catch{}throw new U(i.status,c.code||(i.status>=500?"internal":"bad_request"),c.message||i.statusText)}let s=i.headers.get("Content-Disposition")||"",r=/filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(s),l=r?decodeURIComponent(r[1]||r[2]):"download";return{blob:await i.blob(),filename:l}}var R=F(null),he=F("loading"),Fo=F(0),xt=F(null),Hc=15e3,Dc=[500,1500,3e3,6e3],Kn={"Village-Session":"cookie"},Jn="village.session";function Jr(e){try{e?localStorage.setItem(Jn,"1"):localStorage.removeItem(Jn)}catch{}}function Uc(){try{return localStorage.getItem(Jn)!==null}catch{return!0}}var Qn=null,to=0,We=null,qo=typeof BroadcastChannel=="function"?new BroadcastChannel("village-session"):null;function Qe(){return Qn}function Kr(){return to}function Oc(e){try{let t=e.access_token.split(".")[1].replace(/-/g,"+").replace(/_/g,"/"),o=JSON.parse(atob(t));if(o.exp>o.iat)return(o.exp-o.iat)*1e3}catch{}return Math.max(6e4,Date.parse(e.expires_at)-Date.now())||6e4}function Qr(e){Qn=e.access_token,to=Date.now()+Oc(e)-5e3,xt.value=null,R.value=e.account,he.value="in",Fo.value++,Jr(!0),Fc()}function Go(e){(he.value==="in"||he.value==="loading"&&e==="expired")&&(xt.value=e),Qn=null,to=0,clearTimeout(We),R.value=null,he.value="out",Jr(!1),Fo.value++}function Fc(){clearTimeout(We);let e=Math.min(6e4,(to-Date.now())/4),t=Math.max(5e3,to-Date.now()-e);We=setTimeout(()=>Ae(),t)}var eo=!1;async function Xr(){eo=!1;let e;try{e=await fetch("/api/auth/refresh",{method:"POST",headers:Kn,credentials:"same-origin",signal:typeof AbortSignal.timeout=="function"?AbortSignal.timeout(Hc):void 0})}catch{return he.value==="in"&&(clearTimeout(We),We=setTimeout(()=>Ae(),1e4)),eo=!0,!1}return e.ok?(Qr(await e.json()),!0):(await e.text().catch(()=>""),e.status===401?(Go("expired"),!1):(he.value==="in"&&(clearTimeout(We),We=setTimeout(()=>Ae(),15e3)),eo=!0,!1))}var Oo=null;function Ae(){return Oo||(Oo=(navigator.locks?navigator.locks.request("village-refresh",Xr):Xr()).finally(()=>{Oo=null})),Oo}Zr({token:Qe,refresh:Ae});async function es({pauses:e=Dc}={}){if(Uc()){await Ae();for(let t of e){if(!eo||he.value!=="loading")break;await new Promise(o=>setTimeout(o,t)),await Ae()}eo&&he.value==="loading"&&(xt.value="unreachable",clearTimeout(We),We=setTimeout(()=>Ae(),3e4))}he.value==="loading"&&(he.value="out")}async function ts(e,t){let o=await ve("POST",e,{body:t,headers:Kn,retry:!1});return Qr(o),qo?.postMessage("in"),o.account}var os=(e,t)=>ts("/api/auth/login",{email:e,password:t}),ns=e=>ts("/api/auth/register",e);async function is(){try{await ve("POST","/api/auth/logout",{headers:Kn,retry:!1})}catch(e){if(!(e instanceof U)||e.status!==401)throw e}Go("user"),qo?.postMessage("out")}function jo(e="gone"){Go(e),qo?.postMessage("out")}function Be(e){R.value=e}qo?.addEventListener("message",e=>{e.data==="out"&&he.value==="in"?Go("user"):e.data==="in"&&he.value!=="in"&&Ae()});function Yo(){let e=new Uint8Array(12);return crypto.getRandomValues(e),"c-"+[...e].map(t=>t.toString(16).padStart(2,"0")).join("")}var qc=e=>new Promise(t=>setTimeout(t,e));async function rs(e,{tries:t=8,ready:o=async()=>{},sleep:i=qc,random:s=Math.random}={}){for(let r=1;;r++)try{return await e()}catch(l){if(r>=t)throw l;if(l?.code==="rate_limited")await i(Math.max(l.retry_after_ms||100,1)*(1+s()/2));else if(l?.code==="unavailable"||l?.code==="internal")await i(250*(1+s())),await o();else throw l}}var ae=F("offline"),ut=F(null),Gc=25e3,jc=1e4,Yc=3e4,Wc=3e4,Vc=1,de=null,ze=!1,Zc=1,Tt=new Map,Ct=100,Vo=null,Wo=null,ti=null,oi=!1,Zo=!1,Xo=null,ni=!1,Me=new Map,ii=new Set,oo=new Map,Xc=200,Jc=1500,Kc=300,Qc=3,ed=10,td=15e3,ss=new Set(["forbidden","not_found","gone"]);function as(e){return e*(.8+Math.random()*.4)}function $e(e,t,o){if(!de||de.readyState!==WebSocket.OPEN)return Promise.reject({code:"unavailable",message:"not connected"});let i="r"+Zc++,s={type:e,id:i};return o&&(s.room=o),t!==void 0&&(s.payload=t),new Promise((r,l)=>{Tt.set(i,{resolve:r,reject:l}),de.send(JSON.stringify(s))})}function od(){for(let e of Tt.values())e.reject({code:"unavailable",message:"the connection closed"});Tt.clear()}function nd(){ze||(ze=!0,ut.value=null,Ct=100,li())}function si(){ze=!1,clearTimeout(Vo);let e=de;e&&(ls(e),ai(e),e.close(1e3)),ae.value="offline",oi=!1;for(let t of Me.values())t.members.value=[],t.count.value=0}function St(e=0){if(!ze)return;clearTimeout(Vo);let t=as(Math.max(Ct,e));Ct=Math.min(Math.max(Ct,e)*2,1e4),ae.value=navigator.onLine===!1?"offline":"reconnecting",Vo=setTimeout(li,t)}function ei(e){ni=!0,si(),ut.value=e}function ls(e){e.onopen=e.onmessage=e.onclose=e.onerror=null}function ai(e){if(de===e){de=null,Zo=!1,Xo=null,clearInterval(Wo),clearTimeout(ti);for(let t of Me.values())t.joined.value=!1;od()}}function Jo(e){if(de===e){ls(e),ai(e);try{e.close()}catch{}St()}}async function li(){if(!ze||de)return;if(navigator.onLine===!1){ae.value="offline";return}if(ae.value=oi?"reconnecting":"connecting",!Qe()||Kr()-Date.now()<3e4){if(await Ae(),!ze||de)return;if(!Qe()){he.value==="out"?si():St();return}}let e=location.protocol==="https:"?"wss://":"ws://",t=new WebSocket(e+location.host+"/ws");de=t,Zo=!1;let o=null,i=setTimeout(()=>Jo(t),Yc);t.onopen=async()=>{let s=Qe(),r;try{r=await $e("auth",{token:s})}catch{return}if(de!==t)return;if(r.protocol!==Vc){ei("error");return}Zo=!0,Xo=s;let l=new Set;for(let c;c=[...Me.values()].find(d=>!l.has(d));){l.add(c);try{await hs(c)}catch(d){if(de!==t)return;if(ss.has(d.code)){c.refused.value=d.code;continue}Jo(t);return}}de===t&&(clearTimeout(i),oi=!0,ae.value="connected",ut.value=null,clearTimeout(ti),ti=setTimeout(()=>Ct=100,Wc),id(t),cs())},t.onmessage=s=>{for(let r of String(s.data).split(`
`))if(r){let l;try{l=JSON.parse(r)}catch{continue}l.type==="error"&&l.error&&(o=l.error.code),rd(l)}},t.onclose=async s=>{if(clearTimeout(i),de===t&&(ai(t),!!ze))switch(s.code){case 4403:ei("ended"),jo("gone");return;case 4400:ei("error");return;case 4001:case 4002:if((s.code===4002||o==="unauthenticated")&&(await Ae(),he.value==="out"))return;St();return;case 4009:ut.value="tabs",St(5e3);return;case 4029:St(5e3);return;default:St()}}}function cs(){let e=Qe();de&&Zo&&e&&e!==Xo&&(Xo=e,$e("auth",{token:e}).catch(()=>{}))}function id(e){clearInterval(Wo),Wo=setInterval(()=>{if(de!==e){clearInterval(Wo);return}let t=setTimeout(()=>Jo(e),jc);$e("ping").then(()=>clearTimeout(t),()=>clearTimeout(t))},Gc)}function rd(e){if((e.type==="reply"||e.type==="error")&&e.id&&Tt.has(e.id)){let o=Tt.get(e.id);Tt.delete(e.id),e.type==="reply"?o.resolve(e.payload):o.reject(e.error||{code:"internal"});return}let t=e.room&&Me.get(e.room);switch(e.type){case"presence.delta":case"presence":case"message":t&&(t.joining?t.early.push(e):ri(t,e));return;case"direct":for(let o of ii)o(e.payload);return}if(t){t.joining?t.early.push(e):ri(t,e);return}for(let o of oo.get(e.type)||[])o(e.payload)}function ds(e,t){return e.name<t.name?-1:e.name>t.name?1:e.id<t.id?-1:1}function ri(e,t){if(t.type==="presence")fs(e,t.payload);else if(t.type==="presence.delta"){let o=t.payload||{};for(let i of o.joined||[])e.map.set(i.id,i);for(let i of o.left||[])e.map.delete(i);e.members.value=[...e.map.values()].sort(ds),e.count.value=o.count??e.map.size}else if(t.type==="message")Ko(e,t.payload),e.last<e.head&&ms(e);else if(t.type==="message.deleted"){let o=t.payload?.seq;e.log.peek().some(i=>i.seq===o)&&(e.log.value=e.log.peek().map(i=>i.seq===o?{...i,text:"",deleted:!0}:i))}else t.payload&&typeof t.payload=="object"&&(e.state.value={...e.state.peek()||{},...t.payload});if(t.type!=="message")for(let o of e.eventHandlers)o(t)}function Ko(e,t){if(!(!t||!(t.seq>e.last)||e.have.has(t.seq))){e.head=Math.max(e.head,t.seq),t.seq===e.last+1?(e.last=t.seq,us(e)):e.have.add(t.seq),ps(e,[t]);for(let o of e.messageHandlers)o(t)}}function us(e){for(;e.have.delete(e.last+1);)e.last++}function ms(e){!e.gapTimer&&!e.filling&&(e.gapTimer=setTimeout(()=>{e.gapTimer=null,sd(e)},Jc))}async function sd(e){if(!(e.filling||e.joining||Me.get(e.name)!==e)){e.filling=!0;try{for(let t=0,o=0;e.last<e.head&&t<ed;t++){let i=e.last,s=e.have.size?Math.min(...e.have)-1:e.head,r=await $e("history",{after:e.last,limit:Math.min(200,s-e.last)},e.name);if(Me.get(e.name)!==e)return;for(let l of r.messages||[])Ko(e,l);e.last>i?o=0:++o>=Qc?(o=0,e.last=e.have.size?Math.min(...e.have)-1:e.head,us(e)):await new Promise(l=>setTimeout(l,Kc))}}catch{}finally{e.filling=!1}}}function ps(e,t){let o=new Map(e.log.peek().map(s=>[s.seq,s]));for(let s of t)o.set(s.seq,s);let i=[...o.values()].sort((s,r)=>s.seq-r.seq);e.log.value=i.length>e.keep?i.slice(i.length-e.keep):i}function fs(e,t){e.map=new Map((t.members||[]).map(o=>[o.id,o])),e.members.value=[...e.map.values()].sort(ds),e.count.value=t.count??e.map.size,e.truncated.value=!!t.truncated}async function hs(e){e.joining=!0,e.early=[];try{let t=e.last,o=await $e("join",t?{since:t}:void 0,e.name);e.refused.value=null,e.joined.value=!0,e.state.value=o.state||null,fs(e,o.presence||{});let i=o.messages||[];t>0&&t<=o.seq||(t>0&&(e.log.value=[]),e.last=i.length?i[0].seq-1:o.seq||0,e.head=e.last,e.have.clear()),e.head=Math.max(e.head,o.seq||0);for(let s of i)Ko(e,s);for(let s=0,r=!!o.reload;r&&s<50;s++){let l=await $e("history",{after:e.last,limit:200},e.name);for(let c of l.messages||[])Ko(e,c);r=l.more&&(l.messages||[]).length>0}e.joining=!1;for(let s of e.early)ri(e,s);e.last<e.head&&ms(e)}finally{e.joining=!1,e.early=[]}}function gs(e,t,o){hs(e).catch(i=>{if(ss.has(i.code)){e.refused.value=i.code;return}setTimeout(()=>{de===t&&ae.peek()==="connected"&&Me.get(e.name)===e&&gs(e,t,Math.min(o*2,td))},as(o))})}function Qo(e){let t=Me.get(e);return t||(t={name:e,users:0,last:0,head:0,have:new Set,gapTimer:null,filling:!1,map:new Map,members:F([]),count:F(0),truncated:F(!1),refused:F(null),joined:F(!1),log:F([]),state:F(null),keep:Xc,joining:!1,early:[],messageHandlers:new Set,eventHandlers:new Set},Me.set(e,t),ae.peek()==="connected"&&gs(t,de,1e3)),t.users++,{members:t.members,count:t.count,truncated:t.truncated,refused:t.refused,log:t.log,state:t.state,async earlier(i=50){let s=t.log.peek()[0]?.seq;if(!s||s<=1)return 0;let r=Math.max(0,s-1-i),c=((await $e("history",{after:r,limit:s-1-r},e)).messages||[]).filter(d=>d.seq<s);return t.keep=Math.max(t.keep,t.log.peek().length+c.length),ps(t,c),c.length},send(i,s=Yo()){return rs(async()=>{if(await bs(()=>t.refused.value||ae.value==="connected"&&t.joined.value,3e4),t.refused.peek())throw{code:t.refused.peek(),message:"the room refused us"};return $e("send",{text:i,client_id:s},e)},{ready:ad})},onMessage(i){return t.messageHandlers.add(i),()=>t.messageHandlers.delete(i)},onEvent(i){return t.eventHandlers.add(i),()=>t.eventHandlers.delete(i)},request(i,s){return $e(i,s,e)},release(){t.users--,t.users===0&&(Me.delete(e),clearTimeout(t.gapTimer),$e("leave",void 0,e).catch(()=>{}))}}}function xe(e,t){return oo.has(e)||oo.set(e,new Set),oo.get(e).add(t),()=>oo.get(e).delete(t)}function ad(e=3e4){return bs(()=>ae.value==="connected",e)}function bs(e,t){return new Promise((o,i)=>{let s=!1,r=null,l=setTimeout(()=>{s=!0,r?.(),i({code:"unavailable",message:"not connected"})},t);r=me(()=>{e()&&!s&&(s=!0,clearTimeout(l),queueMicrotask(()=>r?.()),o())})})}function $s(e){return ii.add(e),()=>ii.delete(e)}function en(e,t,o){return $e("direct",{to:e,kind:t,body:o})}window.addEventListener("online",()=>{ze&&!de&&(Ct=100,clearTimeout(Vo),li())});window.addEventListener("offline",()=>{ze&&de&&Jo(de)});me(()=>{Fo.value;let e=he.value;e==="in"?!ze&&!ni?nd():cs():e==="out"&&(ni=!1,ze&&si(),ut.value=null)});var Et=F([]),ld=1;function T(e,{kind:t="info",timeout:o=8e3,link:i=null}={}){let s=ld++;return Et.value=[...Et.peek(),{id:s,text:e,kind:t,timeout:o,link:i}],s}function It(e){Et.value=Et.peek().filter(t=>t.id!==e)}var Pe=F(location.pathname),te=F(location.search);function ye(e,{replace:t=!1}={}){let o=new URL(e,location.origin);o.pathname+o.search!==location.pathname+location.search&&(history[t?"replaceState":"pushState"](null,"",o.pathname+o.search+o.hash),Pe.value=o.pathname,te.value=o.search)}function He(e){let t=new URLSearchParams;for(let[i,s]of Object.entries(e))s!=null&&s!==""&&s!==!1&&t.set(i,String(s));let o=t.toString()?"?"+t.toString():"";history.replaceState(null,"",location.pathname+o),te.value=o}function ys(e,t){let o=e.split("/"),i=t.split("/");if(o.length!==i.length)return null;let s={};for(let r=0;r<o.length;r++)if(o[r].startsWith(":")){if(!i[r])return null;s[o[r].slice(1)]=decodeURIComponent(i[r])}else if(o[r]!==i[r])return null;return s}addEventListener("popstate",()=>{Pe.value=location.pathname,te.value=location.search});document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a[href]");!t||t.target||t.hasAttribute("download")||t.origin!==location.origin||t.pathname.startsWith("/api/")||t.pathname.startsWith("/assets/")||(e.preventDefault(),ye(t.pathname+t.search+t.hash))});var cd=12;function dd(e){let t=2166136261;for(let o of String(e))t^=o.codePointAt(0),t=Math.imul(t,16777619)>>>0;return t%cd}var ks=typeof Intl.Segmenter=="function"?new Intl.Segmenter(void 0,{granularity:"grapheme"}):null,vs=e=>(ks?ks.segment(e)[Symbol.iterator]().next().value?.segment:[...e][0])||"";function ud(e){let t=String(e||"").trim().split(/\s+/).filter(i=>new RegExp("\\p{L}","u").test(i));if(t.length===0)return"?";let o=vs(t[0]);return t.length===1||new RegExp("\\p{Script=Han}|\\p{Script=Hiragana}|\\p{Script=Katakana}|\\p{Script=Hangul}","u").test(o)?o.toLocaleUpperCase():(o+vs(t[t.length-1])).toLocaleUpperCase()}function q({id:e,name:t,photo:o,size:i="s",square:s=!1}){let[r,l]=$(null),c=`avatar avatar-${i}${s?" avatar-square":""}`;return o&&r!==o?a`<img class=${c} src=${o} alt="" aria-hidden="true" loading="lazy" decoding="async" onError=${()=>l(o)} />`:a`<span class=${`${c} tone-${dd(e||t)}`} aria-hidden="true">${ud(t)}</span>`}var md={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},pd={hour:"numeric",minute:"2-digit"},fd={weekday:"short",hour:"numeric",minute:"2-digit"},_s={year:"numeric",month:"2-digit",day:"2-digit"},ws={year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"},le=e=>"⁨"+(e||"")+"⁩";function De(){return R.value?.time_zone||ie()}function mt(e){return(e||"UTC").split("/").pop().replaceAll("_"," ")}function At(e){return A(e,De(),md)}function hd(e,t){let o=A(e,De(),_s)===A(e,t,_s);return A(e,t,o?pd:fd)}function Ve(e,t){let o=t?.time_zone,i=le(t?.name||n("meetings.someone"));return!o||A(e,o,ws)===A(e,De(),ws)?n("meetings.time.same",{mine:At(e),name:i}):n("meetings.time.both",{mine:At(e),theirs:hd(e,o),name:i,city:mt(o)})}var pt=F(0),Oe=F(null),Ue=e=>"/meetings/"+encodeURIComponent(e),xs=0;async function gd(){let e=++xs;try{let t=await S("/api/meetings?box=inbox&limit=1");e===xs&&R.peek()&&(Oe.value=t.total)}catch{}}me(()=>{pt.value,R.value?.id?gd():Oe.value=null});function no(){pt.value++}function bd(e,t){let o=t.meeting,i=le(o.with?.name||n("meetings.someone"));switch(e){case"meeting.requested":return n("meetings.live.requested",{name:i});case"meeting.reminder":return n("meetings.live.reminder",{name:i,minutes:Math.max(0,Math.round((Date.parse(o.starts_at)-Date.now())/6e4))});default:return n("meetings.live."+t.action,{name:i,when:o.starts_at?At(o.starts_at):""})}}function di(e){xe(e,t=>{if(!t?.meeting)return;no();let o=R.peek();if(e!=="meeting.reminder"&&t.by===o?.id)return;let i=t.meeting,s=e==="meeting.reminder"?{href:Ue(i.id),text:n("meetings.live.go")}:{href:Ue(i.id),text:n("meetings.live.see")},r=t.action==="declined"||t.action==="cancelled";T(bd(e,t),{kind:r?"error":"info",timeout:12e3,link:s})})}di("meeting.requested");di("meeting.updated");di("meeting.reminder");var Ss=!1,ci=!1;me(()=>{if(ae.value!=="connected"){ci=Ss;return}ci&&no(),Ss=!0,ci=!1});function Se({href:e,also:t,children:o}){let i=r=>Pe.value===r||Pe.value.startsWith(r+"/"),s=e==="/"?Pe.value==="/":i(e)||t&&i(t);return a`<li><a href=${e} aria-current=${s?"page":void 0}>${o}</a></li>`}var $d=["connecting","connected","reconnecting","offline"];function yd(){let e=ae.value,t=ut.value;return a`<p class="connection" id="connection" data-state=${e} role="status">
    <span class="dot" aria-hidden="true"></span>
    <span class="label">
      <span class="now">${n("connection."+e)}</span>
      ${$d.map(o=>a`<span class="room" aria-hidden="true" key=${o}>${n("connection."+o)}</span>`)}
      ${t&&e!=="connected"?a` <span class="why">${n("connection.problem."+t)}</span>`:""}
    </span>
  </p>`}function kd(){return a`<div class="language-switch">
    <label for="language-switch" class="visually-hidden">${n("header.language")}</label>
    <select id="language-switch" value=${j.value} onChange=${e=>wt(e.currentTarget.value,{remember:!0})}>
      ${Zn.map(e=>a`<option value=${e} lang=${e} key=${e}>${Ie(e)}</option>`)}
    </select>
  </div>`}function vd(){return a`<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="8" fill="#fff" />
    <circle cx="16" cy="16" r="5" fill="#0b5c8e" />
    <circle cx="16" cy="6.5" r="3" fill="#f0a030" />
    <circle cx="25.5" cy="16" r="3" fill="#1b6e3a" />
    <circle cx="16" cy="25.5" r="3" fill="#b03a2e" />
    <circle cx="6.5" cy="16" r="3" fill="#7a3e9d" />
  </svg>`}function Ts(){let e=R.value,[t,o]=$(!1),i=z(null);x(()=>o(!1),[Pe.value,!!e]);let s=l=>{l.key==="Escape"&&t&&!l.defaultPrevented&&(o(!1),i.current?.focus())},r=async()=>{try{await is(),ye("/signin")}catch{T(n("error.network"),{kind:"error"})}};return a`<header class=${"site-header"+(e?" signed-in":"")} onKeyDown=${s}>
    <a class="skip-link" href="#main" onClick=${l=>{l.preventDefault(),document.getElementById("main")?.focus()}}>${n("header.skip")}</a>
    <div class="bar frame">
      <a class="brand" href="/"><${vd} />${n("app.name")}</a>
      ${e&&a`<${yd} />`}
      ${e&&a`<button type="button" class="menu-toggle" ref=${i} aria-expanded=${t?"true":"false"} aria-controls="header-panel" onClick=${()=>o(!t)}>
        <span class="menu-icon" aria-hidden="true"></span>${n("header.menu")}
      </button>`}
      <div id="header-panel" class=${"panel"+(t?" open":"")}>
        ${e&&a`<nav aria-label=${n("header.nav")}>
          <ul>
            <${Se} href="/">${n("nav.home")}<//>
            <${Se} href="/village" also="/booths">${n("nav.village")}<//>
            <${Se} href="/sessions">${n("nav.sessions")}<//>
            ${e.role!=="secretariat"&&a`<${Se} href="/breaks">${n("breaks.nav")}<//>`}
            <${Se} href="/people">${n("nav.people")}<//>
            ${e.role==="participant"&&a`<${Se} href="/people-to-meet">${n("suggest.nav")}<//>`}
            <${Se} href="/meetings">${n("meetings.nav")}${Oe.value>0&&a` <span class="count-badge" aria-hidden="true">${Oe.value}</span><span class="visually-hidden">${n("meetings.nav_count",{count:Oe.value})}</span>`}<//>
            <${Se} href="/schedule">${n("nav.schedule")}<//>
            <${Se} href="/contacts">${n("nav.contacts")}<//>
            ${(e.role==="staff"||e.role==="secretariat")&&a`<${Se} href="/console">${n("nav.console")}<//>`}
            ${e.role==="secretariat"&&a`<${Se} href="/organisations">${n("nav.organisations")}<//>`}
            ${e.role==="secretariat"&&a`<${Se} href="/invitations">${n("nav.invitations")}<//>`}
            <${Se} href="/me">${n("nav.profile")}<//>
          </ul>
        </nav>`}
        <div class="tools">
          ${e&&a`<p class="who">
            <${q} id=${e.id} name=${e.display_name} photo=${e.photo_url} />
            <span class="name">${e.display_name}</span>
            <span class=${"role role-"+e.role}>${n("role."+e.role)}</span>
          </p>`}
          <${kd} />
          ${e&&a`<button type="button" class="link-button" onClick=${r}>${n("header.sign_out")}</button>`}
        </div>
      </div>
    </div>
  </header>`}function _d({item:e}){let t=z(!1);x(()=>{if(!e.timeout)return;let i=e.timeout,s=setInterval(()=>{t.current||(i-=500,i<=0&&It(e.id))},500);return()=>clearInterval(s)},[e.id]);let o=i=>()=>t.current=i;return a`<li
    class=${"toast toast-"+e.kind}
    onMouseEnter=${o(!0)}
    onMouseLeave=${o(!1)}
    onFocusIn=${o(!0)}
    onFocusOut=${o(!1)}
  >
    <p>${e.text}${e.link&&a` <a href=${e.link.href} onClick=${()=>It(e.id)}>${e.link.text}</a>`}</p>
    <button type="button" class="icon-button" onClick=${()=>It(e.id)} aria-label=${n("toast.dismiss")}>×</button>
  </li>`}function wd(e){x(()=>{let t=e.current;if(!t||typeof ResizeObserver!="function")return;let o=document.documentElement,i=new ResizeObserver(()=>{let s=t.getBoundingClientRect().height;o.style.setProperty("--toasts-h",s>0?`${Math.ceil(s)+16}px`:"0px");let r=document.activeElement;s>0&&r&&r!==document.body&&t.getBoundingClientRect().top<r.getBoundingClientRect().bottom&&!t.contains(r)&&r.scrollIntoView({block:"nearest"})});return i.observe(t),()=>i.disconnect()},[])}function Cs(){let e=z(null);return wd(e),a`<section class="toasts" aria-label=${n("toast.region")}>
    <div role="status" aria-live="polite">
      <ul ref=${e}>
        ${Et.value.map(t=>a`<${_d} key=${t.id} item=${t} />`)}
      </ul>
    </div>
  </section>`}function D({title:e,intro:t,wide:o,figure:i,children:s}){return x(()=>{document.title=e?`${e} · ${n("app.name")}`:n("app.name")},[e]),a`<div class=${"page frame"+(o?" page-wide":"")}>
    ${i?a`<div class="page-head">${i}<h1 tabindex="-1">${e}</h1></div>`:a`<h1 tabindex="-1">${e}</h1>`}
    ${t&&a`<p class="intro">${t}</p>`}
    ${s}
  </div>`}function L({label:e}){return a`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span> ${e||n("common.loading")}</p>`}function B({error:e,retry:t}){let o=e&&e.code?"error."+e.code:"error.internal";return a`<div class="notice notice-error" role="alert">
    <p>${n(o)}</p>
    ${t&&a`<button type="button" onClick=${t}>${n("common.retry")}</button>`}
  </div>`}function ui(e,t){return{key:e,fallback:t}}function io(e){return e?Ee(e.key)?n(e.key,e.values):e.fallback||n("error.invalid"):""}function ro(e,t={}){if(!(e instanceof U))return{fields:{},general:ui("error.internal")};let o={};for(let[s,r]of Object.entries(e.fields||{})){let l=e.code==="validation_failed"&&t[s]||`field.${s}.${e.code==="conflict"?"taken":e.code==="gone"?"gone":"invalid"}`;o[s]=ui(l,r)}let i=null;return Object.keys(o).length===0&&(i=ui(`error.${e.code}`,e.message)),{fields:o,general:i}}function X(e,{draft:t,secret:o=["password","current_password","new_password"]}={}){let i=t&&"village.draft."+t,s=z(JSON.stringify(e)),r=z(!1),[l,c]=$(()=>{if(i)try{let w=JSON.parse(sessionStorage.getItem(i)||"null");if(w&&w.base===s.current&&w.values)return r.current=!0,{...e,...w.values};sessionStorage.removeItem(i)}catch{}return e}),[d,m]=$({}),[u,h]=$(null),[p,f]=$(!1),[g,b]=$(0);x(()=>{if(!i||!r.current)return;let w={...l};for(let k of o)delete w[k];try{sessionStorage.setItem(i,JSON.stringify({base:s.current,values:w}))}catch{}},[l]);let y={values:l,errors:d,general:u,busy:p,attempt:g,set(w,k){r.current=!0,c(_=>({..._,[w]:k})),d[w]&&m(_=>{let{[w]:v,...E}=_;return E})},setAll(w){r.current=!1,s.current=JSON.stringify(w),c(w)},fail(w,k=null){m(w),h(k),b(_=>_+1)},clearDraft(){if(r.current=!1,i)try{sessionStorage.removeItem(i)}catch{}},submit(w,k,{keys:_}={}){return async v=>{if(v.preventDefault(),p)return;let E=k?k(l):{};if(Object.keys(E).length){y.fail(E);return}f(!0),h(null);try{await w(l),m({})}catch(M){let{fields:I,general:H}=ro(M,_);y.fail(I,H)}finally{f(!1)}}}};return y}function Ce(e,t){let o={};for(let i of t){let s=e[i];(s==null||typeof s=="string"&&s.trim()===""||Array.isArray(s)&&s.length===0)&&(o[i]={key:`field.${i}.required`})}return o}function Fe(e,t,o){return[t&&e+"-hint",o&&e+"-error"].filter(Boolean).join(" ")||void 0}function et({id:e,text:t}){return t?a`<p class="hint" id=${e+"-hint"}>${t}</p>`:null}function Re({id:e,error:t}){return t?a`<p class="field-error" id=${e+"-error"}><span class="visually-hidden">${n("form.error_prefix")} </span>${io(t)}</p>`:null}function O({form:e,name:t,label:o,hint:i,type:s="text",autocomplete:r,required:l,maxLength:c,inputMode:d,spellcheck:m,dir:u,multiline:h,rows:p=4}){let f="f-"+t,g=e.errors[t],b={id:f,name:t,value:e.values[t]??"",onInput:y=>e.set(t,y.currentTarget.value),"aria-invalid":g?"true":void 0,"aria-describedby":Fe(f,i,g),"aria-required":l?"true":void 0,autocomplete:r,maxLength:c,inputMode:d,spellcheck:m,dir:u};return a`<div class=${"field"+(g?" has-error":"")}>
    <label for=${f}>${o}${l?a` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${et} id=${f} text=${i} />
    <${Re} id=${f} error=${g} />
    ${h?a`<textarea ...${b} rows=${p}></textarea>`:a`<input type=${s} ...${b} />`}
  </div>`}function V({form:e,name:t,label:o,hint:i,options:s,required:r,placeholder:l,onChange:c}){let d="f-"+t,m=e.errors[t];return a`<div class=${"field"+(m?" has-error":"")}>
    <label for=${d}>${o}${r?a` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${et} id=${d} text=${i} />
    <${Re} id=${d} error=${m} />
    <select
      id=${d}
      name=${t}
      value=${e.values[t]??""}
      onChange=${u=>{e.set(t,u.currentTarget.value),c?.(u.currentTarget.value)}}
      aria-invalid=${m?"true":void 0}
      aria-describedby=${Fe(d,i,m)}
      aria-required=${r?"true":void 0}
    >
      ${l!==void 0&&a`<option value="">${l}</option>`}
      ${s.map(u=>Array.isArray(u)?a`<option value=${u[0]} key=${u[0]}>${u[1]}</option>`:a`<optgroup label=${u.group} key=${u.group}>${u.options.map(([h,p])=>a`<option value=${h} key=${h}>${p}</option>`)}</optgroup>`)}
    </select>
  </div>`}function zt({form:e,name:t,legend:o,hint:i,options:s,required:r}){let l="f-"+t,c=e.errors[t],d=e.values[t]||[],m=(u,h)=>e.set(t,h?[...d,u]:d.filter(p=>p!==u));return a`<fieldset
    id=${l}
    class=${"field choices"+(c?" has-error":"")}
    aria-describedby=${Fe(l,i,c)}
    aria-invalid=${c?"true":void 0}
    tabindex="-1"
  >
    <legend>${o}${r?a` <span class="required" aria-hidden="true">*</span>`:""}</legend>
    <${et} id=${l} text=${i} />
    <${Re} id=${l} error=${c} />
    <div class="choice-list">
      ${s.map(([u,h,p])=>a`<label class="choice" key=${u}>
          <input type="checkbox" name=${t} value=${u} checked=${d.includes(u)} onChange=${f=>m(u,f.currentTarget.checked)} />
          <span lang=${p}>${h}</span>
        </label>`)}
    </div>
  </fieldset>`}function Pt({form:e,name:t,label:o,hint:i}){let s="f-"+t,r=e.errors[t];return a`<div class=${"field check"+(r?" has-error":"")}>
    <${Re} id=${s} error=${r} />
    <input
      type="checkbox"
      id=${s}
      name=${t}
      checked=${!!e.values[t]}
      onChange=${l=>e.set(t,l.currentTarget.checked)}
      aria-invalid=${r?"true":void 0}
      aria-describedby=${Fe(s,i,r)}
    />
    <label for=${s}>${o}</label>
    <${et} id=${s} text=${i} />
  </div>`}function K({form:e,labels:t,id:o="error-summary"}){let i=z(null),s=Object.keys(e.errors),r=s.length>0||e.general;if(x(()=>{r&&e.attempt>0&&i.current?.focus()},[e.attempt]),!r)return null;let l=c=>d=>{d.preventDefault();let m=document.getElementById("f-"+c);(m&&m.tagName==="FIELDSET"&&m.querySelector("input")||m)?.focus()};return a`<div class="error-summary" role="alert" tabindex="-1" ref=${i} aria-labelledby=${o+"-title"}>
    <h2 id=${o+"-title"}>${n("form.problem_title")}</h2>
    ${e.general&&a`<p>${io(e.general)}</p>`}
    ${s.length>0&&a`<ul>
      ${s.map(c=>a`<li key=${c}><a href=${"#f-"+c} onClick=${l(c)}>${t[c]||c}: ${io(e.errors[c])}</a></li>`)}
    </ul>`}
  </div>`}function oe({form:e,label:t,busyLabel:o}){return a`<button type="submit" class="primary" aria-disabled=${e.busy?"true":void 0}>
    ${e.busy?o||n("form.working"):t}
  </button>`}function C(e,t=[]){let[o,i]=$({data:null,error:null,loading:!0}),[s,r]=$(0);return x(()=>{let l=!0;return i(c=>({...c,error:null,loading:!0})),e().then(c=>l&&i({data:c,error:null,loading:!1}),c=>l&&i(d=>({...d,error:c,loading:!1}))),()=>{l=!1}},[...t,s]),{...o,reload:()=>r(l=>l+1),set:l=>i(c=>({...c,data:typeof l=="function"?l(c.data):l}))}}var mi=F(null),so=null;function ge(){return mi.value?Promise.resolve(mi.value):(so||(so=S("/api/meta").then(e=>(mi.value=e,so=null,e),e=>{throw so=null,e})),so)}function P(e,t){if(!t)return"";let o=e+"."+t;return Ee(o)?n(o):t}function Q(e,t){return(t||[]).map(o=>[o,P(e,o)])}function Es(){let e=X({email:"",password:""}),t=C(ge),o=e.submit(async s=>{try{await os(s.email.trim(),s.password)}catch(r){throw r.status===401&&(r.code="wrong_credentials"),r}ye(pi(),{replace:!0})},s=>Ce(s,["email","password"])),i={email:n("field.email"),password:n("field.password")};return a`<${D} title=${n("signin.title")} intro=${n("signin.intro")}>
    <form class="form narrow" onSubmit=${o} novalidate>
      <${K} form=${e} labels=${i} />
      <${O} form=${e} name="email" label=${i.email} type="email" autocomplete="username" required inputMode="email" spellcheck=${!1} />
      <${O} form=${e} name="password" label=${i.password} type="password" autocomplete="current-password" required />
      <div class="actions">
        <${oe} form=${e} label=${n("signin.submit")} busyLabel=${n("signin.busy")} />
      </div>
    </form>
    <p>${n("signin.no_account")} <a href="/register">${n("signin.register")}</a></p>
    ${t.data?.demo&&a`<aside class="notice" aria-labelledby="demo-title">
      <h2 id="demo-title">${n("signin.demo_title")}</h2>
      <p>${n("signin.demo_text",{email:"secretariat@village.example",password:"village-demo-2020"})}</p>
    </aside>`}
  <//>`}var xd={search:"M10.5 4a6.5 6.5 0 1 0 4.03 11.6l4.43 4.44 1.42-1.42-4.44-4.43A6.5 6.5 0 0 0 10.5 4Zm0 2a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Z",camera:"M9 4 7.6 6H5a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-2.6L15 4H9Zm3 5a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z",cup:"M4 5h12v6a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5V5Zm12 1h1.5a3.5 3.5 0 0 1 0 7H16v-2h1.5a1.5 1.5 0 0 0 0-3H16V6ZM3 18h16v2H3v-2Z",pencil:"m15.2 4.4 4.4 4.4L9 19.4H4.6V15L15.2 4.4Zm0 2.8-8.6 8.6v1.6h1.6l8.6-8.6-1.6-1.6Z",wave:"M7.3 11.6 4.6 8.9a1.3 1.3 0 0 1 1.8-1.8l4 4-.7.7 1 1 .7-.7-5.4-5.4a1.3 1.3 0 0 1 1.8-1.8l5.4 5.4.7-.7-4.3-4.3a1.3 1.3 0 0 1 1.8-1.8l4.3 4.3.7-.7-2.6-2.6a1.3 1.3 0 0 1 1.8-1.8l4.4 4.4a6.5 6.5 0 0 1 0 9.2l-1 1a6.5 6.5 0 0 1-9.2 0l-4.8-4.8a1.3 1.3 0 0 1 1.8-1.8l1.3 1.3.7-.7-2.6-2.6Z",village:"M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z",met:"M8 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm8 0a3 3 0 1 0 0 6 3 3 0 0 0 0-6ZM2 19v-1.5C2 15 5.5 13 8 13s6 2 6 4.5V19H2Zm14-6c-.6 0-1.3.1-2 .3 1.3.9 2 2.2 2 4.2V19h6v-1.5C22 15 18.5 13 16 13Z",coffee:"M4 9h13v4a6 6 0 0 1-6 6h-1a6 6 0 0 1-6-6V9Zm13 1h1a3 3 0 0 1 0 6h-1.3c.2-.6.3-1.3.3-2h1a1 1 0 0 0 0-2h-1v-2ZM3 20h15v2H3v-2ZM8 2h1.5c0 1-.8 1.5-.8 2.5S9.5 6 9.5 7H8c0-1 .7-1.5.7-2.5S8 3 8 2Zm4 0h1.5c0 1-.8 1.5-.8 2.5S13.5 6 13.5 7H12c0-1 .7-1.5.7-2.5S12 3 12 2Z",external:"M14 3v2h3.6l-9.3 9.3 1.4 1.4L19 6.4V10h2V3h-7ZM5 5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-6h-2v6H5V7h6V5H5Z"};function Le({name:e}){return a`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d=${xd[e]} /></svg>`}function ke(e){let[t]=$(()=>Qo(e));return x(()=>()=>t.release(),[]),t}var fi=["knock","slot","table","meeting"],Sd=6e4;function Td(e){try{return new Intl.DateTimeFormat(j.value,{weekday:"short",day:"numeric",month:"short",timeZone:"UTC"}).format(new Date(e+"T00:00:00Z"))}catch{return e}}var hi=e=>new Intl.NumberFormat(j.value).format(e);function Is(){let e=C(()=>S("/api/contacts/figures"),[]);x(()=>{let r=setInterval(e.reload,Sd);return()=>clearInterval(r)},[]);let t=e.data,o=r=>t?hi(r):"–",i;e.error&&!t?i=a`<${B} error=${e.error} retry=${e.reload} />`:t?t.days.length===0?i=a`<p class="muted">${n("figures.no_days")}</p>`:i=a`<h3 id="figures-days-title">${n("figures.by_day")}</h3>
      <div class="table-wrap figure-table" role="region" tabindex="0" aria-labelledby="figures-days-title">
        <table aria-labelledby="figures-days-title">
          <thead>
            <tr>
              <th scope="col">${n("figures.day")}</th>
              <th scope="col">${n("figures.new")}</th>
              ${fi.map(r=>a`<th scope="col" key=${r}>${n("figures.col_"+r)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${t.days.map(r=>a`<tr key=${r.date}>
                <th scope="row"><time datetime=${r.date}>${Td(r.date)}</time></th>
                <td>${hi(r.pairs)}</td>
                ${fi.map(l=>a`<td key=${l}>${hi(r.by_kind[l])}</td>`)}
              </tr>`)}
          </tbody>
        </table>
      </div>`:i=a`<${L} />`;let s=t?.pairs??0;return a`<section class="card contact-figures" aria-labelledby="figures-title" aria-busy=${t?void 0:"true"}>
    <h2 id="figures-title">${n("figures.title")}</h2>
    <div class="figures-grid">
      <div class="figures-main">
        <p class="figure-lead">
          <span class="figure-number">${o(s)}</span>${" "}<span class="figure-label">${n("figures.pairs",{count:s})}</span>
        </p>
        <p class="figure-sub">${t?a`${n("figures.people",{count:t.people})} · ${n("figures.contacts",{count:t.contacts})}`:" "}</p>
        <h3 id="figures-kind-title">${n("figures.by_kind")}</h3>
        <dl class="figure-kinds">
          ${fi.map(r=>a`<div key=${r}><dt>${n("figures.kind_"+r)}</dt><dd>${o(t?.by_kind[r])}</dd></div>`)}
        </dl>
      </div>
      <div class="figures-days">${i}</div>
    </div>
  </section>`}function Cd({m:e,me:t,wave:o}){let i=e.id===t.id;return a`<li class="face" data-person-id=${e.id}>
    <${q} id=${e.id} name=${e.name} photo=${e.photo_url} size="m" />
    <div class="face-text">
      <a class="face-name" href=${"/people/"+encodeURIComponent(e.id)}>${e.name}</a>
      ${e.role&&e.role!=="participant"&&a`<span class=${"role role-"+e.role}>${n("role."+e.role)}</span>`}
    </div>
    ${i?a`<span class="muted face-you">${n("home.you")}</span>`:a`<button type="button" class="small" onClick=${o(e)} aria-label=${n("home.wave",{name:e.name})}>
          <${Le} name="wave" /> ${n("home.wave_short")}
        </button>`}
  </li>`}function As(){let e=R.value,t=ke("lobby"),o=t.members.value,i=t.count.value,s=ae.value==="connected",r=l=>async()=>{try{await en(l.id,"wave",{}),T(n("home.waved",{name:l.name}))}catch{T(n("home.wave_failed",{name:l.name}),{kind:"error"})}};return a`<${D} title=${n("home.title",{name:e.display_name})} intro=${n("home.intro")} wide>
    ${e.role==="secretariat"&&a`<${Is} />`}
    <div class="home-grid">
      <section aria-labelledby="online-title" class="card now">
        <div class="section-head">
          <h2 id="online-title">${n("home.online_title")}</h2>
          <p class="count">
            ${s&&a`<span class="live-dot" aria-hidden="true"></span>`}
            ${s?n("home.online_count",{count:i}):n("home.online_waiting")}
          </p>
        </div>
        <ul id="online" class="faces">
          ${o.map(l=>a`<${Cd} key=${l.id} m=${l} me=${e} wave=${r} />`)}
        </ul>
        ${t.truncated.value&&a`<p class="muted">${n("home.online_truncated",{shown:o.length,count:i})}</p>`}
      </section>
      <aside aria-labelledby="next-title" class="card next">
        <h2 id="next-title">${n("home.next_title")}</h2>
        <ul class="next-list">
          <li><a href="/village"><span class="next-icon"><${Le} name="village" /></span>${n("home.next_village")}</a></li>
          <li><a href="/people"><span class="next-icon"><${Le} name="search" /></span>${n("home.next_people")}</a></li>
          ${e.role==="participant"&&a`<li><a href="/people-to-meet"><span class="next-icon"><${Le} name="wave" /></span>${n("suggest.home_next")}</a></li>`}
          <li><a href="/breaks"><span class="next-icon"><${Le} name="coffee" /></span>${n("breaks.home_next")}</a></li>
          <li><a href="/contacts"><span class="next-icon"><${Le} name="met" /></span>${n("home.next_contacts")}</a></li>
          ${e.role==="secretariat"&&a`<li><a href="/console/breaks"><span class="next-icon"><${Le} name="cup" /></span>${n("breakconsole.home_link")}</a></li>`}
          <li>
            <a href="/me"><span class="next-icon"><${Le} name=${e.photo_url?"pencil":"camera"} /></span>${e.photo_url?n("home.next_profile"):n("home.next_photo")}</a>
          </li>
        </ul>
      </aside>
    </div>
  <//>`}function gi(){return a`<${D} title=${n("notfound.title")}>
    <p>${n("notfound.text")}</p>
    <p><a href="/">${n("notfound.home")}</a></p>
  <//>`}var tn=e=>String(e).normalize("NFD").replace(new RegExp("\\p{M}","gu"),"").toLocaleLowerCase();function tt({form:e,name:t,label:o,hint:i,options:s,required:r}){let l="f-"+t,c=l+"-list",d=e.errors[t],m=e.values[t]||[],[u,h]=$(""),[p,f]=$(!1),[g,b]=$(0),y=z(null),w=z(null),k=tn(u.trim()),_=k?s.filter(([N,se,,ee])=>tn(se).includes(k)||tn(N)===k||ee&&tn(ee).includes(k)):s,v=Math.min(g,Math.max(0,_.length-1)),E=p&&_[v],M=new Map(s.map(N=>[N[0],N]));x(()=>{p&&E&&document.getElementById(`${l}-opt-${E[0]}`)?.scrollIntoView({block:"nearest"})},[p,v,k]);let I=N=>e.set(t,m.includes(N)?m.filter(se=>se!==N):[...m,N]),H=N=>{f(!0),b(Math.max(0,Math.min(_.length-1,N)))},re=N=>{switch(N.key){case"ArrowDown":N.preventDefault(),H(p?v+1:v);break;case"ArrowUp":N.preventDefault(),H(p?v-1:v);break;case"Home":case"End":p&&(N.preventDefault(),H(N.key==="Home"?0:_.length-1));break;case"Enter":p&&E?(N.preventDefault(),I(E[0]),u&&(h(""),b(s.indexOf(E)))):p||(N.preventDefault(),f(!0));break;case"Escape":p?(N.preventDefault(),N.stopPropagation(),f(!1)):u&&(N.preventDefault(),h(""));break;case"Backspace":!u&&m.length&&e.set(t,m.slice(0,-1));break;case"Tab":f(!1);break}};return a`<div class=${"field multiselect"+(d?" has-error":"")}>
    <label for=${l} id=${l+"-label"}>${o}${r?a` <span class="required" aria-hidden="true">*</span>`:""}</label>
    <${et} id=${l} text=${i} />
    <${Re} id=${l} error=${d} />
    ${m.length>0&&a`<ul class="chips" id=${l+"-chosen"} aria-label=${n("multiselect.chosen",{field:o,count:m.length})}>
      ${m.map(N=>{let[,se,ee]=M.get(N)||[N,N];return a`<li class="chip" key=${N} data-value=${N}>
          <span lang=${ee}>${se}</span>
          <button
            type="button"
            class="chip-remove"
            aria-label=${n("multiselect.remove",{name:se})}
            onClick=${()=>{I(N),y.current?.focus()}}
          ><span aria-hidden="true">×</span></button>
        </li>`})}
    </ul>`}
    <div class="combo">
      <input
        id=${l}
        ref=${y}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${p?"true":"false"}
        aria-controls=${c}
        aria-activedescendant=${E?`${l}-opt-${E[0]}`:void 0}
        aria-invalid=${d?"true":void 0}
        aria-required=${r?"true":void 0}
        aria-describedby=${[Fe(l,i,d),m.length?l+"-chosen":""].filter(Boolean).join(" ")||void 0}
        placeholder=${n("multiselect.search")}
        value=${u}
        onInput=${N=>{h(N.currentTarget.value),b(0),f(!0)}}
        onKeyDown=${re}
        onClick=${()=>f(!0)}
        onBlur=${N=>{w.current?.contains(N.relatedTarget)||f(!1)}}
      />
      <ul
        id=${c}
        ref=${w}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby=${l+"-label"}
        class="listbox"
        hidden=${!p}
        onMouseDown=${N=>N.preventDefault()}
      >
        ${_.map(([N,se,ee],pe)=>a`<li
            key=${N}
            id=${`${l}-opt-${N}`}
            role="option"
            data-value=${N}
            aria-selected=${m.includes(N)?"true":"false"}
            class=${pe===v?"active":void 0}
            onClick=${()=>{I(N),b(pe)}}
          ><span class="tick" aria-hidden="true"></span><span lang=${ee}>${se}</span></li>`)}
        ${_.length===0&&a`<li role="option" aria-disabled="true" aria-selected="false" class="none">${n("multiselect.none")}</li>`}
      </ul>
    </div>
  </div>`}var zs="AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(" ");var bi=new Map;function Rs(e){return bi.has(e)||bi.set(e,Ie(e)),bi.get(e)}function lo(e=[]){let t=e.filter(o=>!Mo.includes(o));return[...Mo,...t].map(o=>[o,Rs(o),o,Y(o)])}var $i={lang:null,list:[]};function ot(){if($i.lang!==j.value){let e=Mo.map(t=>{let o=Y(t),i=Rs(t);return[t,o.toLocaleLowerCase()===i.toLocaleLowerCase()?i:`${o} (${i})`,o]}).sort((t,o)=>Ye(t[2],o[2])).map(([t,o])=>[t,o]);$i={lang:j.value,list:e}}return $i.list}var yi={lang:null,list:[]};function Ed(){if(yi.lang!==j.value){let e=zs.map(t=>[t,_e(t)]).sort((t,o)=>Ye(t[1],o[1]));yi={lang:j.value,list:e}}return yi.list}var Id=["Africa","America","Antarctica","Arctic","Asia","Atlantic","Australia","Europe","Indian","Pacific"],ao={lang:null,groups:[],known:new Set};function Ad(e,t=new Date){try{let o=new Intl.DateTimeFormat("en-US",{timeZone:e,timeZoneName:"longOffset"}).formatToParts(t).find(s=>s.type==="timeZoneName"),i=/GMT([+-]\d\d:\d\d)?/.exec(o?.value||"");return i?"UTC"+(i[1]||""):"UTC"}catch{return"UTC"}}function Ps(e,t){let o=e.split("/").pop().replaceAll("_"," "),i=Ad(e,t),s="";try{s=new Intl.DateTimeFormat(j.value,{timeZone:e,timeZoneName:"longGeneric"}).formatToParts(t).find(l=>l.type==="timeZoneName")?.value||""}catch{}let r=s&&!/^(GMT|UTC)([+\-−]|$)/.test(s);return e==="UTC"?`UTC (${n("field.time_zone.utc")})`:`${o} (${i})${r?" · "+s:""}`}function zd(e){if(ao.lang!==j.value){let t;try{t=Intl.supportedValuesOf("timeZone")}catch{t=["UTC"]}let o=new Date,i=new Map;for(let r of new Set(["UTC",...t])){let l=Id.includes(r.split("/")[0])&&r.includes("/")?r.split("/")[0]:"other";i.has(l)||i.set(l,[]),i.get(l).push([r,Ps(r,o)])}let s=[...i.entries()].map(([r,l])=>({group:n("field.time_zone.region."+r.toLowerCase()),region:r,options:l.sort((c,d)=>Ye(c[1],d[1]))}));s.sort((r,l)=>(l.region==="other")-(r.region==="other")||Ye(r.group,l.group)),ao={lang:j.value,groups:s,known:new Set(t.concat("UTC"))}}return e&&!ao.known.has(e)?[{group:n("field.time_zone.region.other"),region:"current",options:[[e,Ps(e,new Date)]]},...ao.groups]:ao.groups}function Ls(e){return String(e||"").split(/[,،，、]/).map(t=>t.trim()).filter(Boolean)}var ki=e=>[...String(e||"").trim()].length;function on(e){return{display_name:e.display_name||"",stakeholder_group:e.stakeholder_group||"",region:e.region||"",country:e.country||"",languages:[...e.languages||[]],time_zone:e.time_zone||"",themes:[...e.themes||[]],tags:(e.tags||[]).join(", "),expertise:e.expertise||"",youth:!!e.youth,parliamentarian:!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function co(e){return{display_name:e.display_name.trim(),stakeholder_group:e.stakeholder_group,region:e.region,country:e.country,languages:e.languages,time_zone:e.time_zone,themes:e.themes,tags:Ls(e.tags),expertise:e.expertise.trim(),youth:!!e.youth,parliamentarian:e.stakeholder_group==="government"&&!!e.parliamentarian,directory_opt_in:!!e.directory_opt_in}}function nn(e){let t=Ce(e,["display_name","stakeholder_group","region","country","languages","time_zone"]);!t.display_name&&ki(e.display_name)>80&&(t.display_name={key:"field.display_name.invalid"}),!t.languages&&e.languages.length>10&&(t.languages={key:"field.languages.invalid"});let o=Ls(e.tags);return(o.length>10||o.some(i=>ki(i)>40))&&(t.tags={key:"field.tags.invalid"}),ki(e.expertise)>500&&(t.expertise={key:"field.expertise.invalid"}),t}function uo(){return{display_name:n("field.display_name"),stakeholder_group:n("field.stakeholder_group"),parliamentarian:n("field.parliamentarian"),region:n("field.region"),country:n("field.country"),youth:n("field.youth"),languages:n("field.languages"),time_zone:n("field.time_zone"),themes:n("field.themes"),tags:n("field.tags"),expertise:n("field.expertise"),directory_opt_in:n("field.directory_opt_in")}}function vi({form:e,label:t}){let o=e.values.time_zone,i=o?A(new Date().toISOString(),o,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";return a`<${V}
    form=${e}
    name="time_zone"
    label=${t}
    hint=${o?n("field.time_zone.hint",{time:i}):n("field.time_zone.hint_none")}
    options=${zd(o)}
    placeholder=${n("form.choose")}
    required
  />`}function rn({form:e,meta:t,level:o="h2"}){let i=uo(),s=e.values,r=z([]);r.current=[...new Set([...r.current,...s.languages])];let l=o;return a`
    <${l} class="form-section">${n("profile.section.about")}<//>
    <${O} form=${e} name="display_name" label=${i.display_name} hint=${n("field.display_name.hint")} autocomplete="name" required />
    <${V}
      form=${e}
      name="stakeholder_group"
      label=${i.stakeholder_group}
      options=${Q("stakeholder",t.stakeholder_groups)}
      placeholder=${n("form.choose")}
      required
      onChange=${c=>c!=="government"&&s.parliamentarian&&e.set("parliamentarian",!1)}
    />
    ${s.stakeholder_group==="government"&&a`<${Pt} form=${e} name="parliamentarian" label=${i.parliamentarian} hint=${n("field.parliamentarian.hint")} />`}
    <${V}
      form=${e}
      name="region"
      label=${i.region}
      hint=${n("field.region.hint")}
      options=${Q("region",t.regions)}
      placeholder=${n("form.choose")}
      required
    />
    <${V} form=${e} name="country" label=${i.country} options=${Ed()} placeholder=${n("form.choose")} required />
    <${Pt} form=${e} name="youth" label=${i.youth} hint=${n("field.youth.hint")} />

    <${l} class="form-section">${n("profile.section.languages")}<//>
    <${tt}
      form=${e}
      name="languages"
      label=${i.languages}
      hint=${n("field.languages.hint")}
      options=${lo(r.current)}
      required
    />
    <${vi} form=${e} label=${i.time_zone} />

    <${l} class="form-section">${n("profile.section.interests")}<//>
    <${zt} form=${e} name="themes" legend=${i.themes} hint=${n("field.themes.hint")} options=${Q("theme",t.themes)} />
    <${O} form=${e} name="tags" label=${i.tags} hint=${n("field.tags.hint")} />
    <${O} form=${e} name="expertise" label=${i.expertise} hint=${n("field.expertise.hint")} multiline rows=${4} />

    <${l} class="form-section">${n("profile.section.directory")}<//>
    <${Pt} form=${e} name="directory_opt_in" label=${i.directory_opt_in} hint=${n("field.directory_opt_in.hint")} />
  `}var Pd=()=>({email:"",password:"",display_name:"",stakeholder_group:"",region:"",country:"",languages:[],time_zone:ie(),themes:[],tags:"",expertise:"",youth:!1,parliamentarian:!1,directory_opt_in:!1});function Rd({id:e,form:t}){let o=C(()=>S("/api/invitations/"+encodeURIComponent(e)),[e]),i=t.errors.invitation,s=n("register.invitation");o.data&&(s=n("register.invitation_role",{role:P("role",o.data.role)}));let r=i||o.error||o.data&&(o.data.used||o.data.expired);return a`<section
    id="f-invitation"
    tabindex="-1"
    class=${"notice"+(r?" notice-error":"")}
    aria-labelledby="invitation-title"
  >
    <h2 id="invitation-title">${n("register.invitation_title")}</h2>
    ${r?a`<p class="field-error"><span class="visually-hidden">${n("form.error_prefix")} </span>${i?io(i):n("field.invitation.invalid")}</p>`:a`<p>${s}</p>`}
    <p><a href="/register">${n("register.without_invitation")}</a></p>
  </section>`}function Ns(){let e=C(ge),t=new URLSearchParams(te.value).get("invitation")||"",o=X(Pd(),{draft:"register"}),i={email:n("field.email"),password:n("field.password"),...uo(),invitation:n("register.invitation_title")},s=o.submit(async l=>{let c={email:l.email.trim(),password:l.password,...co(l)};t&&(c.invitation=t);let d=await ns(c);o.clearDraft(),t?d.role==="participant"?T(n("register.welcome_invitation_lost",{name:d.display_name})):T(n("register.welcome_role",{name:d.display_name,role:P("role",d.role)})):T(n("register.welcome",{name:d.display_name}))},l=>{let c={...Ce(l,["email","password"]),...nn(l)};!c.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(l.email.trim())&&(c.email={key:"field.email.invalid"}),!c.password&&([...l.password].length<10||[...l.password].length>128)&&(c.password={key:"field.password.invalid"});let d=Object.keys(i);return Object.fromEntries(Object.entries(c).sort((m,u)=>d.indexOf(m[0])-d.indexOf(u[0])))}),r;return e.error?r=a`<${B} error=${e.error} retry=${e.reload} />`:e.data?r=a`<form class="form" onSubmit=${s} novalidate>
      <${K} form=${o} labels=${i} />
      <p class="muted">${n("form.required_note")}</p>
      ${t&&a`<${Rd} id=${t} form=${o} />`}
      <h2 class="form-section">${n("register.section.account")}</h2>
      <${O}
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
      <${O}
        form=${o}
        name="password"
        label=${i.password}
        hint=${n("field.password.hint")}
        type="password"
        autocomplete="new-password"
        required
      />
      <${rn} form=${o} meta=${e.data} level="h2" />
      <div class="actions">
        <${oe} form=${o} label=${n("register.submit")} busyLabel=${n("register.busy")} />
      </div>
    </form>`:r=a`<${L} />`,a`<${D} title=${n("register.title")} intro=${n("register.intro")}>
    ${r}
    <p>${n("register.have_account")} <a href=${"/signin"+(t?"?next="+encodeURIComponent("/invite/"+t):"")}>${n("register.sign_in")}</a></p>
  <//>`}function Bs(e){if(e instanceof U){if(e.status===404)return"invite.not_found";if(e.status===409)return"invite.used";if(e.status===410)return"invite.expired";if(e.code&&e.code!=="bad_request")return"error."+e.code}return"error.internal"}function Ld({id:e}){let t=C(()=>S("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?a`${t.data.name}`:t.error?a`<span class="muted">${n("invite.organisation_unknown")}</span>`:a`<span class="muted">${n("common.loading")}</span>`}function Ms({id:e}){let t=R.value,o=t?.time_zone,i=C(()=>S("/api/invitations/"+encodeURIComponent(e)),[e]),[s,r]=$(!1),[l,c]=$(null),[d,m]=$(null),u=z(null);x(()=>{(d||l)&&u.current?.focus()},[d,l]);let h=async()=>{if(!s){r(!0),c(null);try{let f=await W("/api/invitations/"+encodeURIComponent(e)+"/accept");Be(f),m(f),i.set(g=>({...g,used:!0})),T(n("invite.accepted_toast",{role:P("role",f.role)}))}catch(f){let g=Bs(f);f instanceof U&&f.status===409&&t?.role==="secretariat"&&i.data?.role==="staff"?g="invite.secretariat_staff":f instanceof U&&f.status===410&&i.data?.role==="staff"&&!i.data.expired&&(g="invite.organisation_gone"),c(g)}finally{r(!1)}}},p;if(i.loading&&!i.data)p=a`<${L} />`;else if(i.error)p=a`<div class="notice notice-error" role="alert">
      <p>${n(Bs(i.error))}</p>
      ${!(i.error instanceof U&&i.error.status===404)&&a`<button type="button" onClick=${i.reload}>${n("common.retry")}</button>`}
    </div>`;else{let f=i.data,g=!f.used&&!f.expired,b="/invite/"+encodeURIComponent(e);p=a`
      <dl class="facts">
        <dt>${n("invite.role")}</dt>
        <dd>${P("role",f.role)}</dd>
        ${f.organisation_id&&a`<dt>${n("invite.organisation")}</dt>
          <dd>${t?a`<${Ld} id=${f.organisation_id} />`:a`<span class="muted">${n("invite.organisation_signed_out")}</span>`}</dd>`}
        ${f.note&&a`<dt>${n("invite.note")}</dt><dd>${f.note}</dd>`}
        <dt>${f.expired?n("invite.expired_at"):n("invite.expires_at")}</dt>
        <dd>${A(f.expires_at,o)}</dd>
        <dt>${n("invite.state")}</dt>
        <dd>${f.used?n("invite.state.used"):f.expired?n("invite.state.expired"):n("invite.state.open")}</dd>
      </dl>
      <p>${n("invite.role_explained."+f.role)}</p>
      ${f.used&&!d&&a`<div class="notice notice-error"><p>${n("invite.used")}</p></div>`}
      ${!f.used&&f.expired&&a`<div class="notice notice-error"><p>${n("invite.expired")}</p></div>`}
      ${d&&a`<div class="notice notice-ok" tabindex="-1" ref=${u} role="status">
        <p>${n("invite.accepted",{role:P("role",d.role)})}</p>
        <p><a href="/">${n("invite.go_home")}</a></p>
      </div>`}
      ${l&&a`<div class="notice notice-error" tabindex="-1" ref=${u} role="alert"><p>${n(l)}</p></div>`}
      ${g&&!d&&(t?a`<p class="muted">${n("invite.signed_in_as",{name:t.display_name,role:P("role",t.role)})}</p>
            <div class="actions">
              <button type="button" class="primary" onClick=${h} aria-disabled=${s?"true":void 0}>
                ${s?n("invite.accepting"):n("invite.accept",{role:P("role",f.role)})}
              </button>
            </div>`:a`<p>${n("invite.signed_out")}</p>
            <ul class="link-list">
              <li><a href=${"/signin?next="+encodeURIComponent(b)}>${n("invite.sign_in")}</a></li>
              <li><a href=${"/register?invitation="+encodeURIComponent(e)}>${n("invite.register")}</a></li>
            </ul>`)}
    `}return a`<${D} title=${n("invite.title")} intro=${n("invite.intro")}>${p}<//>`}var Hs=["image/jpeg","image/png","image/gif"],Nd=25*1024*1024,Bd=1024;async function Md(e){if(typeof createImageBitmap!="function")return e;try{let t=await createImageBitmap(e,{imageOrientation:"from-image"}),o=Math.min(1,Bd/Math.max(t.width,t.height)),i=document.createElement("canvas");return i.width=Math.max(1,Math.round(t.width*o)),i.height=Math.max(1,Math.round(t.height*o)),i.getContext("2d").drawImage(t,0,0,i.width,i.height),t.close?.(),await new Promise(r=>i.toBlob(r,"image/jpeg",.9))||e}catch{return e}}function Ds(e){switch(e?.code){case"payload_too_large":return n("photo.too_large");case"unsupported_media_type":return n("photo.wrong_type");case"validation_failed":return n("photo.unreadable");default:return n(e?.code?"error."+e.code:"error.internal")}}function Us({me:e}){let[t,o]=$(!1),[i,s]=$(""),r=z(null),l=async d=>{if(s(""),!!d){if(!Hs.includes(d.type)){s(n("photo.wrong_type"));return}if(d.size>Nd){s(n("photo.too_large"));return}o(!0);try{let m=await ve("PUT","/api/me/photo",{raw:await Md(d)});Be(m),T(n("photo.saved"))}catch(m){s(Ds(m))}finally{o(!1),r.current&&(r.current.value="")}}},c=async()=>{s(""),o(!0);try{Be(await ve("DELETE","/api/me/photo")),T(n("photo.removed"))}catch(d){s(Ds(d))}finally{o(!1)}};return a`<section aria-labelledby="photo-title" class="card photo-section" id="photo">
    <h2 id="photo-title">${n("profile.section.photo")}</h2>
    <div class="photo-row">
      <${q} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="l" />
      <div class="photo-controls">
        <p class="hint" id="f-photo-hint">${n("photo.hint")}</p>
        ${i&&a`<p class="field-error" id="f-photo-error" role="alert">${i}</p>`}
        <div class="actions">
          <input
            type="file"
            id="f-photo"
            ref=${r}
            class="file-input"
            accept=${Hs.join(",")}
            aria-describedby=${"f-photo-hint"+(i?" f-photo-error":"")}
            disabled=${t}
            onChange=${d=>l(d.currentTarget.files?.[0])}
          />
          <label for="f-photo" class="button primary">${t?n("photo.uploading"):e.photo_url?n("photo.change"):n("photo.choose")}</label>
          ${e.photo_url&&a`<button type="button" class="danger" onClick=${c} aria-disabled=${t?"true":void 0}>${n("photo.remove")}</button>`}
        </div>
      </div>
    </div>
  </section>`}var Hd=["anyone","met","nobody"],Fs={work_from:"settings.work_from.invalid",work_to:"settings.work_to.invalid",meeting_requests:"settings.meeting_requests.invalid"},_i=e=>({work_from:e.work_from||"08:00",work_to:e.work_to||"20:00",meeting_requests:e.meeting_requests||"anyone"}),Dd=/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;function Ud(e){let t={};for(let o of["work_from","work_to"])(!Dd.test(e[o])||Number(e[o].slice(3))%5!==0)&&(t[o]={key:Fs[o]});return!t.work_from&&!t.work_to&&e.work_to<=e.work_from&&(t.work_to={key:"settings.work_to.before"}),t}function Od({form:e}){let t="f-meeting_requests",o=e.errors.meeting_requests,i=n("settings.ask.hint");return a`<fieldset id=${t} class=${"field choices"+(o?" has-error":"")} aria-describedby=${Fe(t,i,o)} tabindex="-1">
    <legend>${n("settings.ask.legend")}</legend>
    <${et} id=${t} text=${i} />
    <${Re} id=${t} error=${o} />
    <div class="choice-list stacked">
      ${Hd.map(s=>a`<label class="choice" key=${s}>
          <input
            type="radio"
            name="meeting_requests"
            value=${s}
            checked=${e.values.meeting_requests===s}
            onChange=${()=>e.set("meeting_requests",s)}
          />
          <span>${n("settings.ask."+s)}</span>
        </label>`)}
    </div>
  </fieldset>`}function Fd({me:e}){let t=X(_i(e)),o={work_from:n("settings.work_from"),work_to:n("settings.work_to"),meeting_requests:n("settings.ask.legend")},i=(e.time_zone||"").replaceAll("_"," "),s=t.submit(async r=>{let l=_i(e),c={};if((r.work_from!==l.work_from||r.work_to!==l.work_to)&&(c.work_from=r.work_from,c.work_to=r.work_to),r.meeting_requests!==l.meeting_requests&&(c.meeting_requests=r.meeting_requests),Object.keys(c).length===0){T(n("profile.no_changes"));return}let d=await we("/api/me",c);Be(d),t.setAll(_i(d)),T(n("settings.saved"))},Ud,{keys:Fs});return a`<form class="form" onSubmit=${s} novalidate>
    <${K} form=${t} labels=${o} id="settings-errors" />
    <fieldset class="field">
      <legend>${n("settings.hours.legend")}</legend>
      <p class="hint" id="settings-hours-hint">${n("settings.hours.hint",{zone:i})}</p>
      <div class="time-pair">
        <${Os} form=${t} name="work_from" label=${o.work_from} />
        <${Os} form=${t} name="work_to" label=${o.work_to} />
      </div>
    </fieldset>
    <${Od} form=${t} />
    <div class="actions">
      <${oe} form=${t} label=${n("settings.save")} busyLabel=${n("profile.saving")} />
    </div>
  </form>`}function Os({form:e,name:t,label:o}){let i="f-"+t,s=e.errors[t];return a`<div class=${"field"+(s?" has-error":"")}>
    <label for=${i}>${o}</label>
    <${Re} id=${i} error=${s} />
    <input
      type="time"
      id=${i}
      name=${t}
      step="300"
      value=${e.values[t]}
      onInput=${r=>e.set(t,r.currentTarget.value)}
      aria-invalid=${s?"true":void 0}
      aria-describedby=${["settings-hours-hint",s&&i+"-error"].filter(Boolean).join(" ")}
    />
  </div>`}function qd({me:e}){let t=C(()=>S("/api/me/blocks"),[e.id]);if(t.error)return a`<${B} error=${t.error} retry=${t.reload} />`;if(!t.data)return a`<${L} />`;let o=t.data.items,i=s=>async()=>{try{await J("/api/me/blocks/"+encodeURIComponent(s.person.id))}catch(r){if(r?.status!==404){T(n("block.unblock_failed",{name:s.person.name}),{kind:"error"});return}}t.set(r=>({items:r.items.filter(l=>l.person.id!==s.person.id)})),T(n("block.unblocked",{name:s.person.name})),document.getElementById("blocked-title")?.focus()};return a`<h3 id="blocked-title" tabindex="-1">${n("settings.blocked.title")}</h3>
    <p class="muted">${n("settings.blocked.hint")}</p>
    ${o.length===0?a`<p class="muted">${n("settings.blocked.none")}</p>`:a`<ul class="blocked-list">
          ${o.map(s=>a`<li key=${s.person.id}>
              <span class="blocked-who">
                <a href=${"/people/"+encodeURIComponent(s.person.id)} dir="auto">${s.person.name}</a>
                <span class="muted">${n("settings.blocked.since",{date:A(s.at,e.time_zone,{dateStyle:"medium"})})}</span>
              </span>
              <button type="button" onClick=${i(s)} aria-label=${n("block.unblock_named",{name:s.person.name})}>${n("block.unblock")}</button>
            </li>`)}
        </ul>`}`}function qs({me:e}){return a`<section aria-labelledby="meetings-title" class="card">
    <h2 id="meetings-title">${n("settings.title")}</h2>
    <p class="muted">${n("settings.intro")}</p>
    <${Fd} me=${e} />
    <${qd} me=${e} />
  </section>`}var Gd=(e,t)=>JSON.stringify(e)===JSON.stringify(t);function jd({me:e,meta:t}){let o=X(on(e),{draft:"profile."+e.id}),i=uo(),s=o.submit(async r=>{let l=co(r),c=co(on(e)),d={};for(let[u,h]of Object.entries(l))Gd(h,c[u])||(d[u]=h);if(Object.keys(d).length===0){T(n("profile.no_changes"));return}let m=await we("/api/me",d);Be(m),o.setAll(on(m)),o.clearDraft(),T(n("profile.saved"))},nn);return a`<section aria-labelledby="profile-title" class="card">
    <h2 id="profile-title">${n("profile.section.profile")}</h2>
    <form class="form" onSubmit=${s} novalidate>
      <${K} form=${o} labels=${i} id="profile-errors" />
      <p class="muted">${n("form.required_note")}</p>
      <${rn} form=${o} meta=${t} level="h3" />
      <div class="actions">
        <${oe} form=${o} label=${n("profile.save")} busyLabel=${n("profile.saving")} />
      </div>
    </form>
  </section>`}function Yd({me:e}){let t=X({email:e.email,password:"",current_password:""}),o={email:n("field.email"),password:n("profile.new_password"),current_password:n("field.current_password")},i=t.submit(async s=>{let r={};if(s.email.trim().toLowerCase()!==e.email&&(r.email=s.email.trim()),e.has_password&&s.password&&(r.password=s.password),Object.keys(r).length===0){T(n("profile.no_changes"));return}e.has_password&&(r.current_password=s.current_password);let l=await we("/api/me",r);Be(l),t.setAll({email:l.email,password:"",current_password:""}),T(r.password?r.email?n("profile.both_changed"):n("profile.password_changed"):n("profile.email_changed"))},s=>{let r=Ce(s,["email"]);!r.email&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email.trim())&&(r.email={key:"field.email.invalid"}),e.has_password&&s.password&&([...s.password].length<10||[...s.password].length>128)&&(r.password={key:"field.password.invalid"});let l=s.email.trim().toLowerCase()!==e.email||e.has_password&&s.password;return e.has_password&&l&&!s.current_password&&(r.current_password={key:"field.current_password.required"}),r});return a`<section aria-labelledby="signin-title" class="card">
    <h2 id="signin-title">${e.has_password?n("profile.section.signin"):n("profile.section.email")}</h2>
    <form class="form narrow" onSubmit=${i} novalidate>
      <${K} form=${t} labels=${o} id="signin-errors" />
      ${!e.has_password&&a`<p>${n("profile.no_password")}</p>`}
      <${O} form=${t} name="email" label=${o.email} type="email" autocomplete="email" inputMode="email" spellcheck=${!1} required />
      ${e.has_password&&a`<${O} form=${t} name="password" label=${o.password} hint=${n("profile.new_password_hint")} type="password" autocomplete="new-password" />
        <${O}
          form=${t}
          name="current_password"
          label=${o.current_password}
          hint=${n("field.current_password.hint")}
          type="password"
          autocomplete="current-password"
        />`}
      <div class="actions">
        <${oe} form=${t} label=${e.has_password?n("profile.signin_save"):n("profile.email_save")} busyLabel=${n("profile.saving")} />
      </div>
    </form>
  </section>`}function Wd({me:e}){let t=X({confirm_delete:!1}),o={confirm_delete:n("field.confirm_delete")},i=t.submit(async()=>{await J("/api/me");try{sessionStorage.removeItem("village.draft.profile."+e.id)}catch{}jo("user"),ye("/signin",{replace:!0}),T(n("profile.deleted"))},s=>s.confirm_delete?{}:{confirm_delete:{key:"field.confirm_delete.required"}});return a`<section aria-labelledby="delete-title" class="card danger-zone">
    <h2 id="delete-title">${n("profile.section.delete")}</h2>
    <p>${n("profile.delete_what")}</p>
    <ul>
      <li>${n("profile.delete_item.profile")}</li>
      <li>${n("profile.delete_item.sessions")}</li>
      <li>${n("profile.delete_item.role",{role:P("role",e.role)})}</li>
    </ul>
    <p>${n("profile.delete_stays")}</p>
    <form class="form" onSubmit=${i} novalidate>
      <${K} form=${t} labels=${o} id="delete-errors" />
      <${Pt} form=${t} name="confirm_delete" label=${o.confirm_delete} />
      <div class="actions">
        <button type="submit" class="danger primary" aria-disabled=${t.busy?"true":void 0}>
          ${t.busy?n("profile.deleting"):n("profile.delete")}
        </button>
      </div>
    </form>
  </section>`}function Gs(){let e=R.value,t=C(ge),o;return t.error?o=a`<${B} error=${t.error} retry=${t.reload} />`:t.data?o=a`
      <p class="muted">
        ${n("profile.summary",{role:P("role",e.role),created:A(e.created_at,e.time_zone,{dateStyle:"long"})})}
        ${" "}<a href=${"/people/"+encodeURIComponent(e.id)}>${n("profile.see_public")}</a>
      </p>
      <${Us} me=${e} />
      <${jd} me=${e} meta=${t.data} />
      <${qs} me=${e} />
      <${Yd} me=${e} />
      <${Wd} me=${e} />
    `:o=a`<${L} />`,a`<${D} title=${n("profile.title")} intro=${n("profile.intro")}>${o}<//>`}function qe(e,t){let o=new URLSearchParams(e),i={};for(let r of t)i[r]=o.get(r)||"";let s=parseInt(o.get("offset")||"0",10);return i.offset=Number.isFinite(s)&&s>0?s:0,i}function Rt({form:e,names:t,search:o,results:i,keep:s={}}){let r=z(null),l=z(!1);x(()=>{e.setAll(qe(o,t))},[o]),x(()=>{if(i.error instanceof U&&i.error.code==="validation_failed"){let{fields:u,general:h}=ro(i.error);e.fail(u,h)}},[i.error]),x(()=>{!i.loading&&l.current&&(l.current=!1,r.current?.focus())},[i.loading]);let c=e.submit(async u=>{let h={...s};for(let p of t)h[p]=typeof u[p]=="string"?u[p].trim():u[p];He(h)});return{heading:r,onSubmit:c,clear:()=>{e.setAll(qe("",t)),He(s)},go:u=>()=>{l.current=!0;let{offset:h,...p}=qe(o,t);He({...s,...p,offset:u||void 0})},set:t.filter(u=>qe(o,t)[u]).length}}function Lt({form:e,labels:t,filters:o,children:i}){let[s,r]=$(!1);return a`<section aria-labelledby="filters-title" class=${"card filters-card"+(s?" open":"")}>
    <h2 id="filters-title">
      <span class="filters-title-text">${n("directory.filters")}</span>
      <button type="button" class="filters-toggle" aria-expanded=${s?"true":"false"} aria-controls="filters-body" onClick=${()=>r(!s)}>
        <span>${n("directory.filters_count",{count:o.set})}</span><span class="chevron" aria-hidden="true">▾</span>
      </button>
    </h2>
    <form id="filters-body" class="form filters-body" onSubmit=${o.onSubmit} novalidate role="search" aria-labelledby="filters-title">
      <${K} form=${e} labels=${t} />
      <div class="filters">${i}</div>
      <div class="actions">
        <${oe} form=${e} label=${n("directory.search")} />
        <button type="button" onClick=${o.clear}>${n("directory.clear")}</button>
      </div>
    </form>
  </section>`}function Vd(e,t=o=>n("directory.count",{count:o})){let o=e.data;return e.loading?n("directory.searching"):o&&o.total===0?n("directory.none"):o&&o.items.length===0?n("directory.past_end",{count:o.total}):o?t(o.total)+" "+n("directory.showing",{from:o.offset+1,to:o.offset+o.items.length,total:o.total}):""}function Nt({results:e,filters:t,limit:o,count:i,children:s}){let r=e.data,l=e.error instanceof U&&e.error.code==="validation_failed";return a`<section aria-labelledby="results-title" class="results-area">
    <h2 id="results-title" tabindex="-1" ref=${t.heading}>${n("directory.results")}</h2>
    <p role="status" aria-live="polite" class="results-count">${Vd(e,i)}</p>
    ${e.error&&!l&&a`<${B} error=${e.error} retry=${e.reload} />`}
    ${!r&&e.loading&&a`<${L} />`}
    ${r&&r.items.length>0&&s}
    ${r&&r.items.length>0&&r.total>r.limit&&a`<nav class="pager" aria-label=${n("directory.pages")}>
      ${r.offset>0&&a`<button type="button" onClick=${t.go(Math.max(0,r.offset-o))}>${n("directory.previous")}</button>`}
      ${r.offset+r.items.length<r.total&&a`<button type="button" onClick=${t.go(r.offset+o)}>${n("directory.next")}</button>`}
    </nav>`}
    ${r&&r.items.length===0&&r.total>0&&a`<p><button type="button" onClick=${t.go(0)}>${n("directory.first_page")}</button></p>`}
  </section>`}var js=20,Ws=["q","theme","interest","stakeholder_group","region","language","youth"],Ys=e=>qe(e,Ws);function Zd({p:e}){let t=[P("stakeholder",e.stakeholder_group),P("region",e.region),e.country&&_e(e.country)].filter(Boolean);return a`<li class="result">
    <${q} id=${e.id} name=${e.display_name} photo=${e.photo_url} size="m" />
    <div class="result-body">
      <div class="result-head">
        <h3><a href=${"/people/"+encodeURIComponent(e.id)}>${e.display_name}</a></h3>
        ${e.role!=="participant"&&a`<span class=${"role role-"+e.role}>${P("role",e.role)}</span>`}
      </div>
      <p>${t.join(" · ")}</p>
      ${e.languages.length>0&&a`<p>${n("directory.speaks",{languages:e.languages.map(Y).join(", ")})}</p>`}
      ${e.themes.length>0&&a`<ul class="tags" aria-label=${n("directory.themes")}>
          ${e.themes.map(o=>a`<li key=${o}>${P("theme",o)}</li>`)}
        </ul>`}
    </div>
  </li>`}function Vs(){let e=C(ge),t=X(Ys(te.value)),o=te.value,i=C(()=>{let{offset:d,...m}=Ys(o);return S("/api/directory"+Ke({...m,offset:d||void 0,limit:js}))},[o]),s=Rt({form:t,names:Ws,search:o,results:i}),r={q:n("field.q"),theme:n("field.theme"),interest:n("field.interest"),stakeholder_group:n("field.stakeholder_group"),region:n("field.region"),language:n("field.language"),youth:n("directory.youth"),offset:n("directory.page"),limit:n("directory.page")},l=e.data||{themes:[],stakeholder_groups:[],regions:[]},c=i.data;return a`<${D} title=${n("directory.title")} intro=${n("directory.intro")} wide>
    ${R.value?.role!=="secretariat"&&a`<p class="to-suggestions"><a href="/people-to-meet">${n("suggest.from_directory")}</a></p>`}
    ${e.error&&a`<${B} error=${e.error} retry=${e.reload} />`}
    <${Lt} form=${t} labels=${r} filters=${s}>
      <${O} form=${t} name="q" label=${r.q} type="search" hint=${n("field.q.hint")} />
      <${V} form=${t} name="theme" label=${r.theme} options=${Q("theme",l.themes)} placeholder=${n("directory.any")} />
      <${O} form=${t} name="interest" label=${r.interest} hint=${n("field.interest.hint")} />
      <${V}
        form=${t}
        name="stakeholder_group"
        label=${r.stakeholder_group}
        options=${Q("stakeholder",l.stakeholder_groups)}
        placeholder=${n("directory.any")}
      />
      <${V} form=${t} name="region" label=${r.region} options=${Q("region",l.regions)} placeholder=${n("directory.any")} />
      <${V} form=${t} name="language" label=${r.language} options=${ot()} placeholder=${n("directory.any")} />
      <${V}
        form=${t}
        name="youth"
        label=${r.youth}
        options=${[["true",n("directory.youth_only")],["false",n("directory.youth_not")]]}
        placeholder=${n("directory.any")}
      />
    <//>
    <${Nt} results=${i} filters=${s} limit=${js}>
      <ul class="results" aria-busy=${i.loading?"true":void 0}>
        ${c?.items.map(d=>a`<${Zd} key=${d.id} p=${d} />`)}
      </ul>
    <//>
  <//>`}function Bt({id:e}){let t=C(()=>S("/api/organisations/"+encodeURIComponent(e)),[e]);return t.data?a`${t.data.name}`:a`<span class="muted">${t.error?n("person.organisation_unknown"):n("common.loading")}</span>`}function Zs(e){let t=C(()=>S("/api/me/blocks"),[e]),o=!!t.data?.items.some(i=>i.person.id===e);return{known:!!t.data,blocked:o,set:i=>t.set(s=>({items:i?[{person:{id:e},at:new Date().toISOString()},...s?.items||[]]:(s?.items||[]).filter(r=>r.person.id!==e)}))}}function Xs({person:e,state:t}){let[o,i]=$(!1),[s,r]=$("");if(!t.known)return null;let l=e.display_name,c=async()=>{if(!(o||!confirm(n(t.blocked?"block.unblock_confirm":"block.confirm",{name:l})))){i(!0);try{t.blocked?await J("/api/me/blocks/"+encodeURIComponent(e.id)).catch(d=>{if(d?.status!==404)throw d}):await ve("PUT","/api/me/blocks/"+encodeURIComponent(e.id)),r(n(t.blocked?"block.unblocked":"block.blocked",{name:l})),t.set(!t.blocked)}catch{T(n(t.blocked?"block.unblock_failed":"block.block_failed",{name:l}),{kind:"error"})}finally{i(!1)}}};return a`<div class="block-person">
    ${t.blocked&&a`<p class="notice">${n("block.is_blocked",{name:l})}</p>`}
    <button type="button" class=${t.blocked?"":"danger"} onClick=${c} aria-disabled=${o?"true":void 0}>
      ${t.blocked?n("block.unblock"):n("block.block")}
    </button>
    <p class="visually-hidden" role="status" aria-live="polite">${s}</p>
  </div>`}function Xd({p:e,me:t,blocked:o}){let s=ke("lobby").members.value.find(l=>l.id===e.id);if(ae.value!=="connected")return null;let r=async()=>{try{await en(e.id,"wave",{}),T(n("home.waved",{name:e.display_name}))}catch{T(n("home.wave_failed",{name:e.display_name}),{kind:"error"})}};return a`<div class="presence">
    ${s?a`<p><span class="online-badge"><span class="dot" aria-hidden="true"></span>${n("person.online")}</span></p>
          ${e.id!==t.id&&!o&&a`<button type="button" onClick=${r}>${n("home.wave",{name:e.display_name})}</button>`}`:a`<p class="muted">${n("person.offline")}</p>`}
  </div>`}function Js({id:e}){let t=R.value,o=t?.time_zone,i=C(()=>S("/api/people/"+encodeURIComponent(e)),[e]),s=i.data,r=Zs(e),l,c=null,d=n("person.title");if(i.error){let m=i.error instanceof U&&i.error.status===404;l=a`<div class="notice notice-error" role="alert">
      <p>${m?n("person.not_found"):n(i.error.code?"error."+i.error.code:"error.internal")}</p>
      ${m?a`<p><a href="/people">${n("person.back")}</a></p>`:a`<button type="button" onClick=${i.reload}>${n("common.retry")}</button>`}
    </div>`}else if(!s)l=a`<${L} />`;else{d=s.display_name,c=a`<${q} id=${s.id} name=${s.display_name} photo=${s.photo_url} size="l" />`;let m=s.time_zone?A(new Date().toISOString(),s.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"}):"";l=a`
      ${s.id===t.id&&a`<p class="notice">${n("person.is_you")} <a href="/me">${n("person.edit")}</a></p>`}
      <${Xd} p=${s} me=${t} blocked=${r.blocked} />
      ${s.id!==t.id&&!r.blocked&&a`<p><a class="button primary ask-meeting" href=${"/meetings/new?with="+encodeURIComponent(s.id)}>${n("meetings.ask")}</a></p>`}
      ${s.listed===!1&&s.id!==t.id&&a`<p class="notice">${n("person.unlisted",{name:s.display_name})}</p>`}
      <section aria-labelledby="about-title" class="card">
        <h2 id="about-title">${n("person.about")}</h2>
        <dl class="facts">
          <dt>${n("person.role")}</dt>
          <dd>${P("role",s.role)}</dd>
          ${s.organisation_id&&a`<dt>${n("person.organisation")}</dt><dd><${Bt} id=${s.organisation_id} /></dd>`}
          ${s.stakeholder_group&&a`<dt>${n("field.stakeholder_group")}</dt><dd>${P("stakeholder",s.stakeholder_group)}</dd>`}
          ${s.parliamentarian&&a`<dt>${n("person.parliamentarian")}</dt><dd>${n("person.yes")}</dd>`}
          ${s.region&&a`<dt>${n("field.region")}</dt><dd>${P("region",s.region)}</dd>`}
          ${s.country&&a`<dt>${n("field.country")}</dt><dd>${_e(s.country)}</dd>`}
          ${s.youth&&a`<dt>${n("person.youth")}</dt><dd>${n("person.yes")}</dd>`}
          ${s.languages?.length>0&&a`<dt>${n("person.languages")}</dt><dd>${s.languages.map(Y).join(", ")}</dd>`}
          ${s.time_zone&&a`<dt>${n("field.time_zone")}</dt>
            <dd>${n("person.time_zone",{zone:s.time_zone.replaceAll("_"," "),time:m})}</dd>`}
          ${s.created_at&&a`<dt>${n("person.registered")}</dt><dd>${A(s.created_at,o,{dateStyle:"long"})}</dd>`}
        </dl>
      </section>
      ${s.listed!==!1&&a`<section aria-labelledby="interests-title" class="card">
        <h2 id="interests-title">${n("person.interests")}</h2>
        ${s.themes.length===0&&s.tags.length===0&&!s.expertise&&a`<p class="muted">${n("person.no_interests")}</p>`}
        ${s.themes.length>0&&a`<h3>${n("person.themes")}</h3>
          <ul class="tags">
            ${s.themes.map(u=>a`<li key=${u}>${P("theme",u)}</li>`)}
          </ul>`}
        ${s.tags.length>0&&a`<h3>${n("field.tags")}</h3>
          <ul class="tags">
            ${s.tags.map(u=>a`<li key=${u}>${u}</li>`)}
          </ul>`}
        ${s.expertise&&a`<h3>${n("field.expertise")}</h3><p class="expertise">${s.expertise}</p>`}
      </section>`}
      ${s.id!==t.id&&a`<${Xs} person=${s} state=${r} />`}
      <p><a href="/people">${n("person.back")}</a></p>
    `}return a`<${D} title=${d} figure=${c}>${l}<//>`}var Jd={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},Kd={hour:"numeric",minute:"2-digit"};function Mt(e){return e.open?e.open_now?"open":"between":"closed"}function sn(e,t,o){let i=Mt(e);return i==="closed"?n("booth.closed_note"):t?i==="open"?n("booth.open_until",{time:A(t.ends_at,o,Kd)}):n("booth.opens_at",{when:A(t.starts_at,o,Jd)}):n("booth.no_opening")}function an({b:e}){let t=Mt(e);return a`<span class=${"booth-state booth-state-"+t}><span class="dot" aria-hidden="true"></span>${n("booth.state."+t)}</span>`}function Ks({b:e}){return a`<p class="figures">
    <span>${n("booth.visitors_now",{count:e.visitors_now||0})}</span>
    <span>${n("booth.staff_online",{count:e.staff_online||0})}</span>
  </p>`}var Qs=20,ea=100,ta=["q","theme","language","region","kind","open_now"],Qd=["list","overview"],wi=e=>qe(e,ta),eu=e=>new URLSearchParams(e).get("view")==="overview"?"overview":"list",oa=e=>"/booths/"+encodeURIComponent(e);function tu({b:e,zone:t}){return a`<li class="result booth-card" data-booth-id=${e.id}>
    <${q} id=${e.organisation_id} name=${e.title} size="m" square />
    <div class="result-body">
      <div class="result-head">
        <h3 dir="auto"><a href=${oa(e.id)}>${e.title}</a></h3>
        <${an} b=${e} />
      </div>
      <p>${[P("kind",e.kind),P("region",e.region)].filter(Boolean).join(" · ")}</p>
      <p class="opening">${sn(e,e.next_opening,t)}</p>
      ${e.themes.length>0&&a`<ul class="tags" aria-label=${n("directory.themes")}>
        ${e.themes.map(o=>a`<li key=${o}>${P("theme",o)}</li>`)}
      </ul>`}
      ${e.languages.length>0&&a`<p>${n("village.languages",{languages:e.languages.map(Y).join(", ")})}</p>`}
      <${Ks} b=${e} />
    </div>
  </li>`}function ou({items:e,kinds:t,busy:o}){let i=new Map;for(let r of e)i.has(r.kind)||i.set(r.kind,[]),i.get(r.kind).push(r);let s=[...t.filter(r=>i.has(r)),...[...i.keys()].filter(r=>!t.includes(r))];return a`<div class="districts" aria-busy=${o?"true":void 0}>
    ${s.map((r,l)=>{let c=i.get(r),d=c.filter(m=>Mt(m)==="open").length;return a`<section class=${"district district-"+l%6} aria-labelledby=${"district-"+r} key=${r} data-kind=${r}>
        <h3 id=${"district-"+r}>${P("kind",r)} <span class="district-count">${n("village.district_count",{count:c.length,open:d})}</span></h3>
        <ul class="plots">
          ${c.map(m=>a`<li key=${m.id}>
              <a class=${"plot plot-"+Mt(m)} href=${oa(m.id)} data-booth-id=${m.id}>
                <span class="dot" aria-hidden="true"></span>
                <span class="plot-title" dir="auto">${m.title}</span>
                <span class="visually-hidden">, ${n("booth.state."+Mt(m))}</span>
              </a>
            </li>`)}
        </ul>
      </section>`})}
  </div>`}function nu({view:e}){let t=o=>()=>He({...wi(te.value),offset:void 0,view:o==="list"?void 0:o});return a`<div class="view-switch" role="group" aria-label=${n("village.view")}>
    ${Qd.map(o=>a`<button type="button" key=${o} aria-pressed=${e===o?"true":"false"} onClick=${t(o)}>${n("village.view."+o)}</button>`)}
  </div>`}function na(){let t=R.value?.time_zone,o=C(ge),i=X(wi(te.value)),s=te.value,r=eu(s),l=C(()=>{let{offset:h,...p}=wi(s),f=r==="overview";return S("/api/booths"+Ke({...p,offset:!f&&h||void 0,limit:f?ea:Qs}))},[s]),c=Rt({form:i,names:ta,search:s,results:l,keep:{view:r==="list"?void 0:r}}),d={q:n("village.q"),theme:n("field.theme"),language:n("village.language"),region:n("field.region"),kind:n("field.kind"),open_now:n("village.open_now"),offset:n("directory.page"),limit:n("directory.page")},m=o.data||{themes:[],regions:[],organisation_kinds:[]},u=l.data;return a`<${D} title=${n("village.title")} intro=${n("village.intro")} wide>
    ${o.error&&a`<${B} error=${o.error} retry=${o.reload} />`}
    <${Lt} form=${i} labels=${d} filters=${c}>
      <${O} form=${i} name="q" label=${d.q} type="search" hint=${n("village.q_hint")} />
      <${V} form=${i} name="theme" label=${d.theme} options=${Q("theme",m.themes)} placeholder=${n("directory.any")} />
      <${V} form=${i} name="language" label=${d.language} options=${ot()} placeholder=${n("directory.any")} />
      <${V} form=${i} name="region" label=${d.region} options=${Q("region",m.regions)} placeholder=${n("directory.any")} />
      <${V} form=${i} name="kind" label=${d.kind} options=${Q("kind",m.organisation_kinds)} placeholder=${n("directory.any")} />
      <${V}
        form=${i}
        name="open_now"
        label=${d.open_now}
        options=${[["true",n("village.open_now_only")],["false",n("village.open_now_not")]]}
        placeholder=${n("directory.any")}
      />
    <//>
    <${nu} view=${r} />
    <${Nt} results=${l} filters=${c} limit=${r==="overview"?ea:Qs} count=${h=>n("village.count",{count:h})}>
      ${r==="overview"?a`<${ou} items=${u?.items||[]} kinds=${m.organisation_kinds} busy=${l.loading} />`:a`<ul class="results" aria-busy=${l.loading?"true":void 0}>
            ${u?.items.map(h=>a`<${tu} key=${h.id} b=${h} zone=${t} />`)}
          </ul>`}
    <//>
  <//>`}var ia=["title","description","themes","languages","links","time_zone","hours"],iu=["kind","stakeholder_group","region"];function ra(e){return{title:e.title,description:e.description,themes:e.themes,languages:e.languages,links:e.links.map(t=>({title:t.title,url:t.url})),time_zone:e.time_zone,hours:e.hours.map(t=>({date:t.date,opens:t.opens,closes:t.closes})),kind:e.kind,stakeholder_group:e.stakeholder_group,region:e.region}}function sa({form:e,name:t,legend:o,hint:i,columns:s,blank:r,addLabel:l,removeLabel:c}){let d="f-"+t,m=e.errors[t],u=e.values[t]||[],h=(g,b,y)=>e.set(t,u.map((w,k)=>k===g?{...w,[b]:y}:w)),p=z(!1),f=z(null);return x(()=>{p.current&&(p.current=!1,f.current?.querySelector("li:last-child input")?.focus())},[u.length]),a`<fieldset id=${d} class=${"field rows"+(m?" has-error":"")} aria-describedby=${Fe(d,i,m)} aria-invalid=${m?"true":void 0} tabindex="-1">
    <legend>${o}</legend>
    ${i&&a`<p class="hint" id=${d+"-hint"}>${i}</p>`}
    <${Re} id=${d} error=${m} />
    <ol class="row-list" ref=${f}>
      ${u.map((g,b)=>a`<li key=${b} class="row">
          ${s.map(y=>a`<div class="field" key=${y.key}>
              <label for=${`${d}-${b}-${y.key}`}>${y.label(b+1)}</label>
              <input
                id=${`${d}-${b}-${y.key}`}
                type=${y.type||"text"}
                value=${g[y.key]}
                placeholder=${y.placeholder}
                maxLength=${y.maxLength}
                inputMode=${y.inputMode}
                dir=${y.dir}
                onInput=${w=>h(b,y.key,w.currentTarget.value)}
              />
            </div>`)}
          <button type="button" class="small" onClick=${()=>e.set(t,u.filter((y,w)=>w!==b))}>${c(b+1)}</button>
        </li>`)}
    </ol>
    <p>
      <button
        type="button"
        class="small"
        onClick=${()=>{p.current=!0,e.set(t,[...u,{...r}])}}
      >
        ${l}
      </button>
    </p>
  </fieldset>`}function ru({b:e,onSaved:t}){let[o,i]=$(!1),s=async()=>{if(!o){i(!0);try{let r=await W("/api/booths/"+encodeURIComponent(e.id)+(e.open?"/close":"/open"));t(r),T(r.open?n("booth.edit.opened"):n("booth.edit.closed"))}catch(r){T(n(r?.code?"error."+r.code:"error.internal"),{kind:"error"})}finally{i(!1)}}};return a`<div class="open-switch">
    <p>${e.open?n("booth.edit.is_open"):n("booth.edit.is_closed")}</p>
    <button type="button" class=${e.open?"danger":"primary"} aria-disabled=${o?"true":void 0} onClick=${s}>
      ${e.open?n("booth.edit.close"):n("booth.edit.open")}
    </button>
  </div>`}function aa({b:e,me:t,onSaved:o}){let i=t.role==="secretariat",s=C(ge),[r,l]=$(!1),c=X(ra(e),{draft:"booth."+e.id}),d=s.data||{themes:[],regions:[],stakeholder_groups:[],organisation_kinds:[]},m={title:n("booth.edit.title_field"),description:n("field.description"),themes:n("field.themes"),languages:n("booth.edit.languages"),links:n("booth.materials"),time_zone:n("field.time_zone"),hours:n("booth.hours"),kind:n("field.kind"),stakeholder_group:n("field.stakeholder_group"),region:n("field.region")},u=c.submit(async h=>{let p={};for(let g of i?[...ia,...iu]:ia)p[g]=typeof h[g]=="string"?h[g].trim():h[g];p.links=h.links.map(g=>({title:g.title.trim(),url:g.url.trim()})),p.hours=h.hours.map(g=>({date:g.date.trim(),opens:g.opens.trim(),closes:g.closes.trim()}));let f=await we("/api/booths/"+encodeURIComponent(e.id),p);c.clearDraft(),c.setAll(ra(f)),o(f),T(n("booth.edit.saved"))},void 0,{keys:{description:"booth.edit.description_invalid"}});return a`<section aria-labelledby="edit-title" class="card booth-edit">
    <div class="section-head">
      <h2 id="edit-title">${n("booth.edit")}</h2>
      <button type="button" aria-expanded=${r?"true":"false"} aria-controls="booth-edit-body" onClick=${()=>l(!r)}>
        ${r?n("booth.edit.hide"):n("booth.edit.show")}
      </button>
    </div>
    <div id="booth-edit-body" hidden=${!r}>
      ${i&&a`<${ru} b=${e} onSaved=${o} />`}
      ${r&&a`<form class="form" onSubmit=${u} novalidate aria-labelledby="edit-title">
        <${K} form=${c} labels=${m} id="booth-errors" />
        <${O} form=${c} name="title" label=${m.title} maxLength=${120} required />
        <${O} form=${c} name="description" label=${m.description} hint=${n("booth.edit.description_hint")} multiline rows=${10} maxLength=${5e3} />
        ${i&&a`<div class="filters">
          <${V} form=${c} name="kind" label=${m.kind} options=${Q("kind",d.organisation_kinds)} required />
          <${V} form=${c} name="stakeholder_group" label=${m.stakeholder_group} options=${Q("stakeholder",d.stakeholder_groups)} required />
          <${V} form=${c} name="region" label=${m.region} options=${Q("region",d.regions)} required />
        </div>`}
        <${zt} form=${c} name="themes" legend=${m.themes} options=${Q("theme",d.themes)} />
        <${tt} form=${c} name="languages" label=${m.languages} hint=${n("booth.edit.languages_hint")} options=${lo(c.values.languages)} />
        <${sa}
          form=${c}
          name="links"
          legend=${m.links}
          hint=${n("booth.edit.links_hint")}
          blank=${{title:"",url:""}}
          columns=${[{key:"title",label:h=>n("booth.edit.link_title",{n:h}),maxLength:120},{key:"url",label:h=>n("booth.edit.link_url",{n:h}),type:"url",placeholder:"https://",maxLength:500,dir:"ltr"}]}
          addLabel=${n("booth.edit.link_add")}
          removeLabel=${h=>n("booth.edit.link_remove",{n:h})}
        />
        <${vi} form=${c} label=${n("booth.edit.time_zone")} />
        <${sa}
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
          <${oe} form=${c} label=${n("booth.edit.save")} busyLabel=${n("profile.saving")} />
        </div>
      </form>`}
    </div>
  </section>`}var su={hour:"numeric",minute:"2-digit"},au={day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},la=2e3,ca={year:"numeric",month:"2-digit",day:"2-digit"};function lu(e,t){let o=A(new Date().toISOString(),t,ca)===A(e,t,ca);return A(e,t,o?su:au)}function cu({m:e,zone:t}){return a`<li class="chat-msg" key=${e.seq}>
    <${q} id=${e.from.id} name=${e.from.name} photo=${e.from.photo_url} />
    <div class="chat-body">
      <p class="chat-meta"><strong dir="auto">${e.from.name}</strong> <time class="muted" datetime=${e.at}>${lu(e.at,t)}</time></p>
      ${e.deleted?a`<p class="chat-text chat-removed muted">${n("chat.removed")}</p>`:a`<p class="chat-text" dir="auto">${e.text}</p>`}
    </div>
  </li>`}function nt({view:e,id:t="chat",title:o}){let i=R.value?.time_zone,s=e.log.value,[r,l]=$(""),[c,d]=$(null),[m,u]=$([]),[h,p]=$(!1),f=z(null),g=z(!0),b=s.length?s[s.length-1].seq:0;gr(()=>{let E=f.current;E&&g.current&&(E.scrollTop=E.scrollHeight)},[b]),x(()=>{let E=f.current;if(!E)return;let M=()=>g.current=E.scrollHeight-E.scrollTop-E.clientHeight<40;return E.addEventListener("scroll",M,{passive:!0}),()=>E.removeEventListener("scroll",M)},[]);async function y(){let E=f.current,M=E.scrollHeight;p(!0);try{await e.earlier(50),requestAnimationFrame(()=>E.scrollTop+=E.scrollHeight-M)}catch{d(n("chat.failed"))}finally{p(!1)}}async function w(E){E.preventDefault();let M=r.trim(),I=[...M].length;if(I===0){d(n("chat.empty"));return}if(I>la){d(n("chat.too_long",{max:la}));return}d(null),l("");let H={key:Yo(),text:M};u(re=>[...re,H]),g.current=!0;try{await e.send(M,H.key)}catch(re){l(N=>N||M),d(re.code==="muted"||re.code==="validation_failed"?re.message:n("chat.failed"))}finally{u(re=>re.filter(N=>N!==H))}}let k=s[0]?.seq,_=new Set(s.map(E=>E.client_id).filter(Boolean)),v=m.filter(E=>!_.has(E.key));return a`<section class="chat" aria-labelledby=${t+"-title"}>
    <h3 id=${t+"-title"}>${o||n("chat.title")}</h3>
    <div class="chat-scroll" ref=${f} tabindex="0" role="region" aria-labelledby=${t+"-title"}>
      ${k>1&&a`<p class="chat-earlier"><button type="button" class="link-button" onClick=${y} disabled=${h}>${n("chat.earlier")}</button></p>`}
      ${s.length===0&&a`<p class="muted chat-empty">${n("chat.none")}</p>`}
      <div role="log" aria-live="polite" aria-relevant="additions">
        <ol class="chat-list">
          ${s.map(E=>a`<${cu} key=${E.seq} m=${E} zone=${i} />`)}
        </ol>
      </div>
      ${v.length>0&&a`<ul class="chat-list chat-pending" aria-hidden="true">
        ${v.map(E=>a`<li key=${E.key} class="chat-msg muted"><p class="chat-pending-text" dir="auto">${E.text} · ${n("chat.sending")}</p></li>`)}
      </ul>`}
    </div>
    <form class="chat-form" onSubmit=${w} novalidate>
      <label for=${t+"-text"}>${n("chat.label")}</label>
      <div class="chat-row">
        <textarea id=${t+"-text"} rows="2" dir="auto" value=${r} aria-describedby=${t+"-error"}
          aria-invalid=${c?"true":void 0}
          onInput=${E=>l(E.currentTarget.value)}
          onKeyDown=${E=>{E.key==="Enter"&&!E.shiftKey&&!E.isComposing&&w(E)}}></textarea>
        <button type="submit">${n("chat.send")}</button>
      </div>
      <p id=${t+"-error"} class="chat-error field-error" role="status">${c||""}</p>
    </form>
  </section>`}var mo=F({}),Si=new Map,xi=0;function Ht(e,t){xi++;let o={...mo.value};t?o[e]=t:delete o[e],mo.value=o}async function du(){let e=xi,t;try{t=await S("/api/me/knocks")}catch{return}if(xi!==e)return;let o={};for(let[i,s]of Object.entries(mo.peek()))s.declined!==void 0&&(o[i]=s);for(let i of t.items||[])o[i.booth]={position:i.position,ahead:i.ahead};mo.value=o}xe("knock.position",e=>e?.booth&&Ht(e.booth,{position:e.position,ahead:e.ahead}));xe("knock.declined",e=>e?.booth&&Ht(e.booth,{declined:e.message||""}));xe("knock.taken",e=>{if(!e?.room?.startsWith("talk:"))return;Ht(e.booth,null);let t=e.room.slice(5);Si.set(t,{booth:e.booth,staff:e.staff}),T(n("knock.taken",{name:e.staff?.name||""}),{kind:"ok"}),ye("/talk/"+encodeURIComponent(t))});function da({booth:e,slots:t}){let o=mo.value[e],[i,s]=$(""),[r,l]=$(null),[c,d]=$(!1),m=o&&o.position;x(()=>me(()=>{ae.value==="connected"&&Ne(du)}),[]);async function u(g){g.preventDefault(),d(!0),l(null);try{let b=i.trim(),y=await $e("knock.ask",b?{text:b}:void 0,"booth:"+e);Ht(e,{position:y.position,ahead:y.ahead})}catch(b){l(b)}finally{d(!1)}}async function h(){d(!0),l(null);try{await $e("knock.withdraw",{booth:e}),Ht(e,null)}catch(g){g.code==="not_found"?Ht(e,null):l(g)}finally{d(!1)}}let p="";r&&(p=["booth_closed","booth_unstaffed","conflict","validation_failed","muted"].includes(r.code)?r.message:n("knock.failed"));let f=r&&(r.code==="booth_closed"||r.code==="booth_unstaffed");return a`<section class="knock" aria-labelledby="knock-title">
    <h3 id="knock-title">${n("knock.title")}</h3>
    ${m?a`<p class="knock-position"><strong>${n("knock.position",{position:o.position})}</strong></p>
          <button type="button" onClick=${h} disabled=${c}>${n("knock.withdraw")}</button>`:a`<form onSubmit=${u} class="knock-form" novalidate>
          <label for="knock-text">${n("knock.text")}</label>
          <input id="knock-text" type="text" maxlength="200" dir="auto" value=${i} onInput=${g=>s(g.currentTarget.value)} />
          <button type="submit" disabled=${c}>${n("knock.ask")}</button>
        </form>`}
    <div class="knock-status" role="status">
      ${o&&o.declined!==void 0&&a`<p>${n("knock.declined")}${o.declined&&a` <q dir="auto">${o.declined}</q>`}</p>`}
      ${p&&a`<p class="field-error">${p}${f&&a` <a href=${"#"+t}>${n("knock.see_slots")}</a>`}</p>`}
    </div>
  </section>`}function uu(e,t){return e.role==="staff"&&e.organisation_id===t.organisation_id}function ua({b:e,me:t,slots:o}){let i=ke("booth:"+e.id),r=i.members.value.filter(m=>uu(m,e)),l=Math.max(0,i.count.value-r.length),c=i.state.value?.announcement||"",d=t&&t.role==="staff"&&t.organisation_id===e.organisation_id;return i.refused.value?a`<div class="notice notice-error" role="alert"><p>${n("boothroom.refused")}</p></div>`:a`<div class="boothroom">
    <div class="announcement" role="status" aria-live="polite">
      ${c&&a`<p><strong>${n("boothroom.announcement")}</strong> <span dir="auto">${c}</span></p>`}
    </div>
    <section aria-labelledby="here-title" class="here">
      <h3 id="here-title">${n("boothroom.here")}</h3>
      <p class="here-count">${n("booth.visitors_now",{count:l})}</p>
      ${r.length===0?a`<p class="muted">${n("booth.staff_online",{count:0})}</p>`:a`<ul class="staff-online" aria-label=${n("booth.staff_online",{count:r.length})}>
            ${r.map(m=>a`<li key=${m.id}><${q} id=${m.id} name=${m.name} photo=${m.photo_url} /> <span dir="auto">${m.name}</span></li>`)}
          </ul>`}
    </section>
    ${!d&&a`<${da} booth=${e.id} slots=${o} />`}
    <${nt} view=${i} id="booth-chat" />
  </div>`}var Dt={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"};function ma({b:e,me:t,id:o="slots"}){let i=t?.time_zone,s=C(()=>S("/api/booths/"+encodeURIComponent(e.id)+"/slots?limit=100"),[e.id]),[r,l]=$(null),[c,d]=$(null),m=t&&t.role==="staff"&&t.organisation_id===e.organisation_id;async function u(p){d(p.id),l(null);try{await W("/api/bookings",{slot_id:p.id}),l({ok:!0,text:n("slots.booked",{when:A(p.starts_at,i,Dt)})}),s.reload()}catch(f){let g=["taken","overlaps","gone","not_found","forbidden"],b=f.code==="blocked"?n("block.refused_slot"):n(g.includes(f.code)?"slots.error."+f.code:"error.internal");l({ok:!1,text:b}),s.reload()}finally{d(null)}}let h=(s.data?.items||[]).filter(p=>!p.booked);return a`<section aria-labelledby=${o+"-title"} class="card slots" id=${o} tabindex="-1">
    <h2 id=${o+"-title"}>${n("slots.title")}</h2>
    <p class="muted">${n("slots.intro")}</p>
    ${s.error&&!s.data?a`<${B} error=${s.error} retry=${s.reload} />`:s.data?h.length===0?a`<p>${n("slots.none")}</p>`:a`<ul class="slot-list">
              ${h.map(p=>a`<li key=${p.id}>
                  <span><strong>${A(p.starts_at,i,Dt)}</strong> · ${n("slots.minutes",{minutes:p.minutes})} · ${Y(p.language)} · <span dir="auto">${p.staff.name}</span></span>
                  ${!m&&a`<button type="button" onClick=${()=>u(p)} disabled=${c!==null}
                    aria-label=${n("slots.book_named",{when:A(p.starts_at,i,Dt)})}>${n("slots.book")}</button>`}
                </li>`)}
            </ul>`:a`<${L} />`}
    <div role="status" class="slots-status">
      ${r&&a`<p class=${r.ok?"ok":"field-error"}>${r.text}${r.ok&&a` <a href="/schedule">${n("nav.schedule")}</a>`}</p>`}
    </div>
  </section>`}var fa={name:"lead.name",email:"field.email",organisation:"person.organisation",stakeholder_group:"field.stakeholder_group",country:"field.country",languages:"person.languages"};function mu(e,t){let o=t[e];switch(e){case"stakeholder_group":return P("stakeholder",o);case"country":return o?_e(o):"";case"languages":return(o||[]).map(Y).join(", ");default:return o||""}}function pa({fields:e,contact:t,note:o}){return a`<dl class="facts">
    ${e.map(i=>a`<dt>${n(fa[i]||i)}</dt><dd dir="auto">${mu(i,t)||"—"}</dd>`)}
    ${o&&a`<dt>${n("lead.note")}</dt><dd dir="auto">${o}</dd>`}
  </dl>`}function ha({b:e,zone:t}){let o=C(()=>S("/api/me/leads"),[e.id]),[i,s]=$(null),[r,l]=$(""),[c,d]=$(!1),[m,u]=$(null),[h,p]=$(!1),f=o.data?.items.find(k=>k.booth_id===e.id);async function g(){u(null),p(!0);try{s(await S("/api/booths/"+encodeURIComponent(e.id)+"/lead-preview")),d(!1)}catch(k){u({ok:!1,text:n(k.code==="forbidden"?"lead.own":"error.internal")})}finally{p(!1)}}async function b(k){if(k.preventDefault(),!c){u({ok:!1,text:n("lead.agree_first")});return}p(!0),u(null);try{let _={consent:i.consent};r.trim()&&(_.note=r.trim());let v=await W("/api/booths/"+encodeURIComponent(e.id)+"/leads",_);o.set(E=>({items:[v,...E?.items||[]]})),s(null),l(""),u({ok:!0,text:n("lead.left")})}catch(_){_.code==="validation_failed"&&_.fields?.consent?(await g(),u({ok:!1,text:n("lead.changed")})):_.code==="validation_failed"&&_.fields?.note?u({ok:!1,text:_.fields.note}):_.code==="conflict"?(o.reload(),u({ok:!1,text:n("lead.already")})):u({ok:!1,text:n("error.internal")})}finally{p(!1)}}async function y(){p(!0);try{await J("/api/me/leads/"+encodeURIComponent(e.id)),o.set(k=>({items:k.items.filter(_=>_.booth_id!==e.id)})),u({ok:!0,text:n("lead.withdrawn")})}catch{u({ok:!1,text:n("error.internal")})}finally{p(!1)}}let w;return o.error&&!o.data?w=a`<${B} error=${o.error} retry=${o.reload} />`:o.data?f?w=a`<p>${n("lead.you_left",{when:A(f.consented_at,t)})}</p>
      <${pa} fields=${Object.keys(fa).filter(k=>f.contact[k]&&(k!=="languages"||f.contact[k].length))} contact=${f.contact} note=${f.note} />
      <button type="button" onClick=${y} disabled=${h}>${n("lead.withdraw")}</button>`:i?w=a`<form onSubmit=${b} novalidate>
      <p>${n("lead.exactly",{booth:e.title})}</p>
      <${pa} fields=${i.fields} contact=${i.contact} />
      <div class="field">
        <label for="lead-note">${n("lead.note")}</label>
        <textarea id="lead-note" rows="2" maxlength="500" dir="auto" value=${r} onInput=${k=>l(k.currentTarget.value)}></textarea>
      </div>
      <div class="field check">
        <input id="lead-consent" type="checkbox" checked=${c} onChange=${k=>d(k.currentTarget.checked)} />
        <label for="lead-consent">${n("lead.consent",{booth:e.title})}</label>
      </div>
      <p class="lead-actions">
        <button type="submit" class="primary" disabled=${h}>${n("lead.send")}</button>
        <button type="button" onClick=${()=>s(null)}>${n("lead.not_now")}</button>
      </p>
    </form>`:w=a`<p>${n("lead.intro")}</p><button type="button" onClick=${g} disabled=${h}>${n("lead.preview")}</button>`:w=a`<${L} />`,a`<section class="card" aria-labelledby="lead-title">
    <h2 id="lead-title">${n("lead.title")}</h2>
    ${w}
    <div role="status" class="slots-status">${m&&a`<p class=${m.ok?"ok":"field-error"}>${m.text}</p>`}</div>
  </section>`}function ga({zone:e}){let t=C(()=>S("/api/me/leads"),[]),[o,i]=$(null);async function s(l){try{await J("/api/me/leads/"+encodeURIComponent(l.booth_id)),t.set(c=>({items:c.items.filter(d=>d.booth_id!==l.booth_id)})),i(n("lead.withdrawn"))}catch{i(n("error.internal"))}}let r=t.data?.items||[];return a`<section class="card" aria-labelledby="myleads-title">
    <h2 id="myleads-title">${n("lead.mine")}</h2>
    ${t.error&&!t.data?a`<${B} error=${t.error} retry=${t.reload} />`:t.data?r.length===0?a`<p class="muted">${n("lead.none")}</p>`:a`<ul class="slot-list">
              ${r.map(l=>a`<li key=${l.booth_id}>
                  <span><a href=${"/booths/"+encodeURIComponent(l.booth_id)} dir="auto">${l.booth_title}</a> · <span class="muted">${A(l.consented_at,e)}</span></span>
                  <button type="button" onClick=${()=>s(l)} aria-label=${n("lead.withdraw_named",{booth:l.booth_title})}>${n("lead.withdraw")}</button>
                </li>`)}
            </ul>`:a`<${L} />`}
    <p role="status" class="slots-status">${o||""}</p>
  </section>`}var pu={weekday:"long",day:"numeric",month:"long"},Ti={year:"numeric",month:"2-digit",day:"2-digit"};function fu(e,t){return e&&(e.role==="secretariat"||e.role==="staff"&&e.organisation_id===t.organisation_id)}function hu(e,t){return e.hours.find(o=>new Date(o.ends_at)>t)||null}function gu(e,t){let o=new Date(e.starts_at),i=new Date(e.ends_at),r=A(e.starts_at,t,Ti)===A(new Date(i-1).toISOString(),t,Ti)?{hour:"numeric",minute:"2-digit"}:{weekday:"short",hour:"numeric",minute:"2-digit"};try{return new Intl.DateTimeFormat(j.value,{...r,timeZone:t||ie()}).formatRange(o,i)}catch{return A(e.starts_at,t,r)+" – "+A(e.ends_at,t,r)}}function bu({b:e,zone:t,now:o}){let i=e.hours.filter(c=>new Date(c.ends_at)>o),s=t||ie(),r=e.time_zone!==s,l=[];for(let c of i){let d=A(c.starts_at,t,Ti);(l.length===0||l[l.length-1].key!==d)&&l.push({key:d,label:A(c.starts_at,t,pu),hours:[]}),l[l.length-1].hours.push(c)}return a`<section aria-labelledby="hours-title" class="card">
    <h2 id="hours-title">${n("booth.hours")}</h2>
    <p class="muted">${n("booth.hours_zone",{zone:s.replaceAll("_"," ")})}</p>
    ${l.length===0?a`<p>${n("booth.no_opening")}</p>`:a`<ul class="hours">
          ${l.map(c=>a`<li key=${c.key}>
              <span class="hours-day">${c.label}</span>
              <ul>
                ${c.hours.map(d=>{let m=new Date(d.starts_at)<=o;return a`<li key=${d.starts_at} class=${m?"hours-now":void 0}>
                    <span class="hours-range">${gu(d,t)}</span>
                    ${m&&a` <strong class="hours-on">${n("booth.hours_now")}</strong>`}
                    ${r&&a` <span class="muted">${n("booth.hours_there",{time:"⁦"+d.opens+"–"+d.closes+"⁩"})}</span>`}
                  </li>`})}
              </ul>
            </li>`)}
        </ul>`}
  </section>`}function $u({links:e}){let t=e.filter(o=>/^https:\/\//i.test(o.url));return t.length===0?null:a`<section aria-labelledby="materials-title" class="card">
    <h2 id="materials-title">${n("booth.materials")}</h2>
    <ul class="link-list materials">
      ${t.map((o,i)=>a`<li key=${i}>
          <a href=${o.url} target="_blank" rel="noopener noreferrer" dir="auto">${o.title}<span class="visually-hidden"> (${n("common.new_tab")})</span> <${Le} name="external" /></a>
          <span class="muted link-host">${yu(o.url)}</span>
        </li>`)}
    </ul>
  </section>`}function yu(e){try{return new URL(e).host}catch{return""}}function ku({b:e,zone:t,now:o,me:i}){let s=A(o.toISOString(),e.time_zone,{weekday:"long",hour:"numeric",minute:"2-digit"});return a`<aside aria-labelledby="visit-title" class="card booth-visit">
    <h2 id="visit-title">${n("booth.visit")}</h2>
    <p><${an} b=${e} /></p>
    <p class="opening">${sn(e,hu(e,o),t)}</p>
    <p class="muted">${n("booth.local_time",{time:s,zone:e.time_zone.replaceAll("_"," ")})}</p>
    <${ua} key=${e.id} b=${e} me=${i} slots="slots" />
  </aside>`}function ba({id:e}){let t=R.value,o=t?.time_zone,i=C(()=>S("/api/booths/"+encodeURIComponent(e)),[e]),[s]=$(()=>new Date),r=i.data,l=n("booth.title"),c,d=a`<span class="avatar avatar-l avatar-square avatar-empty" aria-hidden="true"></span>`;if(i.error){let m=i.error instanceof U&&i.error.status===404;d=null,c=a`<div class="notice notice-error" role="alert">
      <p>${m?n("booth.not_found"):n(i.error.code?"error."+i.error.code:"error.internal")}</p>
      ${m?a`<p><a href="/village">${n("booth.back")}</a></p>`:a`<button type="button" onClick=${i.reload}>${n("common.retry")}</button>`}
    </div>`}else r?(l=r.title,d=a`<${q} id=${r.organisation_id} name=${r.title} size="l" square />`,c=a`<div class="booth-grid">
        <div class="booth-main">
          <section aria-labelledby="about-title" class="card">
            <h2 id="about-title">${n("booth.about")}</h2>
            ${r.description_html?a`<div class="markdown" dir="auto" dangerouslySetInnerHTML=${{__html:r.description_html}}></div>`:a`<p class="muted">${n("booth.no_description")}</p>`}
            <dl class="facts">
              <dt>${n("person.organisation")}</dt>
              <dd><${Bt} id=${r.organisation_id} /></dd>
              <dt>${n("field.kind")}</dt>
              <dd>${P("kind",r.kind)}</dd>
              <dt>${n("field.region")}</dt>
              <dd>${P("region",r.region)}</dd>
              <dt>${n("field.stakeholder_group")}</dt>
              <dd>${P("stakeholder",r.stakeholder_group)}</dd>
              ${r.languages.length>0&&a`<dt>${n("person.languages")}</dt><dd>${r.languages.map(Y).join(", ")}</dd>`}
            </dl>
            ${r.themes.length>0&&a`<h3>${n("person.themes")}</h3>
              <ul class="tags">
                ${r.themes.map(m=>a`<li key=${m}>${P("theme",m)}</li>`)}
              </ul>`}
          </section>
          <${bu} b=${r} zone=${o} now=${s} />
          <${$u} links=${r.links} />
          ${!(t&&t.role==="staff"&&t.organisation_id===r.organisation_id)&&a`<${ha} key=${r.id} b=${r} zone=${o} />`}
          ${fu(t,r)&&a`<${aa} b=${r} me=${t} onSaved=${m=>i.set(m)} />`}
        </div>
        <div class="booth-side">
          <${ku} b=${r} zone=${o} now=${s} me=${t} />
          <${ma} b=${r} me=${t} id="slots" />
        </div>
      </div>
      <p><a href="/village">${n("booth.back")}</a></p>`):c=a`<div class="booth-placeholder"><${L} /></div>`;return a`<${D} title=${l} figure=${d} wide>${c}<//>`}function ln({id:e,label:t,url:o,hint:i}){let s=z(null),[r,l]=$("");x(()=>{l(""),s.current?.focus(),s.current?.select()},[o]);let c=async()=>{try{await navigator.clipboard.writeText(o),l(n("link.copied"))}catch{s.current?.focus(),s.current?.select(),l(n("link.copy_failed"))}};return a`<div class="field linkbox">
    <label for=${e}>${t}</label>
    ${i&&a`<p class="hint" id=${e+"-hint"}>${i}</p>`}
    <div class="linkbox-row">
      <input id=${e} ref=${s} type="text" readonly value=${o} dir="ltr" spellcheck=${!1} aria-describedby=${i?e+"-hint":void 0} />
      <button type="button" onClick=${c}>${n("link.copy")}</button>
    </div>
    <p class="muted linkbox-status" role="status">${r}</p>
  </div>`}var Ci={name:"",kind:"",stakeholder_group:"",region:"",website:"",logo_url:"",description:""},Ei=e=>[...String(e||"").trim()].length,vu=e=>{try{let t=new URL(e);return(t.protocol==="http:"||t.protocol==="https:")&&!!t.host}catch{return!1}};function _u({meta:e,onAdded:t}){let o=X(Ci,{draft:"organisation"}),i={name:n("field.name"),kind:n("field.kind"),stakeholder_group:n("field.stakeholder_group"),region:n("field.region"),website:n("field.website"),logo_url:n("field.logo_url"),description:n("field.description")},s=o.submit(async r=>{let l={};for(let d of Object.keys(Ci))l[d]=r[d].trim();let c=await W("/api/organisations",l);o.setAll(Ci),o.clearDraft(),t(c)},r=>{let l=Ce(r,["name","kind","stakeholder_group","region"]);!l.name&&Ei(r.name)>120&&(l.name={key:"field.name.invalid"});for(let c of["website","logo_url"])r[c].trim()&&(!vu(r[c].trim())||Ei(r[c])>500)&&(l[c]={key:`field.${c}.invalid`});return Ei(r.description)>2e3&&(l.description={key:"field.description.invalid"}),l});return a`<section aria-labelledby="add-title" class="card">
    <h2 id="add-title">${n("organisations.add_title")}</h2>
    <form class="form" onSubmit=${s} novalidate>
      <${K} form=${o} labels=${i} id="add-errors" />
      <p class="muted">${n("form.required_note")}</p>
      <${O} form=${o} name="name" label=${i.name} autocomplete="organization" required />
      <div class="filters">
        <${V} form=${o} name="kind" label=${i.kind} options=${Q("kind",e.organisation_kinds)} placeholder=${n("form.choose")} required />
        <${V}
          form=${o}
          name="stakeholder_group"
          label=${i.stakeholder_group}
          options=${Q("stakeholder",e.stakeholder_groups)}
          placeholder=${n("form.choose")}
          required
        />
        <${V} form=${o} name="region" label=${i.region} options=${Q("region",e.regions)} placeholder=${n("form.choose")} required />
      </div>
      <${O} form=${o} name="website" label=${i.website} hint=${n("field.website.hint")} type="url" inputMode="url" autocomplete="url" spellcheck=${!1} dir="ltr" />
      <${O} form=${o} name="logo_url" label=${i.logo_url} hint=${n("field.logo_url.hint")} type="url" inputMode="url" spellcheck=${!1} dir="ltr" />
      <${O} form=${o} name="description" label=${i.description} hint=${n("field.description.hint")} multiline rows=${4} />
      <div class="actions">
        <${oe} form=${o} label=${n("organisations.add")} busyLabel=${n("organisations.adding")} />
      </div>
    </form>
  </section>`}function wu({org:e,called:t,onInvite:o,onRemove:i,inviting:s}){let[r,l]=$(!1),[c,d]=$(!1),m=z(null),u=z(null),h=z(!1);x(()=>{r?m.current?.focus():h.current&&u.current?.focus(),h.current=r},[r]);let p=async()=>{if(!c){d(!0);try{await i(e)}catch{d(!1)}}};return a`<tr>
    <th scope="row"><span class="org-cell"><${q} id=${e.id} name=${e.name} photo=${e.logo_url} square />${e.name}</span></th>
    <td data-label=${n("field.kind")}>${P("kind",e.kind)}</td>
    <td data-label=${n("field.stakeholder_group")}>${P("stakeholder",e.stakeholder_group)}</td>
    <td data-label=${n("field.region")}>${P("region",e.region)}</td>
    <td class="url" data-label=${n("field.website")}>${e.website?a`<a href=${e.website} rel="noopener noreferrer" dir="ltr">${e.website.replace(/^https?:\/\//,"")}</a>`:a`<span class="muted">${n("organisations.no_website")}</span>`}</td>
    <td class="cell-actions">
      ${r?a`<div class="confirm" role="group" aria-label=${n("organisations.confirm_label",{name:t})}>
            <p>${n("organisations.confirm",{name:e.name})}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${m} onClick=${p} aria-disabled=${c?"true":void 0}>
                ${c?n("organisations.removing"):n("organisations.confirm_yes",{name:t})}
              </button>
              <button type="button" class="small" onClick=${()=>l(!1)}>${n("common.cancel")}</button>
            </div>
          </div>`:a`<div class="actions row-actions">
            <button type="button" class="small" onClick=${()=>o(e)} aria-disabled=${s?"true":void 0} aria-label=${n("organisations.invite_named",{name:t})}>
              ${n("organisations.invite")}
            </button>
            <button type="button" class="small danger" ref=${u} onClick=${()=>l(!0)} aria-label=${n("organisations.remove_named",{name:t})}>
              ${n("organisations.remove")}
            </button>
          </div>`}
    </td>
  </tr>`}function $a(){let e=C(ge),t=C(()=>S("/api/organisations")),[o,i]=$(null),[s,r]=$(null),l=z(null),c=(g,b)=>Ye(g.name,b.name),d=g=>{t.set(b=>({items:[...b?.items||[],g].sort(c)})),T(n("organisations.added",{name:g.name}))},m=async g=>{if(!s){r(g.id);try{let b=await W("/api/invitations",{role:"staff",organisation_id:g.id});i({url:b.url,name:g.name}),T(n("organisations.invited",{name:g.name}))}catch(b){T(n(b.code?"error."+b.code:"error.internal"),{kind:"error"})}finally{r(null)}}},u=async g=>{try{await J("/api/organisations/"+encodeURIComponent(g.id))}catch(b){if(b.status!==404)throw T(n(b.code?"error."+b.code:"error.internal"),{kind:"error"}),b}t.set(b=>({items:(b?.items||[]).filter(y=>y.id!==g.id)})),T(n("organisations.removed",{name:g.name})),l.current?.focus()},h=t.data?.items||[],p=new Map;for(let g of h)p.set(g.name,(p.get(g.name)||0)+1);let f=g=>p.get(g.name)>1?`${g.name} (${(g.website||g.id).replace(/^https?:\/\//,"")})`:g.name;return a`<${D} title=${n("organisations.title")} intro=${n("organisations.intro")} wide>
    ${e.error&&a`<${B} error=${e.error} retry=${e.reload} />`}
    <${_u} meta=${e.data||{organisation_kinds:[],stakeholder_groups:[],regions:[]}} onAdded=${d} />
    ${o&&a`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${n("organisations.link_title",{name:o.name})}</h2>
      <${ln} id="new-link" label=${n("organisations.link_label",{name:o.name})} hint=${n("link.hint")} url=${o.url} />
    </section>`}
    <section aria-labelledby="list-title" class="table-cards">
      <h2 id="list-title" tabindex="-1" ref=${l}>
        ${t.data?n("organisations.list_title_count",{count:h.length}):n("organisations.list_title")}
      </h2>
      ${t.error&&a`<${B} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&a`<${L} />`}
      ${t.data&&h.length===0&&a`<p>${n("organisations.empty")}</p>`}
      ${h.length>0&&a`<div class="table-wrap">
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
            ${h.map(g=>a`<${wu} key=${g.id} org=${g} called=${f(g)} onInvite=${m} onRemove=${u} inviting=${s===g.id} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}var xu={role:"staff",organisation_id:"",note:"",ttl_days:"14"};function Su(e){return e.used?"used":e.expired?"expired":"open"}function Tu(e,t){let o=A(e.redeemed_at,t);return e.redeemed_by?n("invitations.used_by",{name:e.redeemed_by.name,date:o}):n("invitations.used_on",{date:o})}function Cu({orgs:e,onCreated:t}){let o=X(xu),i={role:n("field.role"),organisation_id:n("field.organisation_id"),note:n("field.note"),ttl_days:n("field.ttl_days")},s=o.submit(async r=>{let l={role:r.role,note:r.note.trim(),ttl_hours:Number(r.ttl_days)*24};r.role==="staff"&&(l.organisation_id=r.organisation_id);let c;try{c=await W("/api/invitations",l)}catch(d){throw d instanceof U&&d.fields&&d.fields.ttl_hours&&(d.fields={...d.fields,ttl_days:d.fields.ttl_hours},delete d.fields.ttl_hours),d}o.setAll({...r,note:""}),t(c)},r=>{let l=Ce(r,r.role==="staff"?["role","organisation_id","ttl_days"]:["role","ttl_days"]);return!l.ttl_days&&!/^\s*\d+\s*$/.test(r.ttl_days)?l.ttl_days={key:"field.ttl_days.invalid"}:!l.ttl_days&&(Number(r.ttl_days)<1||Number(r.ttl_days)>90)&&(l.ttl_days={key:"field.ttl_days.invalid"}),[...r.note.trim()].length>200&&(l.note={key:"field.note.invalid"}),l});return a`<section aria-labelledby="create-title" class="card">
    <h2 id="create-title">${n("invitations.create_title")}</h2>
    <form class="form" onSubmit=${s} novalidate>
      <${K} form=${o} labels=${i} id="create-errors" />
      <p class="muted">${n("form.required_note")}</p>
      <div class="filters">
        <${V}
          form=${o}
          name="role"
          label=${i.role}
          hint=${n("field.role.hint")}
          options=${[["staff",P("role","staff")],["secretariat",P("role","secretariat")]]}
          required
        />
        ${o.values.role==="staff"&&a`<${V}
          form=${o}
          name="organisation_id"
          label=${i.organisation_id}
          options=${e.map(r=>[r.id,r.name])}
          placeholder=${n("form.choose")}
          required
        />`}
      </div>
      <${O} form=${o} name="note" label=${i.note} hint=${n("field.note.hint")} />
      <${O} form=${o} name="ttl_days" label=${i.ttl_days} hint=${n("field.ttl_days.hint")} inputMode="numeric" required />
      <div class="actions">
        <${oe} form=${o} label=${n("invitations.create")} busyLabel=${n("invitations.creating")} />
      </div>
    </form>
  </section>`}async function Eu(e){try{return await navigator.clipboard.writeText(e),!0}catch{return!1}}function Iu({inv:e,what:t}){let[o,i]=$(!1),s=z(null);return x(()=>{o&&(s.current?.focus(),s.current?.select())},[o]),a`<button type="button" class="small" onClick=${async()=>{if(await Eu(e.url)){T(n("invitations.copied",{what:t}));return}o&&(s.current?.focus(),s.current?.select()),i(!0),T(n("link.copy_failed"),{kind:"error"})}} aria-label=${n("invitations.copy_named",{what:t})}>${n("link.copy")}</button>
    ${o&&a`<input
      type="text"
      class="row-link"
      ref=${s}
      readonly
      value=${e.url}
      dir="ltr"
      spellcheck=${!1}
      aria-label=${n("invitations.link_named",{what:t})}
      onFocus=${l=>l.currentTarget.select()}
    />`}`}function Au({inv:e,orgName:t,zone:o,onWithdraw:i}){let[s,r]=$(!1),[l,c]=$(!1),d=z(null),m=z(null),u=z(!1);x(()=>{s?d.current?.focus():u.current&&m.current?.focus(),u.current=s},[s]);let h=Su(e),p=A(e.created_at,o),f=t?n("invitations.what_org",{role:P("role",e.role),organisation:t,created:p}):n("invitations.what",{role:P("role",e.role),created:p}),g=async()=>{if(!l){c(!0);try{await i(e)}catch{c(!1)}}};return a`<tr>
    <th scope="row">${P("role",e.role)}</th>
    <td data-label=${n("field.organisation_id")}>${t||a`<span class="muted">${n("invitations.no_organisation")}</span>`}</td>
    <td dir="auto" data-label=${n("field.note")}>${e.note||""}</td>
    <td data-label=${n("invitations.created_at")}>${p}</td>
    <td data-label=${n("invitations.expires_at")}>${A(e.expires_at,o)}</td>
    <td data-label=${n("invitations.state")}>
      <span class=${"state state-"+h}>${n("invitations.state."+h)}</span>
      ${e.used&&e.redeemed_at&&a`<span class="used-by">${Tu(e,o)}</span>`}
    </td>
    <td class="cell-actions">
      ${s?a`<div class="confirm" role="group" aria-label=${n("invitations.confirm_label",{what:f})}>
            <p>${e.used?n("invitations.confirm_used"):n("invitations.confirm")}</p>
            <div class="actions">
              <button type="button" class="danger primary small" ref=${d} onClick=${g} aria-disabled=${l?"true":void 0}>
                ${l?n("invitations.withdrawing"):n("invitations.confirm_yes")}
              </button>
              <button type="button" class="small" onClick=${()=>r(!1)}>${n("common.cancel")}</button>
            </div>
          </div>`:a`<div class="actions row-actions">
            ${h==="open"&&e.url&&a`<${Iu} inv=${e} what=${f} />`}
            <button type="button" class="small danger" ref=${m} onClick=${()=>r(!0)} aria-label=${n("invitations.withdraw_named",{what:f})}>
              ${n("invitations.withdraw")}
            </button>
          </div>`}
    </td>
  </tr>`}function ya(){let e=R.value?.time_zone,t=C(()=>S("/api/invitations")),o=C(()=>S("/api/organisations")),[i,s]=$(null),r=z(null),l=(o.data?.items||[]).slice().sort((p,f)=>Ye(p.name,f.name)),c=new Map(l.map(p=>[p.id,p.name])),d=p=>p.organisation_id?c.get(p.organisation_id)||n("invitations.organisation_removed"):"",m=p=>{t.set(f=>({items:[p,...f?.items||[]]})),s(p),T(n("invitations.created"))},u=async p=>{try{await J("/api/invitations/"+encodeURIComponent(p.id))}catch(f){if(f.status!==404)throw T(n(ro(f).general?.key||"error.internal"),{kind:"error"}),f}t.set(f=>({items:(f?.items||[]).filter(g=>g.id!==p.id)})),i&&i.id===p.id&&s(null),T(n("invitations.withdrawn")),r.current?.focus()},h=t.data?.items||[];return a`<${D} title=${n("invitations.title")} intro=${n("invitations.intro")} wide>
    ${o.error&&a`<${B} error=${o.error} retry=${o.reload} />`}
    ${o.data?a`<${Cu} orgs=${l} onCreated=${m} />`:!o.error&&a`<${L} />`}
    ${i&&a`<section aria-labelledby="link-title" class="notice notice-ok">
      <h2 id="link-title">${n("invitations.link_title")}</h2>
      <${ln}
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
      ${t.error&&a`<${B} error=${t.error} retry=${t.reload} />`}
      ${!t.data&&!t.error&&a`<${L} />`}
      ${t.data&&h.length===0&&a`<p>${n("invitations.empty")}</p>`}
      ${h.length>0&&a`<div class="table-wrap">
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
            ${h.map(p=>a`<${Au} key=${p.id} inv=${p} orgName=${d(p)} zone=${e} onWithdraw=${u} />`)}
          </tbody>
        </table>
      </div>`}
    </section>
  <//>`}function cn({name:e,known:t,title:o,onRefused:i}){let s=ke(e),r=R.value,l=s.members.value.find(d=>d.id!==r?.id)||t,c=s.refused.value;return x(()=>{c&&i?.(c)},[c]),c?a`<div class="notice notice-error" role="alert"><p>${n("talk.refused")}</p><p><a href="/">${n("nav.home")}</a></p></div>`:a`<div class="talk">
    <div class="talk-with card">
      ${l?a`<${q} id=${l.id} name=${l.name} photo=${l.photo_url} size="m" /> <p><span dir="auto"><strong>${l.name}</strong></span><br /><span class="muted">${s.members.value.some(d=>d.id===l.id)?n("talk.here"):n("talk.away")}</span></p>`:a`<p class="muted">${n("talk.waiting")}</p>`}
    </div>
    <div class="card"><${nt} view=${s} id="talk-chat" title=${o} /></div>
  </div>`}function ka({id:e}){let t=Si.get(e)?.staff;return a`<${D} title=${n("talk.title")}><${cn} key=${e} name=${"talk:"+e} known=${t} /><//>`}function va({id:e}){return a`<${D} title=${n("meet.title")}><${cn} key=${e} name=${"booking:"+e} /><//>`}function _a(e,t){let o=new Intl.DateTimeFormat("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit"}).formatToParts(new Date(e)),i={};for(let s of o)i[s.type]=s.value;return i}function ft(e,t){if(!e)return"";let o=_a(Date.parse(e),t);return`${o.year}-${o.month}-${o.day}T${o.hour}:${o.minute}`}function Ze(e,t){let o=/^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(e||"");if(!o)return e||"";let i=Date.UTC(+o[1],+o[2]-1,+o[3],+o[4],+o[5]),s=l=>{let c=_a(l,t);return Date.UTC(+c.year,+c.month-1,+c.day,+c.hour,+c.minute)-l},r=i-s(i);return r=i-s(r),new Date(r).toISOString().replace(".000Z","Z")}var zu={type:"sessions.error.type",description:"sessions.error.description",starts_at:"sessions.error.starts_at",minutes:"sessions.error.minutes",capacity:"sessions.error.capacity"};function Pu(){return{type:n("sessions.field.type"),title:n("sessions.field.title"),description:n("sessions.field.description"),language:n("sessions.field.language"),starts_at:n("sessions.field.starts_at"),minutes:n("sessions.field.minutes"),capacity:n("sessions.field.capacity"),themes:n("sessions.field.themes")}}function Ii({s:e,meta:t,zone:o,onSave:i,submitLabel:s}){let r=o||ie(),l=X({type:e?.type||"",title:e?.title||"",description:e?.description||"",language:e?.language||"",starts_at:ft(e?.starts_at,r),minutes:e?String(e.minutes):"60",capacity:e?String(e.capacity):"",themes:e?.themes||[]}),c=Pu(),d=h=>/^\s*\d+\s*$/.test(h)?parseInt(h,10):h===""?void 0:h,m=l.submit(async h=>{let p={title:h.title,description:h.description,language:h.language,starts_at:Ze(h.starts_at,r),minutes:d(h.minutes),capacity:d(h.capacity),themes:h.themes};e||(p.type=h.type),await i(p)},void 0,{keys:zu}),u=t||{themes:[],session_types:[]};return a`<form class="form session-form" onSubmit=${m} novalidate>
    <${K} form=${l} labels=${c} />
    ${!e&&a`<${V} form=${l} name="type" label=${c.type} options=${Q("sessions.type",u.session_types)} placeholder="" required />`}
    <${O} form=${l} name="title" label=${c.title} required maxLength=${120} dir="auto" />
    <${O} form=${l} name="description" label=${c.description} hint=${n("sessions.field.description_hint")} multiline rows=${6} dir="auto" />
    <${V} form=${l} name="language" label=${c.language} options=${ot()} placeholder="" required />
    <${O} form=${l} name="starts_at" type="datetime-local" label=${c.starts_at} hint=${n("sessions.field.starts_at_hint",{zone:r.replaceAll("_"," ")})} required />
    <${O} form=${l} name="minutes" type="number" inputMode="numeric" label=${c.minutes} hint=${n("sessions.field.minutes_hint")} required />
    <${O}
      form=${l}
      name="capacity"
      type="number"
      inputMode="numeric"
      label=${c.capacity}
      hint=${n("sessions.field.capacity_hint",{max:u.session_max_capacity||500})}
      required
    />
    <${zt} form=${l} name="themes" legend=${c.themes} options=${Q("theme",u.themes)} />
    <div class="actions"><${oe} form=${l} label=${s} /></div>
  </form>`}var po=5*6e4,Ai=3;function it(e,t){let o=e?.code||"internal";if(o==="validation_failed"&&(Object.keys(e.fields||{})[0]||"").startsWith("times"))return n("meetings.error.times");let i="meetings.error."+o;return Ee(i)?n(i,{name:le(t)}):n(Ee("error."+o)?"error."+o:"error.internal")}function wa(e){return e?.code==="conflict"||e?.code==="gone"}function Ru(e,t,o=Date.now()){return e.status==="pending"?e.lapsed||e.times.every(i=>Date.parse(i)<=o)?"expired":e.turn===t?"yours":"theirs":e.status==="confirmed"&&e.ends_at&&Date.parse(e.ends_at)<=o?"over":e.status}function zi({error:e,id:t}){return a`<p class="field-error meeting-problem" id=${t} role="alert">${e||""}</p>`}function xa({id:e,shown:t,checked:o,onChange:i,label:s}){return t?a`<div class="field check meeting-anyway">
    <input type="checkbox" id=${e} checked=${o} onChange=${r=>i(r.currentTarget.checked)} />
    <label for=${e}>${s}</label>
  </div>`:null}function Pi({other:e,minutes:t,chosen:o,setChosen:i,idPrefix:s,legend:r}){let l=C(()=>S(`/api/people/${encodeURIComponent(e.id)}/times?minutes=${t}&count=6`),[e.id,t]),[c,d]=$(!1),[m,u]=$(""),[h,p]=$(""),f=z(null),g=l.data?.times?.map(v=>v.starts_at)||[],b=o.filter(v=>!g.includes(v)),y=o.length>=Ai,w=(v,E)=>i(E?[...o,v]:o.filter(M=>M!==v)),k=()=>{let v=Ze(m,De());if(!/Z$/.test(v)||Number.isNaN(Date.parse(v))){p(n("meetings.more.invalid"));return}if(Date.parse(v)<=Date.now()){p(n("meetings.more.past"));return}o.includes(v)||i([...o,v]),p(""),u(""),d(!1)};x(()=>{c&&f.current?.focus()},[c]);let _=v=>a`<label class="choice meeting-time-choice" key=${v}>
    <input
      type="checkbox"
      name=${s+"-time"}
      value=${v}
      checked=${o.includes(v)}
      disabled=${y&&!o.includes(v)}
      onChange=${E=>w(v,E.currentTarget.checked)}
    />
    <span>${Ve(v,e)}</span>
  </label>`;return a`<fieldset class="field choices meeting-times" aria-describedby=${s+"-times-hint"}>
    <legend>${r||n("meetings.times.legend")}</legend>
    <p class="hint" id=${s+"-times-hint"}>${n("meetings.times.hint",{count:Ai})}</p>
    ${l.error?a`<p class="field-error">${it(l.error,e.name)}</p>`:l.data?g.length===0&&a`<p class="muted">${n("meetings.times.none")}</p>`:a`<div class="meeting-times-wait"><${L} /></div>`}
    <div class="choice-list stacked">${g.map(_)} ${b.map(_)}</div>
    <p class="meeting-count" aria-live="polite">${n("meetings.times.chosen",{count:o.length,max:Ai})}</p>
    ${c?a`<div class="meeting-more">
          <label for=${s+"-more"}>${n("meetings.more.label",{zone:mt(De())})}</label>
          <div class="linkbox-row">
            <input
              ref=${f}
              id=${s+"-more"}
              type="datetime-local"
              step="300"
              min=${ft(new Date().toISOString(),De())}
              value=${m}
              onInput=${v=>u(v.currentTarget.value)}
              aria-describedby=${h?s+"-more-error":void 0}
              aria-invalid=${h?"true":void 0}
            />
            <button type="button" onClick=${k}>${n("meetings.more.add")}</button>
          </div>
          ${h&&a`<p class="field-error" id=${s+"-more-error"}>${h}</p>`}
        </div>`:a`<button type="button" class="link-button" disabled=${y} onClick=${()=>d(!0)}>${n("meetings.more.open")}</button>`}
  </fieldset>`}function Lu({m:e,me:t}){let o=s=>s===t?n("meetings.you"):e.with.name||n("meetings.someone"),i=e.proposals.filter(s=>s.note);return i.length===0&&!e.message?null:a`<ul class="meeting-notes" aria-label=${n("meetings.notes")}>
    ${i.map((s,r)=>a`<li key=${r}><strong dir="auto">${o(s.by)}</strong>: <span dir="auto">${s.note}</span></li>`)}
    ${e.message&&a`<li><strong dir="auto">${o(e.closed_by)}</strong>: <span dir="auto">${e.message}</span></li>`}
  </ul>`}function Nu({m:e,onDone:t,onStale:o,idPrefix:i}){let[s,r]=$(e.times.length===1?e.times[0]:""),[l,c]=$(""),[d,m]=$(e.outside_hours?!1:null),[u,h]=$(!1),p=async g=>{if(g.preventDefault(),!s){c(n("meetings.accept.pick"));return}h(!0);try{let b={starts_at:s};d&&(b.outside_hours=!0);let y=await W(`/api/meetings/${encodeURIComponent(e.id)}/accept`,b);t(y,n("meetings.done.accepted",{when:At(y.starts_at)}))}catch(b){Sa(b,{name:e.with.name,outside:d,setOutside:m,setError:c,onStale:o})}finally{h(!1)}},f=e.times.filter(g=>Date.parse(g)>Date.now());return a`<form class="meeting-form" onSubmit=${p} aria-describedby=${i+"-accept-problem"}>
    <fieldset class="field choices">
      <legend>${n("meetings.accept.legend")}</legend>
      <div class="choice-list stacked">
        ${f.map(g=>a`<label class="choice" key=${g}>
            <input type="radio" name=${i+"-accept"} value=${g} checked=${s===g} onChange=${()=>r(g)} />
            <span>${Ve(g,e.with)}</span>
          </label>`)}
      </div>
    </fieldset>
    <${xa} id=${i+"-accept-anyway"} shown=${d!==null} checked=${!!d} onChange=${m} label=${n("meetings.anyway.accept")} />
    <${zi} id=${i+"-accept-problem"} error=${l} />
    <button type="submit" class="primary" aria-disabled=${u?"true":void 0}>${n("meetings.accept.submit")}</button>
  </form>`}function Sa(e,{name:t,outside:o,setOutside:i,setError:s,onStale:r}){if(e.code==="outside_hours"&&o===null&&i(!1),wa(e)){r(it(e,t));return}s(it(e,t))}function Bu({m:e,onDone:t,onStale:o,onClose:i,idPrefix:s}){let[r,l]=$([]),[c,d]=$(""),[m,u]=$(""),[h,p]=$(null),[f,g]=$(!1);return a`<form class="meeting-form meeting-inline" onSubmit=${async y=>{if(y.preventDefault(),r.length===0){u(n("meetings.times.required"));return}g(!0);try{let w={times:r,note:c.trim()};h&&(w.outside_hours=!0);let k=await W(`/api/meetings/${encodeURIComponent(e.id)}/propose`,w);t(k,n("meetings.done.proposed",{name:le(e.with.name)}))}catch(w){Sa(w,{name:e.with.name,outside:h,setOutside:p,setError:u,onStale:o})}finally{g(!1)}}}>
    <h3 tabindex="-1" class="meeting-form-title">${n("meetings.propose.title")}</h3>
    <${Pi} other=${e.with} minutes=${e.minutes} chosen=${r} setChosen=${l} idPrefix=${s+"-p"} />
    <div class="field">
      <label for=${s+"-p-note"}>${n("meetings.note.label")}</label>
      <textarea id=${s+"-p-note"} rows="2" maxLength="500" dir="auto" value=${c} onInput=${y=>d(y.currentTarget.value)}></textarea>
    </div>
    <${xa} id=${s+"-p-anyway"} shown=${h!==null} checked=${!!h} onChange=${p} label=${n("meetings.anyway.send")} />
    <${zi} error=${m} />
    <p class="button-row">
      <button type="submit" class="primary" aria-disabled=${f?"true":void 0}>${n("meetings.propose.submit")}</button>
      <button type="button" onClick=${i}>${n("common.cancel")}</button>
    </p>
  </form>`}function Mu({m:e,action:t,onDone:o,onStale:i,onClose:s,idPrefix:r}){let[l,c]=$(""),[d,m]=$(""),[u,h]=$(!1),p=async g=>{g.preventDefault(),h(!0);try{let b=l.trim()?{message:l.trim()}:{},y=await W(`/api/meetings/${encodeURIComponent(e.id)}/${t}`,b);o(y,n("meetings.done."+t))}catch(b){if(wa(b)){i(it(b,e.with.name));return}m(it(b,e.with.name))}finally{h(!1)}},f=r+"-"+t;return a`<form class="meeting-form meeting-inline" onSubmit=${p}>
    <h3 tabindex="-1" class="meeting-form-title">${n(`meetings.${t}.title`,{name:le(e.with.name)})}</h3>
    <div class="field">
      <label for=${f+"-message"}>${n("meetings.message.label")}</label>
      <textarea id=${f+"-message"} rows="2" maxLength="500" dir="auto" value=${l} onInput=${g=>c(g.currentTarget.value)}></textarea>
    </div>
    <${zi} error=${d} />
    <p class="button-row">
      <button type="submit" class="danger" aria-disabled=${u?"true":void 0}>${n(`meetings.${t}.submit`)}</button>
      <button type="button" onClick=${s}>${n(`meetings.${t}.keep`)}</button>
    </p>
  </form>`}async function Hu(e){let{blob:t,filename:o}=await dt(`/api/meetings/${encodeURIComponent(e.id)}/event.ics`),i=URL.createObjectURL(t),s=document.createElement("a");s.href=i,s.download=o==="download"?`village-${e.id}.ics`:o,document.body.append(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4)}function Ri({m:e,level:t=2,page:o=!1,now:i=Date.now(),onChange:s}){let r=R.value?.id,[l,c]=$(null),[d,m]=$(""),u=z(null),h=z(null),p="m-"+e.id.replace(/[^A-Za-z0-9_-]/g,""),f=Ru(e,r,i),g="h"+t;x(()=>{l&&h.current?.querySelector(".meeting-form-title")?.focus()},[l]);let b=(M,I)=>{c(null),m(I),no(),s?.(M,I)||requestAnimationFrame(()=>u.current?.focus())},y=()=>{c(null),requestAnimationFrame(()=>u.current?.focus())},w=M=>{y(),m(M),no()},k=async()=>{try{await Hu(e)}catch(M){m(it(M,e.with.name))}},_=e.status==="confirmed"&&i>=Date.parse(e.starts_at)-po&&i<Date.parse(e.ends_at),v=e.status==="pending"&&f!=="yours"||e.status==="confirmed"&&i<Date.parse(e.ends_at),E="/people/"+encodeURIComponent(e.with.id);return a`<article class=${"card meeting meeting-"+f} data-meeting-id=${e.id} aria-labelledby=${p+"-title"}>
    <div class="meeting-head">
      <${q} id=${e.with.id} name=${e.with.name} size="m" />
      <div class="meeting-who">
        <${g} id=${p+"-title"} tabindex="-1" ref=${u}>
          ${e.with.name?a`<a href=${E} dir="auto">${e.with.name}</a>`:n("meetings.someone")}
        <//>
        <p class=${"meeting-state tag meeting-state-"+f}>${n("meetings.state."+f,{name:le(e.with.name)})}</p>
      </div>
    </div>
    <p class="meeting-length">${n("meetings.length",{minutes:e.minutes})}${e.asker_id===r?" · "+n("meetings.asked_by_you"):" · "+n("meetings.asked_you",{name:le(e.with.name)})}</p>
    ${e.starts_at&&e.status!=="pending"?a`<p class="meeting-when"><strong>${Ve(e.starts_at,e.with)}</strong></p>`:f!=="yours"&&a`<div class="meeting-proposed">
          <p class="meeting-label">${n("meetings.proposed")}</p>
          <ul class="meeting-time-list">${e.times.map(M=>a`<li key=${M}>${Ve(M,e.with)}</li>`)}</ul>
        </div>`}
    <${Lu} m=${e} me=${r} />
    ${f==="yours"&&!l&&a`<${Nu} m=${e} onDone=${b} onStale=${w} idPrefix=${p} />`}
    <div ref=${h}>
      ${l==="propose"&&a`<${Bu} m=${e} onDone=${b} onStale=${w} onClose=${y} idPrefix=${p} />`}
      ${(l==="decline"||l==="cancel")&&a`<${Mu} m=${e} action=${l} onDone=${b} onStale=${w} onClose=${y} idPrefix=${p} />`}
    </div>
    ${!l&&a`<p class="button-row meeting-actions">
      ${_&&!o&&a`<a class="button primary" href=${Ue(e.id)}>${n("meetings.room.join")}</a>`}
      ${e.status==="confirmed"&&a`<button type="button" onClick=${k}>${n("meetings.ics")}</button>`}
      ${(f==="yours"||f==="expired"&&e.turn===r)&&a`<button type="button" onClick=${()=>c("propose")}>${n("meetings.propose.open")}</button>`}
      ${f==="yours"&&a`<button type="button" onClick=${()=>c("decline")}>${n("meetings.decline.open")}</button>`}
      ${v&&a`<button type="button" onClick=${()=>c("cancel")}>${n("meetings.cancel.open")}</button>`}
      ${!o&&a`<a href=${Ue(e.id)}>${n("meetings.open",{name:le(e.with.name)})}</a>`}
    </p>`}
    <p role="status" class="meeting-said">${d}</p>
  </article>`}function Du(){let e=Oe.value;return e?a`<p class="notice meeting-pending"><a href="/meetings">${n("meetings.pending_line",{count:e})}</a></p>`:null}function Ta(){let e=C(()=>S("/api/meetings?box=upcoming&limit=100"),[pt.value]),t=e.data?.items||[],o=Date.now();return a`<section class="card my-meetings" aria-labelledby="my-meetings-title">
    <h2 id="my-meetings-title">${n("meetings.schedule.title")}</h2>
    <${Du} />
    ${e.error&&!e.data?a`<${B} error=${e.error} retry=${e.reload} />`:e.data?t.length===0?a`<p>${n("meetings.schedule.none")} <a href="/people">${n("meetings.empty.people")}</a></p>`:a`<ul class="slot-list">
              ${t.map(i=>{let s=o>=Date.parse(i.starts_at)-po&&o<Date.parse(i.ends_at);return a`<li key=${i.id} class="meeting-line" data-meeting-id=${i.id}>
                  <a href=${Ue(i.id)} dir="auto">${n("meetings.with",{name:le(i.with.name||n("meetings.someone"))})}</a>
                  <span><strong>${Ve(i.starts_at,i.with)}</strong> · ${n("meetings.length",{minutes:i.minutes})}</span>
                  ${s&&a`<a class="button primary" href=${Ue(i.id)}>${n("meetings.room.join")}</a>`}
                </li>`})}
            </ul>`:a`<${L} />`}
  </section>`}var Uu=5*6e4;async function Ou(e){let t=await fetch("/api/bookings/"+encodeURIComponent(e.id)+"/event.ics",{headers:{Authorization:"Bearer "+Qe()},credentials:"same-origin"});if(!t.ok)throw new U(t.status,"internal",t.statusText);let o=await t.blob(),i=URL.createObjectURL(o),s=document.createElement("a");s.href=i,s.download="village-"+e.id+".ics",document.body.append(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4)}function Fu(e){switch(e.place){case"waitlisted":return n("sessions.place.waitlisted",{position:e.position||1});case"organiser":return n("sessions.place.organiser");default:return n("sessions.place.confirmed")}}function qu({zone:e}){let t=C(()=>S("/api/sessions?mine=true&limit=100"),[]),o=t.data?.items||[];return a`<section class="card my-sessions" aria-labelledby="my-sessions-title">
    <h2 id="my-sessions-title">${n("schedule.sessions.title")}</h2>
    ${t.error&&!t.data?a`<${B} error=${t.error} retry=${t.reload} />`:t.data?o.length===0?a`<p>${n("schedule.sessions.none")} <a href="/sessions">${n("schedule.sessions.browse")}</a></p>`:a`<ul class="slot-list">
              ${o.map(i=>a`<li key=${i.id}>
                <a href=${"/sessions/"+encodeURIComponent(i.id)} dir="auto">${i.title}</a>
                <span><strong>${A(i.starts_at,e,Dt)}</strong> · ${n("slots.minutes",{minutes:i.minutes})} · ${Y(i.language)}</span>
                <span class="session-place">${Fu(i)}</span>
              </li>`)}
            </ul>`:a`<${L} />`}
  </section>`}function Gu(){let e=C(()=>S("/api/me/calendar"),[]),[t,o]=$(null);async function i(){try{await navigator.clipboard.writeText(e.data.url),o(n("link.copied"))}catch{document.getElementById("feed-url")?.select(),o(n("link.copy_failed"))}}async function s(){if(confirm(n("schedule.rotate_confirm")))try{e.set(await W("/api/me/calendar/rotate")),o(n("schedule.rotated"))}catch{o(n("error.internal"))}}return a`<section class="card" aria-labelledby="feed-title">
    <h2 id="feed-title">${n("schedule.feed")}</h2>
    <p class="hint" id="feed-hint">${n("schedule.feed_hint")}</p>
    ${e.error?a`<${B} error=${e.error} retry=${e.reload} />`:a`<div class="field"><label for="feed-url">${n("schedule.feed_url")}</label>
          <div class="linkbox-row">
            <input id="feed-url" type="text" readonly value=${e.data?.url||""} dir="ltr" spellcheck=${!1} aria-describedby="feed-hint" />
            <button type="button" onClick=${i} disabled=${!e.data}>${n("link.copy")}</button>
          </div></div>`}
    <p><button type="button" onClick=${s} disabled=${!e.data}>${n("schedule.rotate")}</button></p>
    <p role="status">${t||""}</p>
  </section>`}function Ca(){let e=R.value?.time_zone,t=C(()=>S("/api/bookings?limit=100"),[]),[o,i]=$(null),[s,r]=$(()=>Date.now());x(()=>{let m=setInterval(()=>r(Date.now()),3e4);return()=>clearInterval(m)},[]);async function l(m){try{await J("/api/bookings/"+encodeURIComponent(m.id)),t.set(u=>({...u,items:u.items.filter(h=>h.id!==m.id)})),i(n("schedule.cancelled"))}catch{i(n("error.internal"))}}async function c(m){try{await Ou(m)}catch{i(n("error.internal"))}}let d=t.data?.items||[];return a`<${D} title=${n("schedule.title")}>
    <p class="muted">${n("booth.hours_zone",{zone:(e||Intl.DateTimeFormat().resolvedOptions().timeZone).replaceAll("_"," ")})}</p>
    ${t.error&&!t.data?a`<${B} error=${t.error} retry=${t.reload} />`:t.data?d.length===0?a`<p>${n("schedule.none")} <a href="/village">${n("nav.village")}</a></p>`:a`<ul class="bookings">
              ${d.map(m=>{let u=m.side==="booker"?m.staff:m.booker,h=s>=new Date(m.starts_at)-Uu&&s<new Date(m.ends_at);return a`<li key=${m.id} class="card booking">
                  <h2><a href=${"/booths/"+encodeURIComponent(m.booth_id)} dir="auto">${m.booth_title}</a></h2>
                  <p><strong>${A(m.starts_at,e,Dt)}</strong> · ${n("slots.minutes",{minutes:m.minutes})} · ${Y(m.language)}</p>
                  <p>${n("schedule.with",{name:u.name})}</p>
                  <p class="booking-actions">
                    ${h&&a`<a class="button" href=${"/meet/"+encodeURIComponent(m.id)}>${n("schedule.join")}</a>`}
                    <button type="button" onClick=${()=>c(m)}>${n("schedule.ics")}</button>
                    <button type="button" onClick=${()=>l(m)}>${n("schedule.cancel")}</button>
                  </p>
                </li>`})}
            </ul>`:a`<${L} />`}
    <p role="status" class="schedule-status">${o||""}</p>
    <${Ta} />
    <${qu} zone=${e} />
    <${Gu} />
    <${ga} zone=${e} />
  <//>`}var ju=200;function Ea(e){let[t,o]=$([]),[i]=$(()=>{let s=Qo(e);return s.offMessage=s.onMessage(r=>o(l=>[...l.filter(c=>c.seq!==r.seq),r].slice(-ju))),s.offEvent=s.onEvent(r=>{if(r.type==="message.deleted"&&r.payload){let l=r.payload.seq;o(c=>c.map(d=>d.seq===l?{...d,text:"",deleted:!0}:d))}}),s});return x(()=>()=>{i.offMessage(),i.offEvent(),i.release()},[]),{view:i,messages:t}}var Ia="village.console.muted",ho=F(Yu()),fo=F(typeof Notification<"u"&&Notification.permission==="granted");function Yu(){try{return localStorage.getItem(Ia)==="1"}catch{return!1}}function Aa(e){ho.value=e;try{localStorage.setItem(Ia,e?"1":"0")}catch{}}var Ge=null,za=!1;function Pa(){let e=()=>{if(za=!0,!Ge&&typeof AudioContext<"u")try{Ge=new AudioContext}catch{Ge=null}Ge?.resume?.().catch(()=>{})};return document.addEventListener("pointerdown",e,!0),document.addEventListener("keydown",e,!0),()=>{document.removeEventListener("pointerdown",e,!0),document.removeEventListener("keydown",e,!0)}}function Ra(){if(ho.peek()||!za||!Ge||Ge.state!=="running")return!1;let e=Ge.currentTime+.01;return[660,830].forEach((t,o)=>{let i=Ge.createOscillator(),s=Ge.createGain();i.type="sine",i.frequency.value=t;let r=e+o*.18;s.gain.setValueAtTime(1e-4,r),s.gain.exponentialRampToValueAtTime(.2,r+.02),s.gain.exponentialRampToValueAtTime(1e-4,r+.3),i.connect(s).connect(Ge.destination),i.start(r),i.stop(r+.32)}),!0}async function La(){if(!(typeof Notification>"u"))try{fo.value=await Notification.requestPermission()==="granted"}catch{fo.value=!1}}function Na(e,t){if(!(!fo.peek()||document.visibilityState!=="hidden"||typeof Notification>"u"))try{let o=new Notification(e,{body:t,tag:"village-knock"});o.onclick=()=>{window.focus(),o.close()}}catch{}}function Wu(e){let t=Math.max(0,Math.floor(e)),o=Math.floor(t/3600),i=Math.floor(t%3600/60),s=r=>String(r).padStart(2,"0");return o?`${o}:${s(i)}:${s(t%60)}`:`${i}:${s(t%60)}`}function Vu(e=1e3){let[t,o]=$(Date.now());return x(()=>{let i=setInterval(()=>o(Date.now()),e);return()=>clearInterval(i)},[e]),t}function Ba(e){return e&&e.code==="conflict"?n("console.knock.conflict"):e&&e.code==="not_found"?n("console.knock.gone"):e&&e.code==="blocked"?n("block.refused_take"):n(e&&e.code?"error."+e.code:"error.internal")}function Zu({booth:e,visitor:t,onDone:o,onError:i}){let[s,r]=$(!1),[l,c]=$(""),[d,m]=$(!1),u=z(null);if(x(()=>s&&u.current?.focus(),[s]),!s)return a`<button type="button" class="small" onClick=${()=>r(!0)}>${n("console.knock.decline")}</button>`;let h="decline-"+t.id;return a`<form class="decline-form" onSubmit=${async f=>{f.preventDefault(),m(!0);try{let g=l.trim();await $e("knock.decline",g?{booth:e,visitor:t.id,message:g}:{booth:e,visitor:t.id}),o()}catch(g){i(Ba(g),g)}finally{m(!1)}}}>
    <label for=${h}>${n("console.knock.decline_message",{name:t.name})}</label>
    <input id=${h} ref=${u} maxLength="200" value=${l} onInput=${f=>c(f.currentTarget.value)} />
    <div class="actions">
      <button type="submit" class="small danger" disabled=${d}>${n("console.knock.decline_send")}</button>
      <button type="button" class="small" onClick=${()=>r(!1)}>${n("console.cancel")}</button>
    </div>
  </form>`}function Ma({booth:e,staffRoom:t,mayAnswer:o}){let[i,s]=$(()=>({knocks:[],at:Date.now()})),[r,l]=$(null),[c,d]=$(""),[m,u]=$(!1),h=z(null),p=Vu(),f=k=>{let _=k&&k.knocks||[],v=Date.now(),E=h.current;if(h.current=new Set(_.map(M=>M.visitor.id)),s({knocks:_,at:v}),E){let M=_.filter(I=>!E.has(I.visitor.id));if(M.length){let I=M.map(re=>re.visitor.name).join(", "),H=n("console.knock.new",{count:M.length,names:I});d(H),Ra(),Na(n("console.knock.notify_title"),H)}}};x(()=>{let k=Pa(),_=t.onEvent(v=>v.type==="knock.queue"&&f(v.payload));return()=>{k(),_()}},[t]);let g=t.state.value;x(()=>{g&&f(g)},[g]);let b=i.knocks.length;x(()=>{let k=`${n("console.title")} · ${n("app.name")}`;document.title=b?`(${b}) ${k}`:k},[b]),x(()=>()=>{document.title=document.title.replace(/^\(\d+\) /,"")},[]);let y=async k=>{l(null),u(!0);try{let _=await $e("knock.take",k?{booth:e,visitor:k}:{booth:e});ye("/talk/"+encodeURIComponent(_.room.replace(/^talk:/,"")))}catch(_){l(Ba(_)),w(_)}finally{u(!1)}},w=k=>{k&&(k.code==="conflict"||k.code==="not_found")&&S(`/api/booths/${encodeURIComponent(e)}/knocks`).then(f,()=>{})};return a`<section class="card console-queue" aria-labelledby="queue-title">
    <div class="section-head">
      <h2 id="queue-title" tabindex="-1">${n("console.queue")} <span class="count" data-count=${b}>${b}</span></h2>
      <div class="queue-tools">
        <button type="button" class="small" aria-pressed=${ho.value?"true":"false"} onClick=${()=>Aa(!ho.value)}>
          ${n("console.mute_sound")}
        </button>
        ${typeof Notification<"u"&&!fo.value&&Notification.permission==="default"&&a`<button type="button" class="small" onClick=${La}>${n("console.notify_ask")}</button>`}
      </div>
    </div>
    <p class="visually-hidden" role="status" aria-live="polite">${c}</p>
    <p class="queue-problem" role="alert">${r||""}</p>
    ${o&&a`<p><button type="button" class="primary" disabled=${m||b===0} onClick=${()=>y(null)}>${n("console.knock.take_next")}</button></p>`}
    ${b===0?a`<p class="muted queue-empty">${n("console.queue_empty")}</p>`:a`<ol class="knocks">
          ${i.knocks.map(k=>{let _=k.visitor,v=(k.waiting_seconds||0)+(p-i.at)/1e3;return a`<li class="knock" key=${_.id} data-person-id=${_.id}>
              <${q} id=${_.id} name=${_.name} photo=${_.photo_url} size="m" />
              <div class="knock-body">
                <p class="knock-name"><a href=${"/people/"+encodeURIComponent(_.id)}>${_.name}</a></p>
                ${_.organisation_id&&a`<p class="muted knock-org"><${Bt} id=${_.organisation_id} /></p>`}
                <p class="knock-wait">${n("console.knock.waiting",{time:Wu(v)})}</p>
                ${k.text&&a`<p class="knock-text" dir="auto">${k.text}</p>`}
                ${o&&a`<div class="actions">
                  <button type="button" class="small primary" disabled=${m} onClick=${()=>y(_.id)}>
                    ${n("console.knock.take")}<span class="visually-hidden"> ${_.name}</span>
                  </button>
                  <${Zu}
                    booth=${e}
                    visitor=${_}
                    onDone=${()=>{l(null),document.getElementById("queue-title")?.focus()}}
                    onError=${(E,M)=>{l(E),w(M)}}
                  />
                </div>`}
              </div>
            </li>`})}
        </ol>`}
  </section>`}function Ha({boothRoom:e,organisationId:t}){let o=e.members.value,i=r=>r.role==="staff"&&r.organisation_id===t,s=o.filter(r=>!i(r));return a`<section class="card console-visitors" aria-labelledby="visitors-title">
    <h2 id="visitors-title" tabindex="-1">${n("console.visitors")}</h2>
    <p class="count-line" aria-live="polite">${n("booth.visitors_now",{count:s.length})}</p>
    <ul class="people-list visitors-list">
      ${o.map(r=>a`<li key=${r.id} data-person-id=${r.id}>
          <${q} id=${r.id} name=${r.name} photo=${r.photo_url} />
          <a href=${"/people/"+encodeURIComponent(r.id)}>${r.name}</a>
          ${i(r)&&a` <span class="role role-staff">${n("role.staff")}</span>`}
        </li>`)}
    </ul>
  </section>`}var Xu=[5,15,60,240,1440];function Li(e){return n(e&&e.code?"error."+e.code:"error.internal")}function Ju({m:e,boothId:t,boothRoom:o,mayMute:i,onMuted:s}){let[r,l]=$(null),[c,d]=$(""),[m,u]=$("15"),[h,p]=$(""),[f,g]=$(!1),b="mod-"+e.seq;return r?a`<form class="mod-form" onSubmit=${async w=>{w.preventDefault();let k=c.trim();if(!k){p(n("console.chat.reason_required")),document.getElementById(b+"-reason")?.focus();return}g(!0),p("");try{if(r==="remove")await o.request("delete",{seq:e.seq,reason:k}),T(n("console.chat.removed"));else{let _=await W(`/api/booths/${encodeURIComponent(t)}/mutes`,{person_id:e.from.id,minutes:Number(m),reason:k});T(n("console.chat.muted",{name:e.from.name})),s(_,e.from)}l(null),d(""),document.getElementById("chat-title")?.focus()}catch(_){p(_&&_.code==="conflict"?n("console.chat.already_muted"):Li(_))}finally{g(!1)}}} noValidate>
    ${r==="mute"&&a`<div class="field">
      <label for=${b+"-minutes"}>${n("console.chat.mute_for")}</label>
      <select id=${b+"-minutes"} value=${m} onChange=${w=>u(w.currentTarget.value)}>
        ${Xu.map(w=>a`<option value=${String(w)}>${n("console.chat.minutes",{count:w})}</option>`)}
      </select>
    </div>`}
    <div class=${"field"+(h?" has-error":"")}>
      <label for=${b+"-reason"}>${n("console.chat.reason")}</label>
      <input id=${b+"-reason"} maxLength="500" value=${c} aria-invalid=${h?"true":void 0} aria-describedby=${h?b+"-error":void 0} onInput=${w=>d(w.currentTarget.value)} />
      ${h&&a`<p class="field-error" id=${b+"-error"}>${h}</p>`}
    </div>
    <div class="actions">
      <button type="submit" class="small danger" disabled=${f}>${r==="remove"?n("console.chat.remove_confirm"):n("console.chat.mute_confirm")}</button>
      <button type="button" class="small" onClick=${()=>l(null)}>${n("console.cancel")}</button>
    </div>
  </form>`:a`<div class="actions">
      <button type="button" class="small" onClick=${()=>l("remove")}>${n("console.chat.remove")}<span class="visually-hidden"> ${n("console.chat.message_of",{name:e.from.name})}</span></button>
      ${i&&a`<button type="button" class="small" onClick=${()=>l("mute")}>${n("console.chat.mute")}<span class="visually-hidden"> ${e.from.name}</span></button>`}
    </div>`}function Ku({booth:e,pinned:t}){let[o,i]=$(e.announcement||""),[s,r]=$(!1);return x(()=>{t!==null&&document.activeElement?.id!=="announcement"&&i(t)},[t]),a`<form class="announcement-form" onSubmit=${async c=>{c.preventDefault(),r(!0);try{await we(`/api/booths/${encodeURIComponent(e.id)}`,{announcement:o.trim()}),T(n("console.announcement.saved"))}catch(d){T(Li(d),{kind:"error"})}finally{r(!1)}}}>
    <div class="field">
      <label for="announcement">${n("console.announcement")}</label>
      <p class="hint" id="announcement-hint">${n("console.announcement.hint")}</p>
      <input id="announcement" maxLength="280" dir="auto" aria-describedby="announcement-hint" value=${o} onInput=${c=>i(c.currentTarget.value)} />
    </div>
    <button type="submit" disabled=${s}>${n("console.announcement.save")}</button>
  </form>`}function Da({booth:e,boothRoom:t,messages:o}){let i=R.value,[s,r]=$(null),[l,c]=$({}),[d,m]=$(null);x(()=>t.onEvent(b=>b.type==="booth.announcement"&&m(b.payload?.announcement??"")),[t]);let u=`/api/booths/${encodeURIComponent(e.id)}/mutes`,h=()=>S(u).then(b=>r(b.items||[]),()=>r([]));x(()=>{h()},[e.id]);let p={...l};for(let b of o)p[b.from.id]=b.from.name;let f=async b=>{try{await J(`${u}/${encodeURIComponent(b.person_id)}`),T(n("console.mutes.lifted",{name:p[b.person_id]||b.person_id})),h()}catch(y){T(Li(y),{kind:"error"})}},g=o.slice(-50).reverse();return a`<section class="card console-chat" aria-labelledby="chat-title">
    <h2 id="chat-title" tabindex="-1">${n("console.chat")}</h2>
    <${Ku} booth=${e} pinned=${d} />
    <h3>${n("console.chat.recent")}</h3>
    ${g.length===0?a`<p class="muted">${n("console.chat.empty")}</p>`:a`<ol class="chat-list mod-list">
          ${g.map(b=>a`<li key=${b.seq} data-seq=${b.seq} class=${b.deleted?"deleted":void 0}>
              <${q} id=${b.from.id} name=${b.from.name} photo=${b.from.photo_url} />
              <div class="chat-body">
                <p class="chat-meta"><strong>${b.from.name}</strong> <time datetime=${b.at}>${A(b.at,i?.time_zone,{timeStyle:"short"})}</time></p>
                ${b.deleted?a`<p class="muted chat-text">${n("console.chat.was_removed")}</p>`:a`<p class="chat-text" dir="auto">${b.text}</p>`}
                ${!b.deleted&&b.from.id!==i?.id&&a`<${Ju}
                  m=${b}
                  boothId=${e.id}
                  boothRoom=${t}
                  mayMute=${b.from.role!=="secretariat"&&!(b.from.role==="staff"&&b.from.organisation_id===e.organisation_id)}
                  onMuted=${(y,w)=>{c(k=>({...k,[w.id]:w.name})),r(k=>[...k||[],y])}}
                />`}
              </div>
            </li>`)}
        </ol>`}
    <h3>${n("console.mutes")}</h3>
    ${s===null?a`<p class="muted">${n("common.loading")}</p>`:s.length===0?a`<p class="muted">${n("console.mutes.none")}</p>`:a`<ul class="mutes">
            ${s.map(b=>a`<li key=${b.person_id} data-person-id=${b.person_id}>
                <span>${n("console.mutes.until",{name:p[b.person_id]||b.person_id,time:A(b.until,i?.time_zone,{dateStyle:"short",timeStyle:"short"})})}</span>
                <button type="button" class="small" onClick=${()=>f(b)}>${n("console.mutes.lift")}<span class="visually-hidden"> ${p[b.person_id]||b.person_id}</span></button>
              </li>`)}
          </ul>`}
  </section>`}var Ua=6,Qu=[10,15,20,30,45,60,90,120];function Oa(e,t){let o=Object.fromEntries(new Intl.DateTimeFormat("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(new Date(e)).map(s=>[s.type,s.value]));return Date.UTC(+o.year,+o.month-1,+o.day,+o.hour%24,+o.minute,+o.second)-Math.floor(e/1e3)*1e3}function em(e,t,o){let[i,s,r]=e.split("-").map(Number),[l,c]=t.split(":").map(Number),d=Date.UTC(i,s-1,r,l,c),m=d-Oa(d,o);return m=d-Oa(m,o),new Date(m).toISOString().replace(".000Z","Z")}function tm({slot:e,onDone:t}){let[o,i]=$(!1),[s,r]=$(!1);if(!o)return a`<button type="button" class="small danger" onClick=${()=>i(!0)}>${n("console.slots.withdraw")}</button>`;let l=async()=>{r(!0);try{await J("/api/slots/"+encodeURIComponent(e.id)),T(n("console.slots.withdrawn")),t(),document.getElementById("slots-title")?.focus()}catch(c){T(n(c&&c.code?"error."+c.code:"error.internal"),{kind:"error"}),r(!1)}};return a`<div class="confirm" role="group" aria-label=${n("console.slots.withdraw")}>
    <p>${e.booked?n("console.slots.withdraw_booked",{name:e.booked_by?.name||""}):n("console.slots.withdraw_free")}</p>
    <div class="actions">
      <button type="button" class="small danger primary" disabled=${s} onClick=${l}>${n("console.slots.withdraw_confirm")}</button>
      <button type="button" class="small" onClick=${()=>i(!1)}>${n("console.slots.keep")}</button>
    </div>
  </div>`}function om({booth:e,me:t,zone:o,staff:i,onDone:s}){let r=new Date(Date.now()+864e5),[l,c]=$(new Intl.DateTimeFormat("en-CA",{timeZone:o,year:"numeric",month:"2-digit",day:"2-digit"}).format(r)),[d,m]=$("14:00"),[u,h]=$("30"),[p,f]=$((e.languages||[])[0]||"en"),g=t.role==="staff"&&t.organisation_id===e.organisation_id,[b,y]=$(g?t.id:i[0]?.id||""),[w,k]=$(""),[_,v]=$(!1),E=async I=>{if(I.preventDefault(),k(""),!/^\d{4}-\d{2}-\d{2}$/.test(l)||!/^\d{2}:\d{2}/.test(d)){k(n("console.slots.when_invalid"));return}if(Number(d.slice(3,5))%5!==0){k(n("console.slots.grid"));return}if(!b){k(n("console.slots.staff_required"));return}v(!0);try{let H={starts_at:em(l,d.slice(0,5),o),minutes:Number(u),language:p};g&&b===t.id||(H.staff_id=b),await W(`/api/booths/${encodeURIComponent(e.id)}/slots`,H),T(n("console.slots.published")),s()}catch(H){let re=H&&H.code==="overlaps"?"console.slots.overlaps":H&&H.code==="validation_failed"?"console.slots.when_invalid":H&&H.code?"error."+H.code:"error.internal";k(n(re))}finally{v(!1)}},M=g?[{id:t.id,name:t.display_name},...i.filter(I=>I.id!==t.id)]:i;return a`<form class="slot-form" onSubmit=${E} noValidate>
    <h3>${n("console.slots.publish")}</h3>
    <p class="hint">${n("console.slots.zone",{zone:o.replaceAll("_"," ")})}</p>
    <div class="slot-fields">
      <div class="field"><label for="slot-date">${n("console.slots.date")}</label>
        <input id="slot-date" type="date" required value=${l} onInput=${I=>c(I.currentTarget.value)} /></div>
      <div class="field"><label for="slot-time">${n("console.slots.time")}</label>
        <input id="slot-time" type="time" step="300" required value=${d} onInput=${I=>m(I.currentTarget.value)} /></div>
      <div class="field"><label for="slot-minutes">${n("console.slots.length")}</label>
        <select id="slot-minutes" value=${u} onChange=${I=>h(I.currentTarget.value)}>
          ${Qu.map(I=>a`<option value=${String(I)}>${n("console.chat.minutes",{count:I})}</option>`)}
        </select></div>
      <div class="field"><label for="slot-language">${n("console.slots.language")}</label>
        <select id="slot-language" value=${p} onChange=${I=>f(I.currentTarget.value)}>
          ${[...new Set([...e.languages||[],"en"])].map(I=>a`<option value=${I} lang=${I}>${Ie(I)}</option>`)}
        </select></div>
      <div class="field"><label for="slot-staff">${n("console.slots.staff")}</label>
        <select id="slot-staff" value=${b} onChange=${I=>y(I.currentTarget.value)}>
          ${M.length===0&&a`<option value="">${n("console.slots.no_staff")}</option>`}
          ${M.map(I=>a`<option value=${I.id}>${I.name}</option>`)}
        </select></div>
    </div>
    <p class="field-error" role="alert" id="slot-error">${w}</p>
    <button type="submit" class="primary" disabled=${_}>${n("console.slots.publish_button")}</button>
  </form>`}function Fa({booth:e,me:t,staffNow:o=[]}){let[i,s]=$(!1),r=t.time_zone||ie(),l=C(()=>S(`/api/booths/${encodeURIComponent(e.id)}/slots?limit=100`),[e.id]),c=l.data?.items||[],d=[...new Map([...o,...c.map(u=>u.staff)].filter(u=>u&&u.id).map(u=>[u.id,u])).values()],m={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"};return a`<section class="card console-slots" aria-labelledby="slots-title">
    <h2 id="slots-title" tabindex="-1">${n("console.slots")}</h2>
    ${l.error?a`<${B} error=${l.error} retry=${l.reload} />`:l.data?c.length===0?a`<p class="muted">${n("console.slots.none")}</p>`:a`<ul class="slots">
              ${(i?c:c.slice(0,Ua)).map(u=>a`<li key=${u.id} data-slot-id=${u.id}>
                  <div class="slot-body">
                    <p><strong>${A(u.starts_at,r,m)}</strong> · ${n("console.chat.minutes",{count:u.minutes})} · <span lang=${u.language}>${Ie(u.language)}</span></p>
                    <p class="muted">${n("console.slots.with",{name:u.staff?.name||""})} · ${u.booked?n("console.slots.booked_by",{name:u.booked_by?.name||""}):n("console.slots.free")}</p>
                  </div>
                  <${tm} slot=${u} onDone=${l.reload} />
                </li>`)}
            </ul>
            ${c.length>Ua&&a`<p><button type="button" class="link-button" aria-expanded=${i?"true":"false"} onClick=${()=>s(!i)}>
              ${i?n("console.slots.fewer"):n("console.slots.all",{count:c.length})}
            </button></p>`}`:a`<${L} />`}
    <${om} booth=${e} me=${t} zone=${r} staff=${d} onDone=${l.reload} />
  </section>`}var Ut=20;function qa({booth:e}){let[t,o]=$(0),[i,s]=$(!1),r=`/api/booths/${encodeURIComponent(e.id)}`,l=C(()=>S(r+"/leads"+Ke({offset:t,limit:Ut})),[e.id,t]),c=R.value?.time_zone,d=async()=>{s(!0);try{let{blob:u,filename:h}=await dt(r+"/leads.csv"),p=URL.createObjectURL(u),f=document.createElement("a");f.href=p,f.download=h,document.body.append(f),f.click(),f.remove(),setTimeout(()=>URL.revokeObjectURL(p),1e4)}catch(u){T(n(u&&u.code?"error."+u.code:"error.internal"),{kind:"error"})}finally{s(!1)}},m=l.data;return a`<section class="card console-leads" aria-labelledby="leads-title">
    <div class="section-head">
      <h2 id="leads-title" tabindex="-1">${n("console.leads")}</h2>
      <button type="button" onClick=${d} disabled=${i}>${n("console.leads.csv")}</button>
    </div>
    ${l.error?a`<${B} error=${l.error} retry=${l.reload} />`:m?m.items.length===0?a`<p class="muted">${n("console.leads.none")}</p>`:a`<p class="muted">${n("console.leads.count",{count:m.total})}</p>
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
                    ${m.items.map(u=>{let h=u.contact||{},p=[h.organisation,h.country&&_e(h.country),(h.languages||[]).map(Ie).join(", ")].filter(Boolean).join(" · ");return a`<tr key=${u.person_id} data-person-id=${u.person_id}>
                        <td data-label=${n("console.leads.name")}><a href=${"/people/"+encodeURIComponent(u.person_id)}>${h.name}</a></td>
                        <td data-label=${n("console.leads.email")}><a href=${"mailto:"+h.email}>${h.email}</a></td>
                        <td data-label=${n("console.leads.from")}>${p}</td>
                        <td data-label=${n("console.leads.note")} dir="auto">${u.note||""}</td>
                        <td data-label=${n("console.leads.at")}>${A(u.consented_at,c,{dateStyle:"medium",timeStyle:"short"})}</td>
                      </tr>`})}
                  </tbody>
                </table>
              </div>
              ${m.total>Ut&&a`<div class="pager">
                <button type="button" disabled=${t===0} onClick=${()=>o(Math.max(0,t-Ut))}>${n("console.leads.previous")}</button>
                <span>${n("console.leads.page",{from:t+1,to:Math.min(t+Ut,m.total),total:m.total})}</span>
                <button type="button" disabled=${t+Ut>=m.total} onClick=${()=>o(t+Ut)}>${n("console.leads.next")}</button>
              </div>`}`:a`<${L} />`}
  </section>`}function dn(){let e=(t,o)=>{let i=Pe.value===t;return a`<li><a href=${t} class=${"tab"+(i?" on":"")} aria-current=${i?"page":void 0}>${o}</a></li>`};return a`<nav class="console-tabs" aria-label=${n("breakconsole.consoles")}>
    <ul class="tabs">
      ${e("/console",n("breakconsole.tab_booths"))}
      ${e("/console/breaks",n("breakconsole.tab_breaks"))}
    </ul>
  </nav>`}function nm(e){return"booth-"+String(e||"").replace(/^org-/,"")}function im(e){let t=e.target.closest('a[href^="#"]'),o=t&&document.getElementById(t.getAttribute("href").slice(1));o&&(e.preventDefault(),o.focus())}function rm({booth:e,me:t}){let o=ke("staff:"+e.organisation_id),{view:i,messages:s}=Ea("booth:"+e.id),r=t.role==="staff"&&t.organisation_id===e.organisation_id,l=i.members.value.some(c=>c.id===t.id);return a`<div class="console">
    <p class=${"notice staffed"+(l?" notice-ok":"")} role="status">
      ${l?r?n("console.staffed"):n("console.watching"):n("console.joining")}
    </p>
    <nav class="console-nav" aria-label=${n("console.sections")} onClick=${im}>
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
        <${Ma} booth=${e.id} staffRoom=${o} mayAnswer=${r} />
        <${Da} booth=${e} boothRoom=${i} messages=${s} />
      </div>
      <div class="console-side">
        <${Ha} boothRoom=${i} organisationId=${e.organisation_id} />
      </div>
    </div>
    <${Fa} booth=${e} me=${t} staffNow=${i.members.value.filter(c=>c.role==="staff"&&c.organisation_id===e.organisation_id)} />
    <${qa} booth=${e} />
  </div>`}function sm({booths:e,value:t}){return a`<div class="field console-picker">
    <label for="console-booth">${n("console.pick")}</label>
    <select id="console-booth" value=${t||""} aria-busy=${e?void 0:"true"} onChange=${o=>He({booth:o.currentTarget.value||null})}>
      <option value="">${n("console.pick_none")}</option>
      ${(e||[]).map(o=>a`<option key=${o.id} value=${o.id}>${o.title}</option>`)}
    </select>
  </div>`}function Ga(){let e=R.value,t=e.role==="secretariat",o=t?new URLSearchParams(te.value).get("booth"):e.organisation_id?nm(e.organisation_id):null,i=C(()=>t?S("/api/booths?limit=100"):Promise.resolve(null),[t]),s=C(()=>o?S("/api/booths/"+encodeURIComponent(o)):Promise.resolve(null),[o]),r;return!t&&!o?r=a`<p class="notice">${n("console.no_booth")}</p>`:s.error?r=s.error.code==="not_found"?a`<p class="notice">${n("console.no_booth")}</p>`:a`<${B} error=${s.error} retry=${s.reload} />`:s.loading&&!s.data?r=o?a`<${L} />`:null:s.data&&s.data.id===o?r=a`<h2 class="console-booth"><a href=${"/booths/"+encodeURIComponent(s.data.id)}>${s.data.title}</a></h2>
      <${rm} key=${s.data.id} booth=${s.data} me=${e} />`:o||(r=a`<p class="muted">${n("console.pick_hint")}</p>`),a`<${D} title=${n("console.title")} wide>
    ${t&&a`<${dn} />`}
    ${t&&a`<${sm} booths=${i.data?.items} value=${o} />`}
    ${r}
  <//>`}var am=["ar","en","es","fr","ru","zh"],lm={title:"breakconsole.error.title",starts_at:"breakconsole.error.starts_at",ends_at:"breakconsole.error.ends_at",languages:"breakconsole.error.languages",table_size:"breakconsole.error.table_size",round_minutes:"breakconsole.error.round_minutes"};function cm(){return{title:n("breakconsole.field.title"),starts_at:n("breakconsole.field.starts_at"),ends_at:n("breakconsole.field.ends_at"),languages:n("breakconsole.field.languages"),table_size:n("breakconsole.field.table_size"),round_minutes:n("breakconsole.field.round_minutes")}}var Ni=e=>/^\s*\d+\s*$/.test(e)?parseInt(e,10):e===""?void 0:e;function dm(e,t){let o=Date.parse(Ze(e.starts_at,t)),i=Date.parse(Ze(e.ends_at,t)),s=Ni(e.round_minutes),r=Math.round((i-o)/6e4);if(!(r>0&&r<=720)||!Number.isInteger(s)||s<1)return"";let l=Math.ceil(r/s),c=r-(l-1)*s;return n("breakconsole.plan",{minutes:r,rounds:l,round:s,last:c,shorter:c<s?"yes":"no"})}function ja({b:e,zone:t,onSave:o,submitLabel:i,onCancel:s}){let r=t||ie(),l=X({title:e?.title||"",starts_at:ft(e?.starts_at,r),ends_at:ft(e?.ends_at,r),languages:e?[...e.languages]:[...am],table_size:e?String(e.table_size):"4",round_minutes:e?String(e.round_minutes):"10"});x(()=>{let p=l.values;!p.ends_at&&/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(p.starts_at)&&l.set("ends_at",ft(new Date(Date.parse(Ze(p.starts_at,r))+30*6e4).toISOString(),r))},[l.values.starts_at]);let c=cm(),d=z([]);d.current=[...new Set([...d.current,...l.values.languages])];let m={...lm},u=l.submit(async p=>{try{await o({title:p.title,starts_at:Ze(p.starts_at,r),ends_at:Ze(p.ends_at,r),languages:p.languages,table_size:Ni(p.table_size),round_minutes:Ni(p.round_minutes)})}catch(f){throw f instanceof U&&f.code==="conflict"&&e?(m.starts_at="breakconsole.error.begun",new U(f.status,"validation_failed",f.message,{starts_at:f.message})):f}},void 0,{keys:m}),h=dm(l.values,r);return a`<form class="form break-form" onSubmit=${u} novalidate>
    <${K} form=${l} labels=${c} />
    <${O} form=${l} name="title" label=${c.title} required maxLength=${200} dir="auto" />
    <div class="break-times">
      <${O} form=${l} name="starts_at" type="datetime-local" label=${c.starts_at} hint=${n("breakconsole.field.zone_hint",{zone:r.replaceAll("_"," ")})} required />
      <${O} form=${l} name="ends_at" type="datetime-local" label=${c.ends_at} hint=${n("breakconsole.field.ends_hint")} required />
    </div>
    <${tt}
      form=${l}
      name="languages"
      label=${c.languages}
      hint=${n("breakconsole.field.languages_hint")}
      options=${lo(d.current)}
      required
    />
    <div class="break-sizes">
      <${O} form=${l} name="table_size" type="number" inputMode="numeric" label=${c.table_size} hint=${n("breakconsole.field.table_size_hint")} required />
      <${O} form=${l} name="round_minutes" type="number" inputMode="numeric" label=${c.round_minutes} hint=${n("breakconsole.field.round_minutes_hint")} required />
    </div>
    <p class="break-plan muted" aria-live="polite">${h}</p>
    <div class="actions">
      <${oe} form=${l} label=${i} />
      ${s&&a`<button type="button" onClick=${s}>${n("breakconsole.close_form")}</button>`}
    </div>
  </form>`}var ht=5*6e4,um=5e3;function mn(e=1e3){let[t,o]=$(()=>Date.now());return x(()=>{let i=setInterval(()=>o(Date.now()),e);return()=>clearInterval(i)},[e]),t}function go(e){let t=Math.max(0,Math.ceil(e/1e3)),o=new Intl.NumberFormat(j.value,{minimumIntegerDigits:2,useGrouping:!1}),i=new Intl.NumberFormat(j.value,{useGrouping:!1}),s=Math.floor(t/3600),r=Math.floor(t%3600/60),l=t%60;return s>0?`${i.format(s)}:${o.format(r)}:${o.format(l)}`:`${i.format(r)}:${o.format(l)}`}function gt({until:e,label:t,done:o,id:i}){let s=mn(),r=Date.parse(e)-s;if(r<=0&&o)return a`<p class="countdown" id=${i}><span class="countdown-label">${o}</span></p>`;let l=Math.floor(r/864e5);return a`<p class="countdown" id=${i}>
    <span class="countdown-label">${t}</span>
    ${l>=1?a`<span class="countdown-time">${n("breaks.in_days",{count:l})}</span>`:a`<time class="countdown-time" role="timer" datetime=${e}>${go(r)}</time>`}
  </p>`}function mm(e,t){return!e||!t||e.status!==t.status?!1:e.status==="seated"?e.table.room===t.table.room:e.waiting.round===t.waiting.round}function Ya(e){return e?e.status==="seated"?e.table.round:e.waiting.round:0}function Wa(e){return Ee("breaks.waiting."+e)?n("breaks.waiting."+e):n("breaks.waiting_title")}function pm(e){if(e.status==="seated"){let t=e.table;return n("breaks.moved",{round:t.round,table:t.table,language:Y(t.language)})}return Wa(e.waiting.reason)}var un=new Map;function fm(e){return un.has(e)||un.set(e,S("/api/people/"+encodeURIComponent(e)).catch(t=>{throw un.delete(e),t})),un.get(e)}function hm(e){return[e.organisation?.name,e.stakeholder_group&&P("stakeholder",e.stakeholder_group),e.country&&_e(e.country)].filter(Boolean).join(" · ")}function gm({m:e,me:t}){let o=e.id===t?.id,[i,s]=$(null);x(()=>{let l=!0;return fm(e.id).then(c=>l&&s(c),()=>{}),()=>{l=!1}},[e.id]);let r=i?hm(i):"";return a`<li class="face" data-person-id=${e.id}>
    <${q} id=${e.id} name=${e.name} photo=${e.photo_url} size="m" />
    <div class="face-text">
      <a class="face-name" href=${"/people/"+encodeURIComponent(e.id)} dir="auto">${e.name}</a>
      ${e.role&&e.role!=="participant"&&a`<span class=${"role role-"+e.role}>${n("role."+e.role)}</span>`}
      ${o&&a`<span class="muted face-you">${n("breaks.you")}</span>`}
    </div>
    <p class="face-about muted" dir="auto">${r}</p>
  </li>`}function bm({table:e}){let t=ke(e.room);return t.refused.value?a`<p class="muted">${n("breaks.table_closed")}</p>`:a`<${nt} view=${t} id="table-chat" title=${n("breaks.table_chat")} />`}function $m({table:e,rounds:t,me:o,head:i}){let s=e.round>=t;return a`<section class="card break-table" aria-labelledby="table-title" data-room=${e.room}>
    <h2 id="table-title" tabindex="-1" ref=${i}>${n("breaks.table_title",{table:e.table,language:Y(e.language)})}</h2>
    <p class="muted">${n("breaks.round_of",{round:e.round,rounds:t})}</p>
    <${gt} until=${e.ends_at} id="round-countdown"
      label=${s?n("breaks.ends_in"):n("breaks.next_round_in")}
      done=${s?n("breaks.ending"):n("breaks.changing")} />
    <div class="break-table-grid">
      <div>
        <h3 class="break-people-title">${n("breaks.at_table",{count:e.members.length})}</h3>
        <ul class="faces break-people">
          ${[...e.members].sort((r,l)=>(r.id===o?.id)-(l.id===o?.id)).map(r=>a`<${gm} key=${r.id} m=${r} me=${o} />`)}
        </ul>
      </div>
      <${bm} key=${e.room} table=${e} />
    </div>
  </section>`}function ym({w:e,rounds:t}){let o=e.round>=t;return a`<section class="card break-waiting" aria-labelledby="waiting-title">
    <h2 id="waiting-title" tabindex="-1">${n("breaks.waiting_title")}</h2>
    <p class="muted">${n("breaks.round_of",{round:e.round,rounds:t})}</p>
    <p class="break-why">${Wa(e.reason)}</p>
    <${gt} until=${e.ends_at} id="round-countdown"
      label=${o?n("breaks.ends_in"):n("breaks.next_round_in")}
      done=${o?n("breaks.ending"):n("breaks.changing")} />
  </section>`}function Va({b:e,me:t,onRefused:o}){let i=ke(e.room),[s,r]=$(null),[l,c]=$(""),d=z(null),m=z(null),u=z(null),h=z(!1),p=Date.now()>=Date.parse(e.starts_at),f=(w,{quiet:k=!1}={})=>{if(!w||Ya(w)<Ya(d.current))return;!mm(d.current,w)&&(h.current=!!m.current?.contains(document.activeElement),k||c(pm(w))),d.current=w,r(w)};x(()=>{let w=xe("break.table",_=>_?.break_id===e.id&&f({status:"seated",table:_})),k=xe("break.waiting",_=>_?.break_id===e.id&&f({status:"waiting",waiting:_}));return Date.now()>=Date.parse(e.starts_at)+um&&S("/api/breaks/"+encodeURIComponent(e.id)+"/table").then(_=>!d.current&&f(_,{quiet:!0}),()=>{}),()=>{w(),k()}},[e.id]);let g=i.state.value?.mine;x(()=>{g&&f(g,{quiet:!d.current})},[g]),x(()=>{h.current&&(h.current=!1,(u.current||m.current?.querySelector("h2"))?.focus())},[s]);let b=i.refused.value;x(()=>{b&&o?.(b)},[b]);let y;return s?.status==="seated"?y=a`<${$m} table=${s.table} rounds=${e.rounds} me=${t} head=${u} />`:s?.status==="waiting"?y=a`<${ym} w=${s.waiting} rounds=${e.rounds} />`:p?y=a`<section class="card break-lobby" aria-labelledby="lobby-title">
      <h2 id="lobby-title" tabindex="-1">${n("breaks.seating_title")}</h2>
      <p>${n("breaks.seating")}</p>
    </section>`:y=a`<section class="card break-lobby" aria-labelledby="lobby-title">
      <h2 id="lobby-title" tabindex="-1">${n("breaks.lobby_title")}</h2>
      <p>${n("breaks.lobby_text")}</p>
      <${gt} until=${e.starts_at} id="start-countdown" label=${n("breaks.starts_in")} done=${n("breaks.seating")} />
    </section>`,a`<div class="break-live" ref=${m}>
    <p class="visually-hidden" id="break-announce" role="status" aria-live="polite">${l}</p>
    ${y}
  </div>`}var km=4e3,Ot=e=>new Intl.NumberFormat(j.value).format(e);function vm({b:e,running:t,roundEnd:o}){let i=mn(),s=Date.parse(e.starts_at),r=Date.parse(e.ends_at),l;return i>=r?l=n("breakconsole.over"):t?t<e.rounds?l=n("breakconsole.round_of_next",{round:t,rounds:e.rounds,time:go(o-i)}):l=n("breakconsole.round_of_end",{round:t,rounds:e.rounds,time:go(r-i)}):l=n("breakconsole.starts_in",{time:go(s-i)}),a`<p class="break-clock"><strong>${l}</strong></p>`}var Za=e=>(e.round_seconds||e.round_minutes*60)*1e3;function _m(e,t){let o=Date.parse(e.starts_at),i=Date.parse(e.ends_at);return t<o||t>=i?0:Math.min(e.rounds,Math.floor((t-o)/Za(e))+1)}function wm({name:e,onChange:t}){let o=ke(e),i=o.state.value,s=o.members.value.filter(l=>l.role!=="secretariat").length,r=o.refused.value;return x(()=>{t({round:i?.round||0,present:s,refused:r,stamp:i})},[i,s,r]),null}function xm(e,t){let o=new Map(e.languages.map(s=>[s,{tables:0,seated:0,waiting:0}])),i=s=>(o.has(s)||o.set(s,{tables:0,seated:0,waiting:0}),o.get(s));for(let s of t.seating.tables||[])s.people?.length&&(i(s.language).tables++,i(s.language).seated+=s.people.length);for(let s of t.seating.waiting||[])for(let r of s.person.languages||[])i(r).waiting++;return[...o.entries()]}function Sm({id:e,cards:t}){let o=t.get(e)||{id:e,name:e};return a`<li class="break-person">
    <${q} id=${o.id} name=${o.name} photo=${o.photo_url} />
    <a href=${"/people/"+encodeURIComponent(o.id)} dir="auto">${o.name}</a>
  </li>`}function Tm({b:e,r:t}){let o=new Map((t.people||[]).map(m=>[m.id,m])),i=t.seating.tables||[],s=i.filter(m=>m.people?.length),r=s.reduce((m,u)=>m+u.people.length,0),l=t.seating.waiting||[],c=i.length-s.length,d=xm(e,t);return a`<div class="break-seating" data-round=${t.number}>
    <dl class="figure-kinds break-counts">
      <div><dt>${n("breakconsole.count.seated")}</dt><dd data-count="seated">${Ot(r)}</dd></div>
      <div><dt>${n("breakconsole.count.tables")}</dt><dd data-count="tables">${Ot(s.length)}</dd></div>
      <div><dt>${n("breakconsole.count.waiting")}</dt><dd data-count="waiting">${Ot(l.length)}</dd></div>
    </dl>
    <p class="muted">${n("breakconsole.seated_at",{time:A(t.seated_at,void 0,{timeStyle:"medium"})})}${t.updated_at!==t.seated_at?" · "+n("breakconsole.updated_at",{time:A(t.updated_at,void 0,{timeStyle:"medium"})}):""}</p>
    <h3 id=${"langs-"+t.number}>${n("breakconsole.by_language")}</h3>
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby=${"langs-"+t.number}>
      <table class="break-languages">
        <thead>
          <tr>
            <th scope="col">${n("breakconsole.col.language")}</th>
            <th scope="col">${n("breakconsole.col.tables")}</th>
            <th scope="col">${n("breakconsole.col.seated")}</th>
            <th scope="col">${n("breakconsole.col.waiting")}</th>
          </tr>
        </thead>
        <tbody>
          ${d.map(([m,u])=>a`<tr key=${m} data-language=${m}>
              <th scope="row">${Y(m)}</th>
              <td>${Ot(u.tables)}</td>
              <td>${Ot(u.seated)}</td>
              <td>${Ot(u.waiting)}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>
    ${l.length>0&&a`<p class="hint">${n("breakconsole.waiting_note")}</p>`}
    ${s.length===0?a`<p class="muted">${n("breakconsole.no_tables")}</p>`:a`<h3>${n("breakconsole.tables_title",{count:s.length})}</h3>`}
    <ul class="break-tables">
      ${s.map(m=>a`<li class="break-table" key=${m.number} data-table=${m.number} data-language=${m.language}>
          <h5>${n("breakconsole.table",{number:m.number,language:Y(m.language),count:m.people.length,size:t.seating.table_size})}</h5>
          <ul class="break-people">
            ${m.people.map(u=>a`<${Sm} key=${u.id} id=${u.id} cards=${o} />`)}
          </ul>
        </li>`)}
    </ul>
    ${c>0&&a`<p class="muted">${n("breakconsole.closed_tables",{count:c})}</p>`}
    ${l.length===0?a`<p class="muted">${n("breakconsole.nobody_waits")}</p>`:a`<h3>${n("breakconsole.waiting_title",{count:l.length})}</h3>
        <ul class="break-waiting">
          ${l.map(m=>{let u=o.get(m.person.id)||{id:m.person.id,name:m.person.id};return a`<li key=${m.person.id} data-person-id=${m.person.id} data-reason=${m.reason}>
              <${q} id=${u.id} name=${u.name} photo=${u.photo_url} />
              <span>
                <a href=${"/people/"+encodeURIComponent(u.id)} dir="auto">${u.name}</a>
                ${(m.person.languages||[]).length>0&&a` <span class="muted">(${m.person.languages.map(Y).join(", ")})</span>`}
                <br />
                <span class="break-reason">${n("breakconsole.reason."+m.reason)}</span>
              </span>
            </li>`})}
        </ul>`}
  </div>`}function Xa({b:e}){let t=mn(2e3),[o,i]=$({round:0,present:0,refused:null,stamp:null}),s=C(()=>o.stamp?S("/api/breaks/"+encodeURIComponent(e.id)):Promise.resolve(null),[e.id,o.stamp]),r=s.data&&s.data.id===e.id?s.data:e,[l,c]=$(0),[d,m]=$(0),[u,h]=$(""),p=Date.parse(r.starts_at),f=Date.parse(r.ends_at),g=t>=p-ht&&t<f,b=t>=f,y=b?0:Math.max(o.round,_m(r,t)),w=b?r.rounds:y,k=l||(b?r.rounds:y),_=C(()=>k?S(`/api/breaks/${encodeURIComponent(r.id)}/rounds/${k}`):Promise.resolve(null),[r.id,k,o.stamp,d]),v=_.data&&_.data.number===k?_.data:null,E=_.error?.code==="not_found",M=g&&!o.refused&&ae.value==="connected",I=k===y&&y>0&&(E||!v);x(()=>{if(M&&!I||!k||b&&!I)return;let ee=setInterval(()=>{document.visibilityState==="visible"&&m(pe=>pe+1)},km);return()=>clearInterval(ee)},[M,I,k,b]);let H=z(0);x(()=>{v&&!l&&v.number!==H.current&&(H.current&&h(n("breakconsole.round_seated",{round:v.number})),H.current=v.number)},[v?.number,l]);let re=v&&v.number===y?Date.parse(v.ends_at):Math.min(f,p+y*Za(r)),N=$t(()=>v&&a`<${Tm} b=${r} r=${v} />`,[v,r,j.value]),se;return k?v?se=N:E?se=a`<p class="muted">${k===y?n("breakconsole.seating_now",{round:k}):n("breakconsole.never_seated",{round:k})}</p>`:_.error?se=a`<${B} error=${_.error} retry=${_.reload} />`:se=a`<${L} />`:se=a`<p class="muted">${n("breakconsole.not_begun")}</p>`,a`<section class="card break-watch" aria-labelledby="watch-title" data-break-id=${r.id}>
    ${g&&a`<${wm} name=${r.room||"break:"+r.id} onChange=${i} />`}
    <h2 id="watch-title" tabindex="-1"><span class="muted">${n("breakconsole.watching")}</span> <span dir="auto">${r.title}</span></h2>
    <${vm} b=${r} running=${y} roundEnd=${re} />
    <p class="muted">
      ${g&&!o.refused?n("breakconsole.present",{count:o.present})+" · ":""}${n("breakconsole.signed_up",{count:r.signed_up})}${g?" · "+(M?n("breakconsole.live"):n("breakconsole.polling")):""}
    </p>
    ${w>0&&a`<div class="field break-round-pick">
      <label for="break-round">${n("breakconsole.pick_round")}</label>
      <select id="break-round" value=${String(b?k:l)} onChange=${ee=>c(parseInt(ee.currentTarget.value,10))}>
        ${!b&&a`<option value="0">${n("breakconsole.follow",{round:y})}</option>`}
        ${Array.from({length:w},(ee,pe)=>pe+1).map(ee=>a`<option key=${ee} value=${String(ee)}>${n("breakconsole.round_n",{round:ee})}</option>`)}
      </select>
    </div>`}
    <p class="visually-hidden" role="status">${u}</p>
    <div aria-busy=${_.loading&&!v?"true":void 0}>${se}</div>
  </section>`}var Ja={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},Cm={hour:"numeric",minute:"2-digit"},Em=3e4,bo=e=>"⁨"+e+"⁩";function Mi(e,t){let o=Date.parse(e.starts_at);return t>=Date.parse(e.ends_at)?"over":t>=o?"running":t>=o-ht?"open":"upcoming"}function Im(e){let[t,o]=$(()=>Date.now());return x(()=>{let i=setInterval(()=>o(Date.now()),e);return()=>clearInterval(i)},[]),t}function Am(e,t){let o=A(e.starts_at,t,{dateStyle:"short"})===A(e.ends_at,t,{dateStyle:"short"});return`${A(e.starts_at,t,Ja)} – ${A(e.ends_at,t,o?Cm:Ja)}`}function zm({b:e,zone:t,now:o,watchedId:i,onEdit:s,onCancel:r}){let l=Mi(e,o),c=i===e.id,d=l==="upcoming"||l==="open";return a`<li class="card break-item" data-break-id=${e.id} data-phase=${l}>
    <h3><span dir="auto">${e.title}</span> <span class=${"tag break-phase break-phase-"+l}>${n("breakconsole.phase."+l)}</span></h3>
    <p class="session-facts"><strong>${Am(e,t)}</strong></p>
    <p>
      ${n("breakconsole.shape",{rounds:e.rounds,minutes:e.round_minutes,size:e.table_size})}
      ${" · "}${n("breakconsole.signed_up",{count:e.signed_up})}
    </p>
    <p class="muted">${n("breakconsole.languages",{list:e.languages.map(Y).join(", ")})}</p>
    <p class="booking-actions">
      ${l!=="upcoming"&&(c?a`<strong class="break-watched">${n("breakconsole.watched")}</strong>`:a`<a class="button" href=${"/console/breaks?break="+encodeURIComponent(e.id)}>${n("breakconsole.watch")}</a>`)}
      ${d&&a`<button type="button" class="break-edit" onClick=${()=>s(e)} aria-label=${n("breakconsole.edit_named",{title:e.title})}>${n("breakconsole.edit")}</button>`}
      ${l!=="over"&&a`<button type="button" class="danger" onClick=${()=>r(e)} aria-label=${n("breakconsole.cancel_named",{title:e.title})}>${n("breakconsole.cancel")}</button>`}
    </p>
  </li>`}function Bi({id:e,title:t,items:o,none:i,...s}){return a`<section aria-labelledby=${e} class="break-group">
    <h2 id=${e}>${t}</h2>
    ${o.length===0?a`<p class="muted">${i}</p>`:a`<ul class="break-list">${o.map(r=>a`<${zm} key=${r.id} b=${r} ...${s} />`)}</ul>`}
  </section>`}function Ka(){let t=R.value?.time_zone||ie(),o=Im(1e4),[i,s]=$(!1),[r,l]=$(null),c=C(()=>S("/api/breaks"+(i?"?past=true":"")),[i]);x(()=>{let I=setInterval(()=>document.visibilityState==="visible"&&c.reload(),Em);return()=>clearInterval(I)},[]);let d=new URLSearchParams(te.value).get("break"),m=c.data?.items||[],u=d&&m.find(I=>I.id===d),h=C(()=>d&&c.data&&!u?S("/api/breaks/"+encodeURIComponent(d)):Promise.resolve(null),[d,!!c.data,!!u]),p=u||(d?h.data:m.find(I=>["running","open"].includes(Mi(I,o)))),f=z(d);x(()=>{d&&d!==f.current&&(f.current=null,requestAnimationFrame(()=>document.getElementById("watch-title")?.focus()))},[d,!!p]);let g=()=>document.getElementById("editor-title")?.focus(),b=I=>{l(I),requestAnimationFrame(g)},y=()=>{let I=r;l(null),requestAnimationFrame(()=>{(I&&I!=="new"&&document.querySelector(`.break-item[data-break-id="${CSS.escape(I.id)}"] .break-edit`)||document.getElementById("break-new"))?.focus()})};async function w(I){let H=await W("/api/breaks",I);y(),T(n("breakconsole.scheduled",{title:bo(H.title)})),c.reload()}async function k(I){let H=await we("/api/breaks/"+encodeURIComponent(r.id),I);y(),T(n("breakconsole.saved",{title:bo(H.title)})),c.set(re=>({...re,items:re.items.map(N=>N.id===H.id?H:N)}))}async function _(I){if(confirm(n("breakconsole.cancel_confirm",{title:bo(I.title)})))try{await J("/api/breaks/"+encodeURIComponent(I.id)),T(n("breakconsole.cancelled",{title:bo(I.title)})),r&&r.id===I.id&&l(null),d===I.id&&He({break:null}),c.set(H=>({...H,items:H.items.filter(re=>re.id!==I.id)}))}catch(H){T(H instanceof U&&H.code!=="internal"?n("error."+H.code):n("error.internal"),{kind:"error"}),c.reload()}}let v={running:[],upcoming:[],over:[]};for(let I of m){let H=Mi(I,o);v[H==="open"?"upcoming":H].push(I)}v.over.reverse();let E={zone:t,now:o,watchedId:p?.id,onEdit:b,onCancel:_},M;return c.error&&!c.data?M=a`<${B} error=${c.error} retry=${c.reload} />`:c.data?M=a`
      <${Bi} id="running-title" title=${n("breakconsole.running")} items=${v.running} none=${n("breakconsole.none_running")} ...${E} />
      <${Bi} id="upcoming-title" title=${n("breakconsole.upcoming")} items=${v.upcoming} none=${n("breakconsole.none_upcoming")} ...${E} />
      ${i&&a`<${Bi} id="past-title" title=${n("breakconsole.past")} items=${v.over} none=${n("breakconsole.none_past")} ...${E} />`}
      <p><button type="button" aria-pressed=${i?"true":"false"} onClick=${()=>s(!i)}>${n("breakconsole.show_past")}</button></p>`:M=a`<${L} />`,a`<${D} title=${n("breakconsole.title")} intro=${n("breakconsole.intro")} wide>
    <${dn} />
    <p class="session-top">
      <button type="button" id="break-new" class="primary" aria-expanded=${r==="new"?"true":"false"} aria-controls="break-editor" onClick=${()=>r==="new"?l(null):b("new")}>
        ${n("breakconsole.new")}
      </button>
      <span class="muted">${n("booth.hours_zone",{zone:t.replaceAll("_"," ")})}</span>
    </p>
    <div id="break-editor">
      ${r&&a`<section class="card" aria-labelledby="editor-title">
        <h2 id="editor-title" tabindex="-1">${r==="new"?n("breakconsole.new"):n("breakconsole.edit_title",{title:bo(r.title)})}</h2>
        <${ja}
          key=${r==="new"?"new":r.id}
          b=${r==="new"?null:r}
          zone=${t}
          onSave=${r==="new"?w:k}
          submitLabel=${r==="new"?n("breakconsole.schedule"):n("breakconsole.save")}
          onCancel=${y}
        />
      </section>`}
    </div>
    ${d&&h.error&&a`<${B} error=${h.error} retry=${h.reload} />`}
    ${p?a`<${Xa} key=${p.id} b=${p} />`:c.data&&a`<p class="notice">${n("breakconsole.nothing_to_watch")}</p>`}
    ${M}
  <//>`}var tl={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},Qa=3,ol=e=>"⁨"+e+"⁩";function Pm(e,t){let o=(e.kind==="knock"||e.kind==="slot")&&e.place_title?n("contacts.at_"+e.kind,{place:ol(e.place_title)}):n("contacts.kind_"+e.kind);return n("contacts.occasion",{what:o,when:A(e.at,t,tl)})}function el({w:e,zone:t}){return a`<li>${Pm(e,t)}</li>`}function Rm({m:e,zone:t}){let o=e.person,i="/people/"+encodeURIComponent(o.id),s=e.where.slice(0,Qa),r=e.where.slice(Qa);return a`<li class="result met" data-person-id=${o.id}>
    <${q} id=${o.id} name=${o.display_name} photo=${o.photo_url} size="m" />
    <div class="result-body">
      <div class="result-head">
        <h2><a href=${i} dir="auto">${o.display_name}</a></h2>
        ${o.role!=="participant"&&a`<span class=${"role role-"+o.role}>${n("role."+o.role)}</span>`}
      </div>
      ${o.organisation&&a`<p class="muted" dir="auto">${o.organisation.name}</p>`}
      <p class="met-times">${n("contacts.times",{count:e.times,when:A(e.last,t,tl)})}</p>
      <ul class="met-where" aria-label=${n("contacts.where",{name:o.display_name})}>
        ${s.map((l,c)=>a`<${el} key=${c} w=${l} zone=${t} />`)}
      </ul>
      <p class="met-ask"><a class="button" href=${"/meetings/new?with="+encodeURIComponent(o.id)}>${n("meetings.ask_name",{name:ol(o.display_name)})}</a></p>
      ${r.length>0&&a`<details class="met-more">
        <summary>${n("contacts.more",{count:r.length})}</summary>
        <ul class="met-where">
          ${r.map((l,c)=>a`<${el} key=${c} w=${l} zone=${t} />`)}
        </ul>
      </details>`}
    </div>
  </li>`}function Lm(){return a`<div class="notice met-empty">
    <h2>${n("contacts.none")}</h2>
    <p>${n("contacts.how")}</p>
    <ul>
      <li><a href="/village">${n("contacts.how_knock")}</a></li>
      <li><a href="/village">${n("contacts.how_slot")}</a></li>
      <li><a href="/breaks">${n("contacts.how_break")}</a></li>
      <li><a href="/people">${n("contacts.how_people")}</a></li>
    </ul>
  </div>`}function nl(){let e=R.value?.time_zone,t=C(()=>S("/api/me/contacts"),[]),o=t.data?.items||[],i;return t.error&&!t.data?i=a`<${B} error=${t.error} retry=${t.reload} />`:t.data?o.length===0?i=a`<${Lm} />`:i=a`<p class="results-count">${n("contacts.count",{count:o.length})}</p>
      <p class="muted">${n("booth.hours_zone",{zone:(e||ie()).replaceAll("_"," ")})}</p>
      <ul class="results met-list">
        ${o.map(s=>a`<${Rm} key=${s.person.id} m=${s} zone=${e} />`)}
      </ul>
      <p class="met-more-people"><a class="button" href="/breaks">${n("breaks.cta")}</a></p>`:i=a`<${L} />`,a`<${D} title=${n("contacts.title")} intro=${n("contacts.intro")}>${i}<//>`}var Ft=F(0),fn=F({}),pn=e=>"⁨"+e+"⁩";function qt(e,t,o="info"){xe(e,i=>{if(!i?.session)return;let s=n(t,{title:pn(i.title||""),reason:pn(i.reason||""),text:pn(i.message?.text||""),name:pn(i.message?.from?.name||"")});fn.value={...fn.value,[i.session]:{type:e,text:s}},Ft.value++,T(s,{kind:o,timeout:12e3})})}qt("session.promoted","sessions.live.promoted");qt("session.reminder","sessions.live.reminder");qt("session.message","sessions.live.message");qt("session.cancelled","sessions.live.cancelled","error");qt("session.approved","sessions.live.approved");qt("session.refused","sessions.live.refused","error");var il=!1,Hi=!1;me(()=>{if(ae.value!=="connected"){Hi=il;return}Hi&&Ft.value++,il=!0,Hi=!1});var rl=20,sl=["type","language","theme","day"],Nm=5*6e4,al={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},Di=e=>qe(e,[...sl,"mine"]),Ui=e=>"⁨"+e+"⁩",Oi=e=>"/sessions/"+encodeURIComponent(e.id);function Bm(){let[e,t]=$(()=>Date.now());return x(()=>{let o=setInterval(()=>t(Date.now()),3e4);return()=>clearInterval(o)},[]),e}function ll(e){let t=Math.max(0,e.capacity-e.confirmed);return t>0?n("sessions.seats_left",{count:t}):n("sessions.full",{count:e.waitlisted})}function cl(e){switch(e.place){case"confirmed":return n("sessions.place.confirmed");case"waitlisted":return n("sessions.place.waitlisted",{position:e.position||1});case"organiser":return n("sessions.place.organiser");default:return""}}function Fi({s:e,zone:t}){return a`<p class="session-facts">
    <span class="tag">${P("sessions.type",e.type)}</span>
    <strong>${A(e.starts_at,t,al)}</strong> · ${n("slots.minutes",{minutes:e.minutes})} · ${Y(e.language)}
  </p>`}function Mm({s:e,zone:t}){let o=cl(e);return a`<li class="card session-item">
    <h3><a href=${Oi(e)} dir="auto">${e.title}</a></h3>
    <${Fi} s=${e} zone=${t} />
    <p>${ll(e)}${e.status!=="listed"?a` · <strong>${n("sessions.status."+e.status)}</strong>`:""}${o?a` · <strong>${o}</strong>`:""}</p>
  </li>`}function Hm({zone:e}){let t=C(()=>S("/api/sessions?status=proposed&limit=100"),[Ft.value]),[o,i]=$({}),[s,r]=$("");async function l(d,m){try{m?await W("/api/sessions/"+encodeURIComponent(d.id)+"/approve"):await W("/api/sessions/"+encodeURIComponent(d.id)+"/refuse",{reason:o[d.id]||""}),t.set(u=>({...u,items:u.items.filter(h=>h.id!==d.id)})),r(n(m?"sessions.queue.approved":"sessions.queue.refused",{title:Ui(d.title)}))}catch(u){r(u instanceof U?u.message:n("error.internal"))}}let c=t.data?.items||[];return a`<section class="card" aria-labelledby="queue-title">
    <h2 id="queue-title">${n("sessions.queue.title")}</h2>
    ${t.error&&a`<${B} error=${t.error} retry=${t.reload} />`}
    ${t.data&&c.length===0&&a`<p class="muted">${n("sessions.queue.none")}</p>`}
    <ul class="session-queue">
      ${c.map(d=>a`<li key=${d.id}>
          <h3><a href=${Oi(d)} dir="auto">${d.title}</a></h3>
          <${Fi} s=${d} zone=${e} />
          <p>${n("sessions.by",{name:Ui(d.organiser?.name||"")})}</p>
          <div class="field">
            <label for=${"reason-"+d.id}>${n("sessions.queue.reason")}</label>
            <input id=${"reason-"+d.id} type="text" maxLength="500" dir="auto" value=${o[d.id]||""} onInput=${m=>i({...o,[d.id]:m.currentTarget.value})} />
          </div>
          <p class="booking-actions">
            <button type="button" onClick=${()=>l(d,!0)}>${n("sessions.queue.approve")}</button>
            <button type="button" onClick=${()=>l(d,!1)}>${n("sessions.queue.refuse")}</button>
          </p>
        </li>`)}
    </ul>
    <p role="status">${s}</p>
  </section>`}function dl(){let e=R.value,t=e?.time_zone||ie(),o=C(ge),i=X(Di(te.value)),s=te.value,r=Di(s).mine==="true",l=C(()=>{let{offset:p,...f}=Di(s);return S("/api/sessions"+Ke({...f,mine:r?"true":void 0,offset:p||void 0,limit:rl}))},[s,Ft.value]),c=Rt({form:i,names:sl,search:s,results:l,keep:r?{mine:"true"}:{}}),d={type:n("sessions.field.type"),language:n("sessions.field.language"),theme:n("field.theme"),day:n("sessions.field.day"),offset:n("directory.page"),limit:n("directory.page")},m=o.data||{themes:[],session_types:[]},u=l.data,h=(p,f,g)=>a`<a href=${f} class=${"tab"+(p?" on":"")} aria-current=${p?"page":void 0}>${g}</a>`;return a`<${D} title=${n("sessions.title")} intro=${n("sessions.intro")} wide>
    <p class="session-top">
      <a class="button primary" href="/sessions/new">${n("sessions.propose")}</a>
      <span class="tabs">${h(!r,"/sessions",n("sessions.all"))} ${h(r,"/sessions?mine=true",n("sessions.mine"))}</span>
    </p>
    <p class="muted">${n("booth.hours_zone",{zone:t.replaceAll("_"," ")})}</p>
    ${e?.role==="secretariat"&&m.session_approval&&a`<${Hm} zone=${t} />`}
    ${o.error&&a`<${B} error=${o.error} retry=${o.reload} />`}
    <${Lt} form=${i} labels=${d} filters=${c}>
      <${V} form=${i} name="type" label=${d.type} options=${Q("sessions.type",m.session_types)} placeholder=${n("directory.any")} />
      <${V} form=${i} name="language" label=${d.language} options=${ot()} placeholder=${n("directory.any")} />
      <${V} form=${i} name="theme" label=${d.theme} options=${Q("theme",m.themes)} placeholder=${n("directory.any")} />
      <${O} form=${i} name="day" type="date" label=${d.day} />
    <//>
    <${Nt} results=${l} filters=${c} limit=${rl} count=${p=>n("sessions.count",{count:p})}>
      <ul class="sessions" aria-busy=${l.loading?"true":void 0}>
        ${u?.items.map(p=>a`<${Mm} key=${p.id} s=${p} zone=${t} />`)}
      </ul>
    <//>
  <//>`}function ul(){let e=R.value,t=C(ge);async function o(i){let s=await W("/api/sessions",i);T(n(s.status==="proposed"?"sessions.proposed_wait":"sessions.proposed")),ye(Oi(s))}return a`<${D} title=${n("sessions.propose")} intro=${n("sessions.propose_intro")}>
    ${t.error&&a`<${B} error=${t.error} retry=${t.reload} />`}
    ${t.data&&t.data.session_approval&&a`<p class="notice">${n("sessions.approval_note")}</p>`}
    <section class="card">
      ${t.data?a`<${Ii} meta=${t.data} zone=${e?.time_zone} onSave=${o} submitLabel=${n("sessions.propose_send")} />`:a`<${L} />`}
    </section>
  <//>`}function Dm({s:e}){let t=ke(e.room||"session:"+e.id);return t.refused.value?a`<div class="notice notice-error" role="alert"><p>${n("sessions.room_refused")}</p></div>`:a`<${nt} view=${t} id="session-chat" />`}function Um({s:e,meta:t,zone:o,reload:i,set:s}){let[r,l]=$(!1),[c,d]=$(!1),m=C(()=>c?S("/api/sessions/"+encodeURIComponent(e.id)+"/attendees"):Promise.resolve(null),[c,e.confirmed,e.waitlisted]),u=X({text:""}),h="/api/sessions/"+encodeURIComponent(e.id),p=e.status==="listed"||e.status==="proposed",f=u.submit(async y=>{await W(h+"/messages",{text:y.text}),u.setAll({text:""}),T(n("sessions.tools.sent")),i()});async function g(){if(confirm(n("sessions.tools.cancel_confirm")))try{await J(h),T(n("sessions.tools.cancelled")),i()}catch(y){T(y instanceof U?y.message:n("error.internal"),{kind:"error"})}}async function b(y){s(await we(h,y)),l(!1),T(n("sessions.tools.saved"))}return a`<section class="card" aria-labelledby="tools-title">
    <h2 id="tools-title">${n("sessions.tools.title")}</h2>
    ${p&&a`<form class="form" onSubmit=${f} novalidate>
      <${K} form=${u} labels=${{text:n("sessions.tools.message")}} id="note-errors" />
      <${O} form=${u} name="text" label=${n("sessions.tools.message")} hint=${n("sessions.tools.message_hint")} multiline rows=${3} dir="auto" />
      <div class="actions"><${oe} form=${u} label=${n("sessions.tools.send")} /></div>
    </form>`}
    <p class="booking-actions">
      <button type="button" aria-expanded=${c?"true":"false"} aria-controls="attendees" onClick=${()=>d(!c)}>${n("sessions.tools.attendees")}</button>
      ${p&&a`<button type="button" aria-expanded=${r?"true":"false"} aria-controls="session-edit" onClick=${()=>l(!r)}>${n("sessions.tools.edit")}</button>`}
      ${p&&a`<button type="button" class="danger" onClick=${g}>${n("sessions.tools.cancel")}</button>`}
    </p>
    <div id="attendees">
      ${c&&(m.error?a`<${B} error=${m.error} retry=${m.reload} />`:m.data?m.data.items.length===0?a`<p class="muted">${n("sessions.tools.nobody")}</p>`:a`<ol class="attendees">
                ${m.data.items.map(y=>a`<li key=${y.person.id}>
                    <a href=${"/people/"+encodeURIComponent(y.person.id)} dir="auto">${y.person.name}</a>${" · "}${y.place==="confirmed"?n("sessions.attendee.confirmed"):n("sessions.place.waitlisted",{position:y.position||1})}
                  </li>`)}
              </ol>`:a`<${L} />`)}
    </div>
    <div id="session-edit">
      ${r&&a`<h3>${n("sessions.tools.edit")}</h3><${Ii} s=${e} meta=${t} zone=${o} onSave=${b} submitLabel=${n("sessions.tools.save")} />`}
    </div>
  </section>`}function ml({id:e}){let t=R.value,o=t?.time_zone||ie(),i=C(ge),s="/api/sessions/"+encodeURIComponent(e),r=C(()=>S(s),[e,Ft.value]),l=Bm(),[c,d]=$(""),[m,u]=$(!1),h=fn.value[e];if(r.error&&!r.data)return a`<${D} title=${n("sessions.title")}><${B} error=${r.error} retry=${r.reload} /><//>`;let p=r.data;if(!p)return a`<${D} title=${n("sessions.title")}><${L} /><//>`;let f=p.place==="organiser"||t?.role==="secretariat",g=l>=Date.parse(p.starts_at),b=l>=Date.parse(p.ends_at),y=p.status==="listed"&&l>=Date.parse(p.starts_at)-Nm&&!b&&(p.place==="confirmed"||f);async function w(){try{let v=await W(s+"/signup");r.set(v),d(v.place==="confirmed"?n("sessions.signed_up"):n("sessions.place.waitlisted",{position:v.position||1}))}catch(v){d(v instanceof U?v.message:n("error.internal"))}}async function k(){try{await J(s+"/signup"),d(n("sessions.withdrawn")),r.reload()}catch(v){d(v instanceof U?v.message:n("error.internal"))}}async function _(){try{let{blob:v,filename:E}=await dt(s+"/event.ics"),M=URL.createObjectURL(v),I=document.createElement("a");I.href=M,I.download=E==="download"?"village-"+e+".ics":E,document.body.append(I),I.click(),I.remove(),setTimeout(()=>URL.revokeObjectURL(M),1e4)}catch{d(n("error.internal"))}}return a`<${D} title=${p.title}>
    ${h&&a`<div class=${"notice"+(h.type==="session.cancelled"?" notice-error":"")}><p>${h.text}</p></div>`}
    <${Fi} s=${p} zone=${o} />
    <p>${n("sessions.by",{name:Ui(p.organiser?.name||"")})} · ${ll(p)}</p>
    ${p.themes?.length>0&&a`<ul class="tags" aria-label=${n("directory.themes")}>
      ${p.themes.map(v=>a`<li key=${v}>${P("theme",v)}</li>`)}
    </ul>`}
    ${p.status!=="listed"&&a`<p class="notice"><strong>${n("sessions.status."+p.status)}</strong>${p.status_reason?a` · <span dir="auto">${p.status_reason}</span>`:""}</p>`}
    ${p.description_html&&a`<div class="markdown" dir="auto" dangerouslySetInnerHTML=${{__html:p.description_html}}></div>`}
    <section class="card" aria-labelledby="place-title">
      <h2 id="place-title">${n("sessions.your_place")}</h2>
      <p class="session-place"><strong>${cl(p)||n("sessions.place.none")}</strong></p>
      <p class="booking-actions">
        ${p.place==="none"&&p.status==="listed"&&!g&&a`<button type="button" class="primary" onClick=${w}>${n("sessions.sign_up")}</button>`}
        ${(p.place==="confirmed"||p.place==="waitlisted")&&p.status==="listed"&&!g&&a`<button type="button" onClick=${k}>${n("sessions.withdraw")}</button>`}
        <button type="button" onClick=${_}>${n("schedule.ics")}</button>
        ${y&&!m&&a`<button type="button" class="primary" onClick=${()=>u(!0)}>${n("sessions.join_room")}</button>`}
      </p>
      <p role="status" class="session-status">${c}</p>
    </section>
    ${y&&m&&a`<section class="card" aria-labelledby="room-title"><h2 id="room-title">${n("sessions.room")}</h2><${Dm} s=${p} /></section>`}
    ${p.messages?.length>0&&a`<section class="card" aria-labelledby="notes-title">
      <h2 id="notes-title">${n("sessions.messages")}</h2>
      <ul class="session-notes">
        ${[...p.messages].reverse().map(v=>a`<li key=${v.id}><p class="chat-meta"><strong dir="auto">${v.from.name}</strong> <time class="muted" datetime=${v.at}>${A(v.at,o,al)}</time></p><p dir="auto">${v.text}</p></li>`)}
      </ul>
    </section>`}
    ${f&&a`<${Um} s=${p} meta=${i.data} zone=${o} reload=${r.reload} set=${r.set} />`}
    <p><a href="/sessions">${n("sessions.back")}</a></p>
  <//>`}var pl=e=>"/api/breaks/"+encodeURIComponent(e.id)+"/signup";function Om(e,t){return(t?.languages||[]).filter(o=>e.languages.includes(o))}function hn(e){let t=e.map(Y);try{return new Intl.ListFormat(j.value,{type:"conjunction"}).format(t)}catch{return t.join(", ")}}var Fm={conflict:"breaks.error.conflict",gone:"breaks.error.gone",not_found:"breaks.error.not_found"},fl=e=>Fm[e]||(Ee("error."+e)?"error."+e:"error.internal");function qi({b:e,me:t,onDone:o,onChange:i}){let s=Om(e,t),r=X({languages:s}),l=n("breaks.field.languages");if(e.mine)return a`<${K} form=${r} labels=${{languages:l}} id="signup-errors" />`;if(s.length===0)return a`<div class="notice break-nolang">
      <p>${n("breaks.no_language",{languages:hn(e.languages)})}</p>
      <p><a href="/me">${n("breaks.no_language_link")}</a></p>
    </div>`;let c=s.map(m=>[m,Ie(m),m,Y(m)]);return a`<form class="form break-signup" onSubmit=${async m=>{if(m.preventDefault(),r.busy)return;let u=r.values.languages||[];if(u.length===0){r.fail({languages:{key:"breaks.error.languages_required"}});return}try{let h=await W(pl(e),{languages:u});r.fail({}),o(h)}catch(h){h instanceof U?h.fields?.languages?r.fail({languages:{key:"breaks.error.languages",fallback:h.fields.languages}}):(r.fail({},{key:fl(h.code),fallback:h.message}),(h.code==="conflict"||h.code==="gone"||h.code==="not_found")&&i?.()):r.fail({},{key:"error.internal"})}}} novalidate>
    <${K} form=${r} labels=${{languages:l}} id="signup-errors" />
    <${tt} form=${r} name="languages" label=${l} hint=${n("breaks.field.languages_hint")} options=${c} required />
    <div class="actions"><${oe} form=${r} label=${n("breaks.sign_up_send")} /></div>
  </form>`}function hl(e,t){let[o,i]=$(""),[s,r]=$(!1);async function l(){if(!s){r(!0),i("");try{await J(pl(e)),t()}catch(c){let d=c instanceof U?c.code:"internal";i(n(fl(d))),(d==="gone"||d==="not_found")&&t()}finally{r(!1)}}}return[l,o,s]}var qm={weekday:"short",day:"numeric",month:"short",hour:"numeric",minute:"2-digit"},Gm={hour:"numeric",minute:"2-digit"},gl=e=>"/breaks/"+encodeURIComponent(e.id);function bl(e,t){let o=Date.parse(e.starts_at);return t>=Date.parse(e.ends_at)?"over":t>=o?"running":t>=o-ht?"open":"later"}function jm(e){let[t,o]=$(()=>Date.now()),i=e?bl(e,t):null;return x(()=>{if(!e||i==="over")return;let s=[Date.parse(e.starts_at)-ht,Date.parse(e.starts_at),Date.parse(e.ends_at)].find(l=>l>Date.now()),r=setTimeout(()=>o(Date.now()),Math.min(s-Date.now()+50,2**31-1));return()=>clearTimeout(r)},[e?.id,e?.starts_at,e?.ends_at,i,t]),i}function Ym(e,t){return n("breaks.when",{start:A(e.starts_at,t,qm),end:A(e.ends_at,t,Gm)})}function Wm(e){let t=e.round_seconds||e.round_minutes*60;return t%60===0?n("breaks.rounds",{count:e.rounds,minutes:t/60}):n("breaks.rounds_seconds",{count:e.rounds,seconds:t})}function $l({b:e,zone:t}){return a`<dl class="break-facts">
    <div><dt>${n("breaks.facts.when")}</dt><dd>${Ym(e,t)}</dd></div>
    <div><dt>${n("breaks.facts.languages")}</dt><dd>${hn(e.languages)}</dd></div>
    <div><dt>${n("breaks.facts.tables")}</dt><dd>${n("breaks.table_size",{count:e.table_size})}</dd></div>
    <div><dt>${n("breaks.facts.rounds")}</dt><dd>${Wm(e)}</dd></div>
    <div><dt>${n("breaks.facts.signed_up")}</dt><dd>${n("breaks.signed_up_count",{count:e.signed_up})}</dd></div>
  </dl>`}function yl({p:e}){return e==="running"?a`<span class="tag tag-live">${n("breaks.status.running")}</span>`:e==="open"?a`<span class="tag tag-live">${n("breaks.status.open")}</span>`:e==="over"?a`<span class="tag">${n("breaks.status.over")}</span>`:null}function kl({b:e,onChange:t,over:o}){let[i,s,r]=hl(e,t);return a`<div class="break-mine">
    <p><strong>${n("breaks.mine",{languages:hn(e.mine.languages)})}</strong></p>
    ${!o&&a`<p class="booking-actions">
      <button type="button" onClick=${i} aria-disabled=${r?"true":void 0}>${n("breaks.withdraw")}</button>
    </p>`}
    <p role="status" class="field-error">${s}</p>
  </div>`}function Vm({b:e,zone:t,me:o,open:i,setOpen:s,reload:r,said:l,now:c}){let d=bl(e,c),m=i===e.id,u=z(null),h=l?.id===e.id?l.text:"";return x(()=>{let p=!document.activeElement||document.activeElement===document.body;h&&p&&u.current?.focus()},[l,!!e.mine]),a`<li class="card break-item" data-break-id=${e.id}>
    <div class="break-head">
      <h2><a href=${gl(e)} dir="auto">${e.title}</a></h2>
      <${yl} p=${d} />
    </div>
    <${$l} b=${e} zone=${t} />
    ${e.mine?a`<${kl} b=${e} over=${d==="over"} onChange=${()=>r(n("breaks.withdrawn"))} />
          ${(d==="open"||d==="running")&&a`<p><a class="button primary" href=${gl(e)}>${n("breaks.go")}</a></p>`}`:d!=="over"&&a`<p class="booking-actions">
          <button type="button" class=${m?"":"primary"} aria-expanded=${m?"true":"false"} aria-controls=${"signup-"+e.id}
            onClick=${()=>s(m?null:e.id,!0)}>${n("breaks.sign_up")}</button>
        </p>`}
    <div id=${"signup-"+e.id}>
      ${m&&a`<${qi} b=${e} me=${o} onDone=${()=>r(n("breaks.signed_up"))} onChange=${()=>r("",{keep:!0})} />`}
    </div>
    ${h&&a`<p class="notice notice-ok break-said" tabindex="-1" ref=${u}>${h}</p>`}
  </li>`}function vl(){let e=R.value,t=e?.time_zone||ie(),o=C(()=>S("/api/breaks"),[]),[i,s]=$(()=>Date.now());x(()=>{let b=setInterval(()=>s(Date.now()),15e3);return()=>clearInterval(b)},[]);let[r,l]=$(null),[c,d]=$(null),[m,u]=$(""),h=(b,y)=>{l(b),y&&d(null)},p=o.data?.items||[],f=b=>(y,{keep:w=!1}={})=>{w||l(null),y&&(d({id:b,text:y}),u(y)),o.reload()},g;return o.error&&!o.data?g=a`<${B} error=${o.error} retry=${o.reload} />`:o.data?p.length===0?g=a`<div class="notice"><p>${n("breaks.none")}</p></div>`:g=a`<ul class="breaks">
      ${p.map(b=>a`<${Vm} key=${b.id} b=${b} zone=${t} me=${e} open=${r} setOpen=${h} reload=${f(b.id)} said=${c} now=${i} />`)}
    </ul>`:g=a`<${L} />`,a`<${D} title=${n("breaks.title")} intro=${n("breaks.intro")}>
    <p class="muted">${n("booth.hours_zone",{zone:t.replaceAll("_"," ")})}</p>
    <p class="visually-hidden" role="status">${m}</p>
    ${g}
  <//>`}function Zm({b:e}){let t=C(()=>e.mine?S("/api/me/contacts"):Promise.resolve(null),[e.id,!!e.mine]),o=(t.data?.items||[]).filter(i=>i.where.some(s=>s.kind==="table"&&s.place===e.id)).length;return a`<section class="card break-thanks notice-ok" aria-labelledby="thanks-title">
    <h2 id="thanks-title">${n("breaks.thanks_title")}</h2>
    ${e.mine&&(t.loading||o>0)&&a`<p class="break-met">${o>0&&a`<strong>${n("breaks.met_count",{count:o})}</strong>`}</p>`}
    <p>${e.mine?n("breaks.thanks_text"):n("breaks.over_text")}</p>
    <p><a class="button primary" href="/contacts">${n("breaks.thanks_link")}</a></p>
  </section>`}function _l({id:e}){let t=R.value,o=t?.time_zone||ie(),i="/api/breaks/"+encodeURIComponent(e),s=C(()=>S(i),[e]),r=s.data,l=jm(r),[c,d]=$(""),[m,u]=$(0),h=g=>{s.reload(),g==="forbidden"&&setTimeout(()=>u(b=>b+1),1e4)};if(s.error&&!r)return a`<${D} title=${n("breaks.title")}><${B} error=${s.error} retry=${s.reload} /><//>`;if(!r)return a`<${D} title=${n("breaks.title")}><${L} /><//>`;let p=g=>{d(g||""),s.reload(),requestAnimationFrame(()=>document.getElementById("break-said")?.focus())},f=r.mine&&(l==="open"||l==="running");return a`<${D} title=${r.title}>
    ${l!=="later"&&a`<p class="break-status"><${yl} p=${l} /></p>`}
    ${l==="over"&&a`<${Zm} b=${r} />`}
    ${l==="later"&&a`<section class="card break-before" aria-labelledby="before-title">
      <h2 id="before-title">${n("breaks.before_title")}</h2>
      <${gt} until=${r.starts_at} id="start-countdown" label=${n("breaks.starts_in")} />
      <p>${n("breaks.opens_early")}</p>
    </section>`}
    ${f&&a`<${Va} key=${m} b=${r} me=${t} onRefused=${h} />`}
    <${$l} b=${r} zone=${o} />
    <p class="muted">${n("booth.hours_zone",{zone:o.replaceAll("_"," ")})}</p>
    ${l!=="over"&&a`<section class="card" aria-labelledby="place-title">
      <h2 id="place-title">${n("breaks.your_place")}</h2>
      ${r.mine?a`<${kl} b=${r} onChange=${()=>p(n("breaks.withdrawn"))} />`:a`<p>${n(l==="running"?"breaks.late":"breaks.not_signed_up")}</p>`}
      <${qi} b=${r} me=${t} onDone=${()=>p(n("breaks.signed_up"))} onChange=${()=>s.reload()} />
      <p role="status" class="break-said" id="break-said" tabindex="-1">${c}</p>
    </section>`}
    <p><a href="/breaks">${n("breaks.back")}</a></p>
  <//>`}var Te=F(new Set),gn=new Map,wl=new Set;async function Xm(e){if(gn.has(e))return gn.get(e);try{return(await S("/api/people/"+encodeURIComponent(e))).time_zone||null}catch{return null}}async function Gi(e,t=[]){if(!e?.id||(Te.peek().has(e.id)||(Te.value=new Set([...Te.peek(),e.id])),wl.has(e.id)))return;wl.add(e.id);let o=t.length>0?await Xm(e.id):null,i=0;i=T(a`<${Jm} person=${e} times=${t} zone=${o} onGo=${()=>It(i)} />`,{timeout:3e4})}function Jm({person:e,times:t,zone:o,onGo:i}){let s=e.name||"";return a`<span class="mutual-toast">
    <strong>${n("suggest.mutual.toast",{name:le(s)})}</strong>
    ${t.length>0?a`<span>${n("suggest.mutual.times")}</span>
          ${t.slice(0,3).map(r=>a`<span class="mutual-time" key=${r.starts_at}>${Ve(r.starts_at,{name:s,time_zone:o})}</span>`)}`:a`<span>${n("suggest.mutual.no_times")}</span>`}
    <a href=${"/meetings/new?with="+encodeURIComponent(e.id)} onClick=${i}>${n("suggest.mutual.ask",{name:le(s)})}</a>
  </span>`}function xl(e){if(Te.peek().has(e)){let t=new Set(Te.peek());t.delete(e),Te.value=t}}xe("meeting.mutual",e=>Gi(e?.person,e?.suggested_times||[]));var Km=[];function ji(e){try{return new Intl.ListFormat(j.value,{type:"conjunction"}).format(e)}catch{return e.join(", ")}}function Qm(e,t=!1){let o=()=>ji((e.themes||[]).map(s=>P("theme",s))),i=()=>ji((e.languages||[]).map(Y));switch(e.code){case"themes":return n(t?"suggest.booth.themes":"suggest.reason.themes",{themes:o()});case"tags":return n("suggest.reason.tags",{tags:ji((e.tags||[]).map(le))});case"languages":return n(t?"suggest.booth.languages":"suggest.reason.languages",{languages:i()});case"stakeholders":return n("suggest.reason.stakeholders",{mine:P("stakeholder",e.mine),theirs:P("stakeholder",e.theirs)});case"region":return n(t?"suggest.booth.region":"suggest.reason.region",{region:P("region",e.region)});case"regions":return n("suggest.reason.regions",{mine:P("region",e.mine),theirs:P("region",e.theirs)});case"hours_overlap":return n("suggest.reason.hours_overlap",{hours:e.hours});default:return""}}function Sl({reasons:e,booth:t}){let o=(e||[]).map(i=>Qm(i,t)).filter(Boolean);return o.length===0?null:a`<ul class="reasons" aria-label=${n("suggest.why")}>
    ${o.map((i,s)=>a`<li key=${s}>${i}</li>`)}
  </ul>`}function ep(e,t){return e instanceof U&&e.code==="blocked"?n("suggest.error.blocked",{name:le(t)}):e instanceof U&&e.code==="validation_failed"?n("suggest.error.too_many"):n(e?.code?"error."+e.code:"error.network")}function tp(e,t,o){let[i,s]=$(t),[r,l]=$(!1);return x(()=>s(t),[t]),{wished:i,busy:r,toggle:async()=>{if(r)return;l(!0);let d="/api/me/wishes/"+encodeURIComponent(e.id);try{if(i)await J(d),s(!1),xl(e.id);else{let m=await ve("PUT",d);s(!0),m?.mutual&&Gi({id:e.id,name:e.name},m.suggested_times||[])}o?.()}catch(m){T(ep(m,e.name),{kind:"error"})}finally{l(!1)}}}}function op({person:e,wish:t,describedBy:o}){return a`<button
    type="button"
    class="wish"
    aria-pressed=${t.wished?"true":"false"}
    aria-describedby=${o}
    aria-disabled=${t.busy?"true":void 0}
    onClick=${t.toggle}
  >
    <span class="wish-mark" aria-hidden="true">${t.wished?"✓":"+"}</span>${n("suggest.wish")}
  </button>`}function np({id:e,describedBy:t}){return a`<a class="button primary" href=${"/meetings/new?with="+encodeURIComponent(e)} aria-describedby=${t}>${n("suggest.ask")}</a>`}function ip(){return a`<span class="mutual-badge"><span aria-hidden="true">♥</span> ${n("suggest.mutual.badge")}</span>`}function rp({item:e,onChange:t}){let o=e.person,i=tp(o,e.wished,t),s=i.wished&&Te.value.has(o.id),r="tomeet-"+o.id,l=[o.organisation?.name,P("stakeholder",o.stakeholder_group),P("region",o.region),o.country&&_e(o.country)].filter(Boolean);return a`<li class=${"result tomeet"+(s?" is-mutual":"")}>
    <div class="result-body">
      <div class="result-head">
        <${q} id=${o.id} name=${o.name} photo=${o.photo_url} size="m" />
        <h3 id=${r}><a href=${"/people/"+encodeURIComponent(o.id)}>${o.name}</a></h3>
        ${o.role&&o.role!=="participant"&&a`<span class=${"role role-"+o.role}>${P("role",o.role)}</span>`}
        ${s&&a`<${ip} />`}
      </div>
      ${l.length>0&&a`<p>${l.join(" · ")}</p>`}
      ${o.languages?.length>0&&a`<p>${n("directory.speaks",{languages:o.languages.map(Y).join(", ")})}</p>`}
      ${o.themes?.length>0&&a`<ul class="tags" aria-label=${n("directory.themes")}>
        ${o.themes.map(c=>a`<li key=${c}>${P("theme",c)}</li>`)}
      </ul>`}
      <${Sl} reasons=${e.reasons} />
      <div class="actions">
        <${op} person=${o} wish=${i} describedBy=${r} />
        <${np} id=${o.id} describedBy=${r} />
      </div>
    </div>
  </li>`}function sp({item:e}){let t=e.booth;return a`<li class="result tomeet-booth">
    <div class="result-body">
      <h3><a href=${"/booths/"+encodeURIComponent(t.id)}>${t.title}</a></h3>
      <p class="muted">${[P("kind",t.kind),P("region",t.region)].filter(Boolean).join(" · ")}</p>
      <${Sl} reasons=${e.reasons} booth />
    </div>
  </li>`}function ap({wishes:e}){let t=Te.value,o=e.filter(i=>i.mutual||t.has(i.person.id));return o.length===0?null:a`<section class="card mutual-list" aria-labelledby="mutual-title">
    <h2 id="mutual-title">${n("suggest.mutual.title")}</h2>
    <p class="muted">${n("suggest.mutual.intro")}</p>
    <ul class="people-list">
      ${o.map(i=>a`<li key=${i.person.id}>
          <${q} id=${i.person.id} name=${i.person.name} photo=${i.person.photo_url} />
          <a id=${"mutual-"+i.person.id} href=${"/people/"+encodeURIComponent(i.person.id)}>${i.person.name}</a>
          <a class="button small" href=${"/meetings/new?with="+encodeURIComponent(i.person.id)} aria-describedby=${"mutual-"+i.person.id}>${n("suggest.ask")}</a>
        </li>`)}
    </ul>
  </section>`}function lp({secretariat:e}){return e?a`<div class="notice"><p>${n("suggest.secretariat")}</p><p><a href="/people">${n("suggest.to_directory")}</a></p></div>`:a`<div class="notice tomeet-empty">
    <h2>${n("suggest.none")}</h2>
    <p>${n("suggest.none_why")}</p>
    <ul>
      <li><a href="/me">${n("suggest.none_profile")}</a></li>
      <li><a href="/people">${n("suggest.to_directory")}</a></li>
      <li><a href="/village">${n("suggest.none_village")}</a></li>
    </ul>
  </div>`}function Tl(){let e=R.value,t=C(()=>S("/api/me/suggestions"),[]),o=C(()=>S("/api/me/wishes"),[]),i=t.data,s=o.data?.items||Km;x(()=>{for(let c of s)c.mutual&&!Te.peek().has(c.person.id)&&(Te.value=new Set([...Te.peek(),c.person.id]))},[s]),x(()=>{for(let c of i?.people||[])c.person.time_zone&&gn.set(c.person.id,c.person.time_zone)},[i]);let r=Te.value;x(()=>{[...r].some(c=>!s.some(d=>d.person.id===c))&&o.reload()},[r]);let l;if(t.error)l=a`<${B} error=${t.error} retry=${t.reload} />`;else if(!i||!o.data&&!o.error)l=a`<${L} />`;else{let c=e?.role==="secretariat",d=i.people.length===0&&i.booths.length===0;l=a`
      <${ap} wishes=${s} />
      ${d&&a`<${lp} secretariat=${c} />`}
      ${i.people.length>0&&a`<section aria-labelledby="tomeet-people">
        <h2 id="tomeet-people">${n("suggest.people")}</h2>
        <ul class="results tomeet-people">
          ${i.people.map(m=>a`<${rp} key=${m.person.id} item=${m} onChange=${o.reload} />`)}
        </ul>
      </section>`}
      ${i.booths.length>0&&a`<section aria-labelledby="tomeet-booths">
        <h2 id="tomeet-booths">${n("suggest.booths")}</h2>
        <ul class="results tomeet-booths">
          ${i.booths.map(m=>a`<${sp} key=${m.booth.id} item=${m} />`)}
        </ul>
      </section>`}
    `}return a`<${D} title=${n("suggest.title")} intro=${n("suggest.intro")} wide>${l}<//>`}var El=["inbox","outbox","upcoming","past"],Cl=20;function cp({box:e}){let t=Oe.value;return a`<nav class="meeting-tabs" aria-label=${n("meetings.boxes")}>
    <ul class="tabs">
      ${El.map(o=>a`<li key=${o}>
          <a href=${"/meetings"+(o==="inbox"?"":"?box="+o)} class=${"tab"+(o===e?" on":"")} aria-current=${o===e?"page":void 0}>
            ${n("meetings.box."+o)}${o==="inbox"&&t>0?a` <span class="count-badge" aria-hidden="true">${t}</span><span class="visually-hidden">${n("meetings.nav_count",{count:t})}</span>`:""}
          </a>
        </li>`)}
    </ul>
  </nav>`}function Il(){let e=new URLSearchParams(te.value),t=El.includes(e.get("box"))?e.get("box"):"inbox",[o,i]=$(Cl),s=C(()=>S(`/api/meetings?box=${t}&limit=${o}`),[t,o,pt.value]),[r,l]=$(""),c=z(null);x(()=>l(""),[t]);let d=Date.now(),m=s.data?.items||[],u=(p,f)=>(l(f),requestAnimationFrame(()=>c.current?.focus()),!0),h;return s.error&&!s.data?h=a`<${B} error=${s.error} retry=${s.reload} />`:s.data?m.length===0?h=a`<div class="notice meeting-empty">
      <p>${n("meetings.empty."+t)}</p>
      <p><a href="/contacts">${n("meetings.empty.contacts")}</a> · <a href="/people">${n("meetings.empty.people")}</a></p>
    </div>`:h=a`<ul class="meeting-list" aria-busy=${s.loading?"true":void 0}>
        ${m.map(p=>a`<li key=${p.id}><${Ri} m=${p} now=${d} onChange=${u} /></li>`)}
      </ul>
      ${s.data.total>m.length&&a`<p><button type="button" onClick=${()=>i(o+Cl)}>${n("meetings.more_items")}</button></p>`}`:h=a`<${L} />`,a`<${D} title=${n("meetings.title")} intro=${n("meetings.intro")}>
    <${cp} box=${t} />
    <p class="muted">${n("meetings.your_zone",{zone:mt(De())})}</p>
    <p role="status" class="meeting-page-said" tabindex="-1" ref=${c}>${r}</p>
    ${h}
  <//>`}function dp({m:e}){let t=Date.parse(e.starts_at)-po,o=Date.parse(e.ends_at),[,i]=$(0),[s,r]=$(0),l=d=>{d==="forbidden"&&setTimeout(()=>r(m=>m+1),1e4)},c=Date.now();return x(()=>{let d=c<t?t:c<o?o:null;if(d===null)return;let m=setTimeout(()=>i(u=>u+1),Math.min(d-c+50,2e9));return()=>clearTimeout(m)}),c>=o?a`<p class="notice">${n("meetings.room.over")}</p>`:c<t?a`<section class="card meeting-room" aria-labelledby="meeting-room-title">
      <h2 id="meeting-room-title">${n("meetings.room.title")}</h2>
      <${gt} until=${new Date(t).toISOString()} id="room-countdown" label=${n("meetings.room.opens_in")} />
      <p class="hint">${n("meetings.room.opens_hint")}</p>
    </section>`:a`<section class="meeting-room" aria-labelledby="meeting-room-title">
    <h2 id="meeting-room-title">${n("meetings.room.title")}</h2>
    <${cn} key=${e.room+"/"+s} name=${e.room} onRefused=${l} known=${{id:e.with.id,name:e.with.name}} title=${n("meetings.room.chat",{name:le(e.with.name)})} />
  </section>`}function Al({id:e}){let t=C(()=>S("/api/meetings/"+encodeURIComponent(e)),[e,pt.value]),o=t.data,i,s=n("meetings.one_title");return t.error&&!o?i=t.error instanceof U&&t.error.status===404?a`<div class="notice notice-error" role="alert"><p>${n("meetings.not_found")}</p><p><a href="/meetings">${n("meetings.back")}</a></p></div>`:a`<${B} error=${t.error} retry=${t.reload} />`:o?(s=n("meetings.with",{name:le(o.with.name||n("meetings.someone"))}),i=a`<p class="muted">${n("meetings.your_zone",{zone:mt(De())})}</p>
      <${Ri} m=${o} page=${!0} onChange=${r=>t.set(r)} />
      ${o.status==="confirmed"&&o.room&&a`<${dp} m=${o} />`}
      <p><a href="/meetings">${n("meetings.back")}</a></p>`):i=a`<${L} />`,a`<${D} title=${s}>${i}<//>`}var up=[15,30,45,60];function zl(){let e=new URLSearchParams(te.value).get("with")||"",t=R.value,o=C(()=>e?S("/api/people/"+encodeURIComponent(e)):Promise.reject(new U(404,"not_found","")),[e]),[i,s]=$(30),[r,l]=$([]),[c,d]=$(""),[m,u]=$(""),[h,p]=$(null),[f,g]=$(!1),b=z(null),y=o.data,w=y&&{id:y.id,name:y.display_name,time_zone:y.time_zone},k=async v=>{if(v.preventDefault(),r.length===0){u(n("meetings.times.required")),requestAnimationFrame(()=>b.current?.focus());return}g(!0);try{let E={with:y.id,minutes:i,times:r,note:c.trim()};h&&(E.outside_hours=!0);let M=await W("/api/meetings",E);ye(Ue(M.id))}catch(E){E.code==="outside_hours"&&h===null&&p(!1),u(it(E,y.display_name)),requestAnimationFrame(()=>b.current?.focus())}finally{g(!1)}},_;return o.error?_=a`<div class="notice notice-error" role="alert"><p>${n("meetings.new.nobody")}</p><p><a href="/people">${n("meetings.empty.people")}</a></p></div>`:y?y.id===t?.id?_=a`<p class="notice">${n("meetings.new.self")}</p>`:_=a`<div class="card meeting-person">
        <${q} id=${y.id} name=${y.display_name} photo=${y.photo_url} size="m" />
        <p><a href=${"/people/"+encodeURIComponent(y.id)} dir="auto"><strong>${y.display_name}</strong></a><br />
          <span class="muted">${n("meetings.new.their_zone",{zone:mt(y.time_zone)})}</span></p>
      </div>
      <form class="meeting-form meeting-new" onSubmit=${k}>
        <div class="field">
          <label for="meeting-minutes">${n("meetings.length.label")}</label>
          <select id="meeting-minutes" value=${String(i)} onChange=${v=>s(Number(v.currentTarget.value))}>
            ${up.map(v=>a`<option value=${String(v)} key=${v}>${n("meetings.length",{minutes:v})}</option>`)}
          </select>
        </div>
        <${Pi} other=${w} minutes=${i} chosen=${r} setChosen=${l} idPrefix="new" />
        <div class="field">
          <label for="meeting-note">${n("meetings.note.label")}</label>
          <p class="hint" id="meeting-note-hint">${n("meetings.note.hint")}</p>
          <textarea id="meeting-note" rows="3" maxLength="500" dir="auto" aria-describedby="meeting-note-hint" value=${c} onInput=${v=>d(v.currentTarget.value)}></textarea>
        </div>
        ${h!==null&&a`<div class="field check meeting-anyway">
          <input type="checkbox" id="meeting-anyway" checked=${!!h} onChange=${v=>p(v.currentTarget.checked)} />
          <label for="meeting-anyway">${n("meetings.anyway.send")}</label>
        </div>`}
        <p class="field-error meeting-problem" role="alert" tabindex="-1" ref=${b}>${m}</p>
        <button type="submit" class="primary" aria-disabled=${f?"true":void 0}>${n("meetings.new.submit")}</button>
      </form>`:_=a`<${L} />`,a`<${D} title=${y&&y.id!==t?.id?n("meetings.new.title_with",{name:le(y.display_name)}):n("meetings.new.title")}>${_}<//>`}var mp=[{path:"/",page:As,who:"in"},{path:"/signin",page:Es,who:"out"},{path:"/register",page:Ns,who:"out"},{path:"/invite/:id",page:Ms,who:"any"},{path:"/me",page:Gs,who:"in"},{path:"/people",page:Vs,who:"in"},{path:"/people/:id",page:Js,who:"in"},{path:"/people-to-meet",page:Tl,who:"in"},{path:"/village",page:na,who:"in"},{path:"/booths/:id",page:ba,who:"in"},{path:"/organisations",page:$a,who:"in",role:"secretariat"},{path:"/invitations",page:ya,who:"in",role:"secretariat"},{path:"/talk/:id",page:ka,who:"in"},{path:"/meet/:id",page:va,who:"in"},{path:"/schedule",page:Ca,who:"in"},{path:"/console",page:Ga,who:"in",role:["staff","secretariat"]},{path:"/console/breaks",page:Ka,who:"in",role:"secretariat"},{path:"/contacts",page:nl,who:"in"},{path:"/sessions",page:dl,who:"in"},{path:"/sessions/new",page:ul,who:"in"},{path:"/sessions/:id",page:ml,who:"in"},{path:"/breaks",page:vl,who:"in"},{path:"/breaks/:id",page:_l,who:"in"},{path:"/meetings",page:Il,who:"in"},{path:"/meetings/new",page:zl,who:"in"},{path:"/meetings/:id",page:Al,who:"in"}];function pp(e){for(let t of mp){let o=ys(t.path,e);if(o)return{route:t,params:o}}return{route:{page:gi,who:"any"},params:{}}}function pi(){let e=new URLSearchParams(te.value).get("next");return e&&e.startsWith("/")&&!e.startsWith("//")?e:"/"}function Pl(){let e=Pe.value,t=he.value,o=R.value,{route:i,params:s}=pp(e),r=z(!0),l=z(!1);t==="in"&&(l.current=!0);let c=null;t==="out"&&i.who==="in"?c="/signin"+(e==="/"||l.current?"":"?next="+encodeURIComponent(e+te.value)):t==="in"&&i.who==="out"&&(c=pi()),x(()=>{c&&ye(c,{replace:!0})},[c]),x(()=>{if(r.current){r.current=!1;return}requestAnimationFrame(()=>{scrollTo(0,0),document.querySelector("main h1")?.focus({preventScroll:!0})})},[e]);let d;return t==="loading"||c?d=a`<${L} />`:i.role&&o&&![i.role].flat().includes(o.role)?d=a`<${gi} />`:d=a`<${i.page} ...${s} />`,a`<${Ts} />
    <main id="main" tabindex="-1">${d}</main>
    <footer class="site-footer"><div class="frame"><p>${n("footer.text")}</p></div></footer>
    <${Cs} />`}async function fp(){await Promise.allSettled([wt(Uo()),es()]);let e=R.peek();if(e&&!Ho()){Do(e.languages||[]);let o=Uo(e.languages||[]);o!==j.peek()&&await wt(o).catch(()=>{})}me(()=>{let o=R.value;o&&!Ho()?(Do(o.languages||[]),wt(Uo(o.languages||[]))):!o&&xt.peek()==="user"&&Do([])}),me(()=>{let o=xt.value;o==="expired"||o==="gone"?Ne(()=>T(n("error.unauthenticated"),{kind:"error",timeout:0})):o==="unreachable"&&Ne(()=>T(n("error.session_unreachable"),{kind:"error",timeout:0}))}),$s(o=>{let i=o?.from?.name||"",s="toast.direct."+o.kind,r=n(s,{name:i});T(r===s?n("toast.direct",{name:i}):r)});let t=document.getElementById("app");t.textContent="",Tn(a`<${Pl} />`,t)}fp();
