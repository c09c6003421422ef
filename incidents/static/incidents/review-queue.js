// The review queue's keys: a accept, r reject, e edit, s skip (the buttons carry the ids).
"use strict";
document.addEventListener("keydown", function (event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
    return;
  }
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) {
    return;
  }
  var control = {
    a: "review-accept",
    r: "review-reject",
    e: "review-edit",
    s: "review-skip",
  }[event.key];
  var element = control && document.getElementById(control);
  if (element) {
    event.preventDefault();
    element.click();
  }
});
