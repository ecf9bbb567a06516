/* Material's content script (open the tab a URL fragment points at), moved out of an inline <script>. */
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"));
