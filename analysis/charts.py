"""Matplotlib figures for the notebooks and the report. Each function returns a Figure.

Colours come from the Okabe-Ito palette (distinguishable with the common colour-vision
deficiencies); labels are Ukrainian-capable (DejaVu Sans ships Cyrillic). :func:`save_figure`
writes PNG and SVG to ``reports/figures/``.
"""

from __future__ import annotations

import html
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .config import FIGURES_DIR
from .corpus import UNKNOWN_OUTLET

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
VOICE_COLOURS = {"editorial": "#0072B2", "quote": "#E69F00", "question": "#009E73", "scare_quote": "#CC79A7"}
plt.rcParams.update({"font.family": "DejaVu Sans", "svg.hashsalt": "framing-analysis",
                     "axes.prop_cycle": matplotlib.cycler(color=OKABE_ITO), "figure.dpi": 100})


def _detached(fig: plt.Figure) -> plt.Figure:
    """Close the figure in pyplot's state machine: it is shown once, where the caller displays it
    (the notebook's last expression), never a second time by the inline backend."""
    plt.close(fig)
    return fig


def _nothing_to_draw(title: str, reason: str) -> plt.Figure:
    """A small figure that says why a chart is empty (a corpus without dates, too few quotes),
    rather than an error in the middle of the notebook series."""
    fig, ax = plt.subplots(figsize=(7, 1.6))
    ax.axis("off")
    ax.set_title(title)
    ax.text(0.5, 0.4, reason, ha="center", va="center", fontsize=10, color="#555555")
    return _detached(fig)


def save_figure(fig: plt.Figure, name: str, *, directory: str | Path = FIGURES_DIR) -> list[Path]:
    """Save ``fig`` as ``name.png`` and ``name.svg`` (deterministic metadata); return the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for suffix, metadata in ((".png", {"Software": None}), (".svg", {"Date": None, "Creator": None})):
        path = directory / f"{name}{suffix}"
        fig.savefig(path, bbox_inches="tight", metadata=metadata)
        paths.append(path)
    return paths


def documents_by_month(documents: pd.DataFrame) -> plt.Figure:
    """Stacked bars: documents per quarter and outlet."""
    frame = documents.dropna(subset=["published"]).assign(
        quarter=lambda d: d["published"].dt.to_period("Q").astype(str),
        outlet=lambda d: d["outlet"].astype("object").fillna(UNKNOWN_OUTLET))
    if frame.empty:
        return _nothing_to_draw("Статті за кварталами та виданнями", "жодна стаття не має дати публікації")
    table = frame.pivot_table(index="quarter", columns="outlet", values="doc_id", aggfunc="count", fill_value=0)
    fig, ax = plt.subplots(figsize=(9, 3.6))
    table.plot.bar(stacked=True, ax=ax, width=0.85)
    ax.set_xlabel("квартал")
    ax.set_ylabel("статей")
    ax.set_title("Статті за кварталами та виданнями")
    ax.legend(fontsize=8, frameon=False)
    fig.tight_layout()
    return _detached(fig)


def length_histogram(documents: pd.DataFrame, *, column: str = "words") -> plt.Figure:
    """Histogram of article length (words) per language."""
    fig, ax = plt.subplots(figsize=(7, 3.4))
    for language, group in documents.groupby("language"):
        ax.hist(group[column], bins=15, alpha=0.7, label=str(language))
    ax.set_xlabel("слів у статті")
    ax.set_ylabel("статей")
    ax.set_title("Довжина статей")
    ax.legend(title="мова", frameon=False)
    fig.tight_layout()
    return _detached(fig)


def quoted_share(summary: pd.DataFrame) -> plt.Figure:
    """Horizontal bars: share of each outlet's words that are quoted speech."""
    data = summary.dropna(subset=["quoted_share"]).sort_values("quoted_share")
    if data.empty:
        return _nothing_to_draw("Скільки тексту видання віддає чужим голосам", "немає тексту для підрахунку")
    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.barh(data["outlet"], data["quoted_share"], color=VOICE_COLOURS["quote"])
    ax.set_xlim(0, 1)
    ax.set_xlabel("частка слів у цитатах")
    ax.set_title("Скільки тексту видання віддає чужим голосам")
    fig.tight_layout()
    return _detached(fig)


