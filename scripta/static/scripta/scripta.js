// Scripta's only script: small progressive enhancements. htmx does the rest.
document.addEventListener("change", function (event) {
  var target = event.target;
  if (target && target.closest && target.closest(".lang-switch") && target.name === "language") {
    target.form.submit();
  }
});

// The composer: insert a signature or a template into the textarea, only when asked.
document.addEventListener("click", function (event) {
  var button = event.target && event.target.closest ? event.target.closest("[data-insert]") : null;
  if (!button) { return; }
  var area = document.getElementById(button.getAttribute("data-insert-into"));
  if (!area) { return; }
  var text = button.getAttribute("data-insert");
  var current = area.value.replace(/\s+$/, "");
  if (button.getAttribute("data-insert-mode") === "sign") {
    area.value = current ? current + "\n" + text : text;
  } else {
    area.value = current ? current + "\n\n" + text : text;
  }
  area.focus();
  area.dispatchEvent(new Event("input", { bubbles: true }));
});
