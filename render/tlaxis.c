/* tlaxis: a timeline's axis, measured, then drawn; see tlaxis.h. */
#include "tlaxis.h"
#include "page.h"
#include "place.h"

#include <string.h>

/* Between rows of tick texts: the columns of a vertical axis need a gap. */
static double row_gap(const TlAxis *a)
{
	return a->scale->vertical ? 4 : 0.5;
}

/* Rows by what they show, across stretches: the years of a stretch ticked
 * by months (two tiers) share the row of the years of one ticked by days
 * (three tiers), so each row reads as one unit. */
static void assign_rows(TlAxis *a)
{
	const TlScale *s = a->scale;
	int nrows = 1;
	for (int i = 0; i < s->ts.n; i++)
		nrows = MAX(nrows, a->ticks[i]->ntiers);
	for (int i = 0; i < s->ts.n; i++)
		for (int t = 0; t < TICKS_TIERS; t++) {
			const char *role = a->ticks[i]->role[t];
			int row = role && !strcmp(role, "tick-year") ? nrows - 1 : t;
			a->row_of[i][t] = row;
			a->depth[row] = MAX(a->depth[row], a->ticks[i]->depth[t]);
		}
}

void tlaxis_measure(TlAxis *a, const TlScale *s, double lo, double hi, Lang lang,
                    TextMeasurer *tm)
{
	*a = (TlAxis){.scale = s};
	const Timescale *ts = &s->ts;
	/* One axis names months one way: when a stretch must abbreviate them
	 * ("Feb"), every stretch does (not "December" beside "Feb"). */
	gboolean short_months = FALSE;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < ts->n; i++) {
			if (pass == 1 && (!short_months || a->ticks[i]->short_months))
				continue;
			if (pass == 1)
				ticks_free(a->ticks[i]);
			/* Tick texts keep clear of the break texts, which sit in the fine tier. */
			double blo = i == 0 ? lo : tlscale_gap_centre(s, i - 1) + s->gap_ext[i - 1] / 2 + 3;
			double bhi = i == ts->n - 1 ? hi : tlscale_gap_centre(s, i) - s->gap_ext[i] / 2 - 3;
			a->ticks[i] = ticks_choose_form(ts->s[i].d0, ts->s[i].d1, ts->s[i].p0, ts->s[i].p1,
			                                blo, bhi, s->vertical, lang, tm, &s->tick,
			                                short_months);
			short_months |= a->ticks[i]->short_months;
		}
	assign_rows(a);
	for (int i = 0; s->vertical && i + 1 < ts->n; i++)
		a->depth[0] = MAX(a->depth[0], s->gap_box[i].w);
	for (int t = 0; t < TICKS_TIERS; t++)
		a->total += a->depth[t] > 0 ? a->depth[t] + row_gap(a) : 0;
	if (ts->n > 1 && !s->vertical)
		a->total = MAX(a->total, s->gap_box[0].h);
}

void tlaxis_clear(TlAxis *a)
{
	for (int i = 0; a->scale && i < a->scale->ts.n; i++)
		ticks_free(a->ticks[i]);
	*a = (TlAxis){0};
}

GArray *tlaxis_text_extents(const TlAxis *a)
{
	const TlScale *s = a->scale;
	GArray *raw = g_array_new(FALSE, FALSE, sizeof(double));
	for (int i = 0; i < s->ts.n; i++) {
		for (guint k = 0; k < a->ticks[i]->labels->len; k++) {
			TicksLabel *l = &g_array_index(a->ticks[i]->labels, TicksLabel, k);
			double ext = s->vertical ? l->size.h : l->size.w;
			double e[2] = {l->pos - ext / 2, l->pos + ext / 2};
			g_array_append_vals(raw, e, 2);
		}
		if (i + 1 < s->ts.n) {
			double c = tlscale_gap_centre(s, i);
			double e[2] = {c - s->gap_ext[i] / 2 - 2, c + s->gap_ext[i] / 2 + 2};
			g_array_append_vals(raw, e, 2);
		}
	}
	place_merge_intervals(raw);
	return raw;
}

