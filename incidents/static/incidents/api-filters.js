// The API refuses an empty parameter (?date_from=) with a 400, and an HTML form sends every
// field: the filter form of the browsable API leaves the empty ones out of the URL.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!form.closest("#filtersModal") || form.method.toLowerCase() !== "get") {
    return;
  }
  event.preventDefault();
  const query = new URLSearchParams(new FormData(form));
  for (const [name, value] of [...query]) {
    if (value === "") {
      query.delete(name);
    }
  }
  window.location.search = query.toString();
});
