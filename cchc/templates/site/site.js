/* Bộ lọc bảng "Tất cả mốc nhiệm vụ" (cchc site): chỉ ẩn/hiện các dòng theo thuộc tính data-*,
   không tải gì thêm, nên chạy được khi mở tệp trực tiếp (file://) và trên GitHub Pages. */
(function () {
  "use strict";

  var form = document.getElementById("bo-loc");
  var table = document.getElementById("bang-nhiem-vu");
  if (!form || !table) {
    return;
  }
  var counter = document.getElementById("so-dong");
  var empty = document.getElementById("khong-co");
  var total = table.tBodies[0].rows.length;

  function list(row, name) {
    try {
      return JSON.parse(row.getAttribute("data-" + name) || "[]");
    } catch (error) {
      return [];
    }
  }

  var items = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
    return {
      row: row,
      agency: list(row, "agency"),
      lead: list(row, "lead"),
      support: list(row, "support"),
      area: row.getAttribute("data-area") || "",
      state: row.getAttribute("data-state") || ""
    };
  });

  function chosen() {
    return {
      agency: form.elements.agency.value,
      role: form.elements.role.value,
      area: form.elements.area.value,
      state: form.elements.state.value
    };
  }

  function matches(item, want) {
    if (want.area && item.area !== want.area) {
      return false;
    }
    if (want.state && item.state !== want.state) {
      return false;
    }
    if (!want.agency) {
      return true; /* the role only narrows a chosen agency */
    }
    var names = want.role === "lead" ? item.lead : want.role === "support" ? item.support : item.agency;
    return names.indexOf(want.agency) !== -1;
  }

  function apply() {
    var want = chosen();
    var shown = 0;
    items.forEach(function (item) {
      var visible = matches(item, want);
      item.row.hidden = !visible;
      if (visible) {
        shown += 1;
      }
    });
    var filtered = want.agency || want.area || want.state;
    counter.textContent = filtered
      ? "Đang hiển thị " + shown + "/" + total + " mốc nhiệm vụ."
      : total + " mốc nhiệm vụ.";
    empty.hidden = shown > 0;
  }

  function choose(select, value) {
    var known = Array.prototype.some.call(select.options, function (option) {
      return option.value === value;
    });
    select.value = known ? value : "";
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-filter-state], [data-filter-agency]");
    if (!link) {
      return;
    }
    form.reset();
    if (link.hasAttribute("data-filter-state")) {
      choose(form.elements.state, link.getAttribute("data-filter-state"));
    }
    if (link.hasAttribute("data-filter-agency")) {
      choose(form.elements.agency, link.getAttribute("data-filter-agency"));
    }
    apply();
  });
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () {
    window.setTimeout(apply, 0);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  apply();
})();