/* The axis line and tick marks of every stretch. */
static void draw_lines(const TlAxis *a, Scene *sc, double cross)
{
	const TlScale *s = a->scale;
	Color ink = color_rgb(PAGE_RULE);
	for (int i = 0; i < s->ts.n; i++) {
		const TimescaleStretch *st = &s->ts.s[i];
		SceneItem *it = s->vertical ? scene_line(sc, "axis", cross, st->p0, cross, st->p1, 0.8, ink)
		                            : scene_line(sc, "axis", st->p0, cross, st->p1, cross, 0.8, ink);
		it->per_day = tlscale_per_day(s);
		it->days = st->d1 - st->d0;
		const GArray *marks = a->ticks[i]->marks;
		for (guint m = 0; m < marks->len; m++) {
			double p = g_array_index(marks, double, m);
			if (s->vertical)
				scene_line(sc, "tick-mark", cross - 3, p, cross, p, 0.5, ink);
			else
				scene_line(sc, "tick-mark", p, cross, p, cross + 3, 0.5, ink);
		}
	}
}

/* The tick texts row by row, so each role comes in axis order across
 * stretches; off is the row's distance from the axis. */
static void draw_row(const TlAxis *a, Scene *sc, int row, double off, double cross,
                     double label_cross)
{
	const TlScale *s = a->scale;
	for (int i = 0; i < s->ts.n; i++) {
		const Ticks *t = a->ticks[i];
		for (guint k = 0; k < t->labels->len; k++) {
			const TicksLabel *l = &g_array_index(t->labels, TicksLabel, k);
			int tier = l->tier;
			if (a->row_of[i][tier] != row)
				continue;
			TextStyle st = t->style[tier];
			Color c = color_rgb(tier == 0 ? PAGE_MUTED : PAGE_INK);
			if (s->vertical) {
				double right = label_cross - 5 - off;
				st.align = TEXT_RIGHT;
				scene_text(sc, t->role[tier], l->text, &st, right - l->size.w,
				           l->pos - l->size.h / 2, l->size.w, l->size.h, c);
			} else {
				scene_text(sc, t->role[tier], l->text, &st, l->pos - l->size.w / 2,
				           cross + 4 + off, l->size.w, l->size.h, c);
			}
		}
	}
}

/* Break marks and the length of time each break leaves out. */
static void draw_breaks(const TlAxis *a, Scene *sc, double cross, double label_cross)
{
	const TlScale *s = a->scale;
	Color ink = color_rgb(PAGE_RULE);
	for (int i = 0; i + 1 < s->ts.n; i++) {
		double c = tlscale_gap_centre(s, i);
		for (int k = -1; k <= 1; k += 2) {
			double o = k * 1.6;
			if (s->vertical)
				scene_line(sc, "break-mark", cross - 4, c + o + 1.5, cross + 4, c + o - 1.5,
				           0.8, ink);
			else
				scene_line(sc, "break-mark", c + o - 1.5, cross + 4, c + o + 1.5, cross - 4,
				           0.8, ink);
		}
		TextSize sz = s->gap_box[i];
		if (s->vertical)
			scene_text(sc, "break", s->gap_text[i], &s->brk, label_cross - 5 - sz.w,
			           c - sz.h / 2, sz.w, sz.h, color_rgb(PAGE_MUTED));
		else
			scene_text(sc, "break", s->gap_text[i], &s->brk, c - sz.w / 2, cross + 4, sz.w,
			           sz.h, color_rgb(PAGE_MUTED));
	}
}

void tlaxis_draw(const TlAxis *a, Scene *sc, double cross, double label_cross)
{
	draw_lines(a, sc, cross);
	double off = 0;
	for (int row = 0; row < TICKS_TIERS; row++) {
		draw_row(a, sc, row, off, cross, label_cross);
		off += a->depth[row] > 0 ? a->depth[row] + row_gap(a) : 0;
	}
	draw_breaks(a, sc, cross, label_cross);
}
