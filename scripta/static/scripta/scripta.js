// Scripta's only script: small progressive enhancements. htmx does the rest.
document.addEventListener("change", function (event) {
  var target = event.target;
  if (target && target.closest && target.closest(".lang-switch") && target.name === "language") {
    target.form.submit();
  }
});
