// Polls the bulk-issue status once a second and moves the progress bar; shows the download when done.
(function () {
  const box = document.querySelector(".bulk-progress");
  if (!box || box.dataset.finished === "true") return;
  const bar = box.querySelector("progress");
  const tick = async () => {
    const response = await fetch(box.dataset.statusUrl, { headers: { Accept: "application/json" } });
    if (!response.ok) return;
    const state = await response.json();
    bar.value = state.done;
    box.querySelector('[data-field="done"]').textContent = state.done;
    box.querySelector('[data-field="label"]').textContent = state.label;
    if (state.status === "done") {
      document.querySelector(".bulk-download").hidden = false;
    } else if (state.status !== "failed") {
      setTimeout(tick, 1000);
    } else {
      window.location.reload();
    }
  };
  setTimeout(tick, 1000);
})();
