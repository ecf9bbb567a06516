/* Material's storage helpers, moved out of an inline <script> (see overrides/partials/javascripts/base.html). */
__md_scope=new URL(document.currentScript.dataset.mdScope,location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}};
/* Ours: script runs, so what needs it is laid out from the first paint. Material's bundle says so
   at the end of the page, and the buttons that need script ("Sao chép", "In", the header's search)
   appeared then, moving the links under a thumb on a slow phone. Without script, "no-js" stays. */
document.documentElement.classList.remove("no-js");document.documentElement.classList.add("js");
