// AgentGym dashboard charts: small SVG line and bar charts built with DOM calls (no innerHTML, no library).
"use strict";
(function () {
  const NS = "http://www.w3.org/2000/svg";

  function svg(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function frame(title, legend, name) {
    const box = document.createElement("figure");
    box.className = "chart";
    box.dataset.chart = name;
    const heading = document.createElement("h3");
    heading.textContent = title;
    box.append(heading);
    const note = document.createElement("figcaption");
    note.className = "legend";
    note.textContent = legend;
    return { box, note };
  }

  function format(value) {
    return Math.abs(value) >= 100 ? Math.round(value).toString() : (Math.round(value * 100) / 100).toString();
  }

  // A line over points [{x: label, y: number}], oldest first.
  function line(title, legend, name, points, width = 360, height = 140) {
    const { box, note } = frame(title, legend, name);
    const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title });
    const pad = { left: 40, right: 8, top: 8, bottom: 20 };
    const ys = points.map(p => p.y);
    const max = Math.max(1e-9, ...ys), min = Math.min(0, ...ys);
    const x = i => pad.left + (points.length < 2 ? (width - pad.left - pad.right) / 2 : i * (width - pad.left - pad.right) / (points.length - 1));
    const y = v => height - pad.bottom - (v - min) / (max - min || 1) * (height - pad.top - pad.bottom);
    chart.append(svg("line", { class: "axis", x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom }));
    chart.append(svg("text", { class: "label", x: 2, y: pad.top + 8 }, format(max)));
    chart.append(svg("text", { class: "label", x: 2, y: height - pad.bottom }, format(min)));
    if (points.length > 1) chart.append(svg("polyline", { class: "line", points: points.map((p, i) => `${x(i)},${y(p.y)}`).join(" ") }));
    points.forEach((p, i) => {
      const dot = svg("circle", { class: "dot", cx: x(i), cy: y(p.y), r: 3, "data-value": p.y });
      dot.append(svg("title", {}, `${p.x}: ${format(p.y)}`));
      chart.append(dot);
    });
    box.append(chart, note);
    return box;
  }

  // Horizontal bars [{label, value, baseline}].
  function bars(title, legend, name, items, width = 360) {
    const { box, note } = frame(title, legend, name);
    const row = 22, height = Math.max(1, items.length) * row + 4, labelWidth = 120;
    const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title });
    const max = Math.max(1e-9, ...items.map(i => i.value));
    items.forEach((item, i) => {
      const w = Math.max(1, item.value / max * (width - labelWidth - 60));
      chart.append(svg("text", { class: "label", x: 0, y: i * row + 15 }, item.label.slice(0, 22)));
      chart.append(svg("rect", { class: item.baseline ? "bar baseline" : "bar", x: labelWidth, y: i * row + 4, width: w, height: row - 8, "data-value": item.value }));
      chart.append(svg("text", { class: "label", x: labelWidth + w + 4, y: i * row + 15 }, format(item.value)));
    });
    box.append(chart, note);
    return box;
  }

  window.AgentGymCharts = { line, bars };
})();
