/* A small WYSIWYG editor for formatted-text fields in the admin. Progressive enhancement: without
   JavaScript the plain <textarea> still works, and the server sanitises whatever is saved.
   No external files; labels come from the server (translated) in data-richtext-labels. */
(function () {
  "use strict";

  var COMMANDS = [
    ["h2", "formatBlock", "h2"],
    ["h3", "formatBlock", "h3"],
    ["paragraph", "formatBlock", "p"],
    ["bold", "bold"],
    ["italic", "italic"],
    ["bulleted", "insertUnorderedList"],
    ["numbered", "insertOrderedList"],
    ["quote", "formatBlock", "blockquote"],
    ["link", "createLink"],
    ["unlink", "unlink"],
    ["table", "insertTable"],
    ["clear", "removeFormat"]
  ];

  function sync(area, textarea) {
    textarea.value = area.innerHTML;
  }

  function run(command, value, area, textarea, labels) {
    area.focus();
    if (command === "createLink") {
      var url = window.prompt(labels.link_prompt, "https://");
      if (!url || !/^(https?:|mailto:)/i.test(url)) { return; }
      document.execCommand("createLink", false, url);
    } else if (command === "insertTable") {
      document.execCommand(
        "insertHTML", false,
        "<table><thead><tr><th scope=\"col\">&nbsp;</th><th scope=\"col\">&nbsp;</th></tr></thead>" +
        "<tbody><tr><td>&nbsp;</td><td>&nbsp;</td></tr></tbody></table><p></p>"
      );
    } else {
      document.execCommand(command, false, value || null);
    }
    sync(area, textarea);
  }

  function enhance(textarea) {
    var labels = JSON.parse(textarea.getAttribute("data-richtext-labels") || "{}");
    var wrapper = document.createElement("div");
    wrapper.className = "richtext";
    var toolbar = document.createElement("div");
    toolbar.className = "richtext__toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", labels.toolbar || "Formatting");
    var area = document.createElement("div");
    area.className = "richtext__area";
    area.contentEditable = "true";
    area.setAttribute("role", "textbox");
    area.setAttribute("aria-multiline", "true");
    var label = textarea.id && document.querySelector("label[for='" + textarea.id + "']");
    if (label) {
      if (!label.id) { label.id = textarea.id + "-label"; }
      area.setAttribute("aria-labelledby", label.id);
    }
    area.innerHTML = textarea.value;

    COMMANDS.forEach(function (spec) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "richtext__button";
      button.textContent = labels[spec[0]] || spec[0];
      button.setAttribute("data-command", spec[0]);
      button.addEventListener("mousedown", function (event) { event.preventDefault(); });
      button.addEventListener("click", function () {
        run(spec[1], spec[2], area, textarea, labels);
      });
      toolbar.appendChild(button);
    });

    area.addEventListener("input", function () { sync(area, textarea); });
    area.addEventListener("blur", function () { sync(area, textarea); });
    if (textarea.form) {
      textarea.form.addEventListener("submit", function () { sync(area, textarea); });
    }
    textarea.hidden = true;
    textarea.parentNode.insertBefore(wrapper, textarea);
    wrapper.appendChild(toolbar);
    wrapper.appendChild(area);
    wrapper.appendChild(textarea);
  }

  function init() {
    Array.prototype.forEach.call(
      document.querySelectorAll("textarea[data-richtext]"), enhance
    );
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
