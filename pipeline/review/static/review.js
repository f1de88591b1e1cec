// The one piece of script: selecting words in the document text fills the "add a missed fact"
// forms with them and with where they stand (plain runs of text carry their offset in data-o).
// Without it the forms still work: type the words, the server finds them in the text.
(function () {
  "use strict";
  var pane = document.getElementById("doc-text");
  if (!pane) return;

  function offsetOf(node, offset) {
    var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    var run = element && element.closest("[data-o]");
    if (!run || node.nodeType !== Node.TEXT_NODE) return null;
    return parseInt(run.getAttribute("data-o"), 10) + offset;
  }

  function selectedText(start, end) {
    var out = "";
    pane.querySelectorAll("[data-o]").forEach(function (run) {
      var at = parseInt(run.getAttribute("data-o"), 10);
      var text = run.textContent;
      var a = Math.max(start, at), b = Math.min(end, at + text.length);
      if (b > a) out += text.slice(a - at, b - at);
    });
    return out;
  }

  function takeSelection() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return;
    var range = selection.getRangeAt(0);
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    var words = selectedText(start, end);
    var trimmed = words.replace(/^\s+/, "");
    start += words.length - trimmed.length;
    words = trimmed.replace(/\s+$/, "");
    if (!words) return;
    document.querySelectorAll("form.add-fact").forEach(function (form) {
      form.elements["mention"].value = words;
      form.elements["near"].value = String(start);
    });
    var note = document.querySelector("#add-fact .selection");
    if (note) note.textContent = "Selected: “" + words + "”";
  }

  pane.addEventListener("mouseup", takeSelection);
  pane.addEventListener("keyup", takeSelection);  // a selection made with Shift and the arrow keys
})();
