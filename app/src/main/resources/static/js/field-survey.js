// A field questionnaire's branches: a question that depends on an earlier score is shown only while that score lies
// in its range; hidden, its answer is cleared, so that what is sent is what the branches ask (the server checks it).
(function () {
  const form = document.getElementById('field-answers');
  if (!form) {
    return;
  }
  const branched = Array.from(form.querySelectorAll('.field-question[data-shown-if]'));
  function scoreOf(position) {
    const checked = form.querySelector('input[name="q' + position + '"]:checked');
    return checked ? Number(checked.value) : null;
  }
  function follow() {
    // in order: a question hidden clears its score, which may hide the questions that depend on it
    branched.forEach(question => {
      const score = scoreOf(question.dataset.shownIf);
      const shown = score !== null && score >= Number(question.dataset.lowest) && score <= Number(question.dataset.highest);
      question.hidden = !shown;
      if (!shown) {
        question.querySelectorAll('input:checked').forEach(input => { input.checked = false; });
        question.querySelectorAll('textarea').forEach(area => { area.value = ''; });
      }
    });
  }
  form.addEventListener('change', follow);
  follow();
}());
