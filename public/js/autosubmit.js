// Sends the SAML form of this page as soon as it loads (the HTTP-POST binding). Kept in a file so the
// Content-Security-Policy needs no inline script; without JavaScript the visible button does the same.
(function () {
  var form = document.getElementById("saml-autopost");
  if (form) form.submit();
})();
