// The filter form of the browsable API. The API refuses an empty parameter (?date_from=)
// with a 400 and an HTML form sends every field, so the empty ones are left out of the URL.
// The GTD code lists have no empty choice and would always filter on their first code: each
// gets one, chosen unless the URL names that parameter.
const filterForm = () => document.querySelector("#filtersModal form[method=get]");

const params = new URLSearchParams(window.location.search);
for (const select of document.querySelectorAll("#filtersModal select:not([multiple])")) {
  if (![...select.options].some((option) => option.value === "")) {
    const unset = !params.has(select.name);
    select.prepend(new Option("---------", "", unset, unset));
  }
}

document.addEventListener("submit", (event) => {
  if (event.target !== filterForm()) {
    return;
  }
  event.preventDefault();
  const query = new URLSearchParams(new FormData(event.target));
  for (const [name, value] of [...query]) {
    if (value === "") {
      query.delete(name);
    }
  }
  window.location.search = query.toString();
});