def framing_heatmaps(rates: pd.DataFrame) -> plt.Figure:
    """Two heatmaps side by side: framing hits per 1,000 words by outlet x category, for the
    editorial voice and for quoted speech. ``rates``: outlet, kind, category, per_1k."""
    kinds = ["editorial", "quote"]
    if rates.empty:
        return _nothing_to_draw("Фреймінгова лексика: власний голос видання проти цитат", "немає тексту для підрахунку")
    categories = sorted(rates["category"].unique())
    outlets = sorted(rates["outlet"].unique())
    vmax = max(rates["per_1k"].max(), 1e-9)
    fig, axes = plt.subplots(1, 2, figsize=(12, 0.5 * len(outlets) + 3), sharey=True)
    for ax, kind in zip(axes, kinds):
        table = (rates[rates["kind"] == kind].pivot_table(index="outlet", columns="category", values="per_1k")
                 .reindex(index=outlets, columns=categories).fillna(0))
        image = ax.imshow(table.to_numpy(), cmap="cividis", vmin=0, vmax=vmax, aspect="auto")
        ax.set_xticks(range(len(categories)), categories, rotation=60, ha="right", fontsize=8)
        ax.set_yticks(range(len(outlets)), outlets)
        ax.set_title({"editorial": "редакційний голос", "quote": "цитати"}[kind])
        for (i, j), value in np.ndenumerate(table.to_numpy()):
            if value > 0:
                ax.text(j, i, f"{value:.1f}", ha="center", va="center", fontsize=7,
                        color="white" if value < vmax * 0.6 else "black")
    fig.colorbar(image, ax=axes, shrink=0.8, label="на 1000 слів")
    fig.suptitle("Фреймінгова лексика: власний голос видання проти цитат")
    return _detached(fig)


def framing_timeline(monthly: pd.DataFrame) -> plt.Figure:
    """Lines: framing hits per 1,000 editorial words per quarter and outlet.
    ``monthly``: outlet, period, per_1k."""
    if monthly.dropna(subset=["per_1k"]).empty:
        return _nothing_to_draw("Фреймінгова лексика в редакційному голосі з часом",
                                "немає датованих статей із редакційним текстом")
    table = monthly.pivot_table(index="period", columns="outlet", values="per_1k").sort_index()
    fig, ax = plt.subplots(figsize=(9, 3.6))
    x = np.arange(len(table))
    for outlet in table.columns:
        values = table[outlet].to_numpy()
        present = ~np.isnan(values)
        ax.plot(x[present], values[present], marker="o", label=outlet)
    ax.set_xticks(x, table.index)
    ax.set_ylabel("на 1000 слів")
    ax.set_title("Фреймінгова лексика в редакційному голосі з часом")
    ax.tick_params(axis="x", rotation=60, labelsize=8)
    ax.legend(fontsize=8, frameon=False)
    fig.tight_layout()
    return _detached(fig)


def sentiment_gap(comparison: pd.DataFrame, *, group: str = "outlet") -> plt.Figure:
    """Editorial minus quoted sentiment per group with bootstrap 95% intervals."""
    data = comparison.dropna(subset=["difference", "ci_low", "ci_high"]).sort_values("difference")
    if data.empty:
        return _nothing_to_draw("Розрив тональності між голосом видання і цитатами",
                                "замало сегментів (потрібно щонайменше 5 у кожному голосі)")
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(data) + 1.8))
    y = np.arange(len(data))
    lower = data["difference"] - data["ci_low"]
    upper = data["ci_high"] - data["difference"]
    ax.errorbar(data["difference"], y, xerr=[lower, upper], fmt="o", color=VOICE_COLOURS["editorial"],
                ecolor="#555555", capsize=3)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(y, data[group])
    ax.set_xlabel("тональність: редакційний голос мінус цитати (95% бутстреп-інтервал)")
    ax.set_title("Розрив тональності між голосом видання і цитатами")
    fig.tight_layout()
    return _detached(fig)


def render_segments(text: str, segments: pd.DataFrame) -> str:
    """HTML of an article with quotes, questions and scare quotes highlighted, speakers on hover."""
    parts = []
    for row in segments.itertuples():
        piece = html.escape(text[row.start:row.end]).replace("\n", "<br>")
        if row.kind == "editorial":
            parts.append(piece)
            continue
        colour = VOICE_COLOURS[row.kind]
        title = html.escape(f"{row.kind}: {row.speaker}" if row.speaker else row.kind)
        parts.append(f'<span style="background:{colour}40;border-bottom:2px solid {colour}" '
                     f'title="{title}">{piece}</span>')
    legend = " ".join(f'<span style="background:{c}40;border-bottom:2px solid {c}">{k}</span>'
                      for k, c in VOICE_COLOURS.items())
    return f'<div style="font-size:90%;line-height:1.5">{legend}<hr>{"".join(parts)}</div>'
