/* ticks: calendar-aligned axis ticks with measured, tiered labels; see ticks.h.
 * Candidates run from fine to coarse; the first whose labels fit wins, so an
 * axis is promoted to a coarser calendar unit instead of thinning labels. */
#include "ticks.h"
#include "date.h"
#include "lang.h"

#include <math.h>
#include <string.h>

typedef enum { UNIT_DAY, UNIT_MONTH, UNIT_YEAR } Unit;

typedef struct Candidate {
	Unit unit;
	int step;
	const char *name;
} Candidate;

/* Day steps stay on calendar positions: 7 days are the 1st, 8th, 15th and
 * 22nd, 14 days the 1st and 15th, so no tick sits a day or two before the
 * next month's first. */
static const Candidate ladder[] = {
	{UNIT_DAY, 1, "1 day"},        {UNIT_DAY, 2, "2 days"},
	{UNIT_DAY, 7, "7 days"},       {UNIT_DAY, 14, "14 days"},
	{UNIT_MONTH, 1, "1 month"},    {UNIT_MONTH, 2, "2 months"},
	{UNIT_MONTH, 3, "3 months"},   {UNIT_MONTH, 6, "6 months"},
	{UNIT_YEAR, 1, "1 year"},      {UNIT_YEAR, 2, "2 years"},
	{UNIT_YEAR, 5, "5 years"},     {UNIT_YEAR, 10, "10 years"},
	{UNIT_YEAR, 20, "20 years"},   {UNIT_YEAR, 25, "25 years"},
	{UNIT_YEAR, 50, "50 years"},   {UNIT_YEAR, 100, "100 years"},
	{UNIT_YEAR, 200, "200 years"}, {UNIT_YEAR, 250, "250 years"},
	{UNIT_YEAR, 500, "500 years"}, {UNIT_YEAR, 1000, "1000 years"},
};

/* Average days per step, to skip hopeless candidates before measuring. */
static double step_days(const Candidate *c)
{
	switch (c->unit) {
	case UNIT_DAY:
		return c->step == 7 ? 365.2425 / 48 : c->step == 14 ? 365.2425 / 24 : c->step;
	case UNIT_MONTH:
		return c->step * 30.436875;
	default:
		return c->step * 365.2425;
	}
}

typedef struct Ctx {
	double day0, day1, px0, px1, lo, hi;
	gboolean vertical;
	Lang lang;
	TextMeasurer *tm;
	TextStyle style[TICKS_TIERS];
	GHashTable *cache;   /* "b|text" -> TextSize; lookups only, never iterated */
} Ctx;

static TextSize measure(Ctx *c, const char *text, int tier)
{
	char *key = g_strdup_printf("%d|%s", c->style[tier].bold, text);
	TextSize *hit = g_hash_table_lookup(c->cache, key);
	if (hit) {
		g_free(key);
		return *hit;
	}
	TextSize *sz = g_new(TextSize, 1);
	*sz = text_measure(c->tm, text, &c->style[tier]);
	g_hash_table_insert(c->cache, key, sz);
	return *sz;
}

static double to_px(const Ctx *c, double day)
{
	if (c->day1 <= c->day0)
		return (c->px0 + c->px1) / 2;
	return c->px0 + (day - c->day0) * (c->px1 - c->px0) / (c->day1 - c->day0);
}

static gint64 day_of(int y, int m, int d)
{
	Date dt = {.year = y, .month = m, .day = d, .prec = DATE_DAY};
	return date_first_day(&dt);
}

static void label_clear(gpointer p)
{
	g_free(((TicksLabel *)p)->text);
}

static Ticks *ticks_new(void)
{
	Ticks *t = g_new0(Ticks, 1);
	t->marks = g_array_new(FALSE, FALSE, sizeof(double));
	t->labels = g_array_new(FALSE, FALSE, sizeof(TicksLabel));
	g_array_set_clear_func(t->labels, label_clear);
	return t;
}

void ticks_free(Ticks *t)
{
	if (!t)
		return;
	g_array_free(t->marks, TRUE);
	g_array_free(t->labels, TRUE);
	g_free(t);
}

/* The calendar days a candidate puts ticks on, inside [day0, day1]. */
static GArray *tick_days(const Ctx *c, const Candidate *k)
{
	GArray *days = g_array_new(FALSE, FALSE, sizeof(gint64));
	/* Padding may reach past the calendar's ends (year 1, year 9999). */
	gint64 a = MAX((gint64)ceil(c->day0), 1);
	gint64 b = MIN((gint64)floor(c->day1), day_of(9999, 12, 31));
	if (a > b)
		return days;
	int y0, m0, d0, y1, m1, d1;
	date_from_day(a, &y0, &m0, &d0);
	date_from_day(b, &y1, &m1, &d1);
	if (k->unit == UNIT_DAY) {
		for (gint64 d = a; d <= b; d++) {
			int y, m, md;
			gboolean take = k->step == 1 || (k->step == 2 && d % 2 == 0);
			if (k->step >= 7) {
				date_from_day(d, &y, &m, &md);
				take = k->step == 7 ? (md == 1 || md == 8 || md == 15 || md == 22)
				                    : (md == 1 || md == 15);
			}
			if (take)
				g_array_append_val(days, d);
		}
	} else if (k->unit == UNIT_MONTH) {
		for (int y = y0; y <= y1; y++)
			for (int m = 1; m <= 12; m++) {
				if ((m - 1) % k->step)
					continue;
				gint64 d = day_of(y, m, 1);
				if (d >= a && d <= b)
					g_array_append_val(days, d);
			}
	} else {
		for (int y = y0 + (k->step - y0 % k->step) % k->step; y <= y1; y += k->step) {
			gint64 d = day_of(y, 1, 1);
			if (d >= a && d <= b)
				g_array_append_val(days, d);
		}
	}
	return days;
}

/* Keeps the labels of one tier inside [lo, hi] and apart from each other;
 * FALSE when they cannot be. */
static gboolean tier_fits(const Ctx *c, GArray *labels, guint from, guint to,
                          double gap)
{
	double prev_end = -G_MAXDOUBLE;
	for (guint i = from; i < to; i++) {
		TicksLabel *l = &g_array_index(labels, TicksLabel, i);
		double ext = c->vertical ? l->size.h : l->size.w;
		if (ext > c->hi - c->lo)
			return FALSE;
		double start = l->pos - ext / 2;
		if (start < c->lo)
			start = c->lo;
		if (start + ext > c->hi)
			start = c->hi - ext;
		l->pos = start + ext / 2;
		if (start < prev_end + gap)
			return FALSE;
		prev_end = start + ext;
	}
	return TRUE;
}

static void add_label(Ctx *c, Ticks *t, const char *text, int tier, int style,
                      double pos)
{
	TicksLabel l = {g_strdup(text), tier, pos, measure(c, text, style)};
	g_array_append_val(t->labels, l);
}

/* Builds a candidate's ticks and labels; NULL when they do not fit. */
static Ticks *try_candidate(Ctx *c, const Candidate *k, LangMonthForm form,
                            int *nmarks)
{
	GArray *days = tick_days(c, k);
	*nmarks = (int)days->len;
	if (days->len == 0) {
		g_array_free(days, TRUE);
		return NULL;
	}
	double size = c->style[0].size;
	/* Ticks closer than this read as a ruler, not a date axis. */
	double min_space = 4.5 * size, gap = 1.0 * size;
	Ticks *t = ticks_new();
	t->unit = k->name;
	gboolean ok = TRUE;
	for (guint i = 0; i < days->len; i++) {
		double p = to_px(c, (double)g_array_index(days, gint64, i));
		if (i > 0 && p - g_array_index(t->marks, double, i - 1) < min_space)
			ok = FALSE;
		g_array_append_val(t->marks, p);
	}
	int ntiers = k->unit == UNIT_DAY ? 3 : k->unit == UNIT_MONTH ? 2 : 1;
	t->ntiers = ntiers;
	for (int tier = 0; tier < ntiers && ok; tier++) {
		guint from = t->labels->len;
		int last_y = -1, last_m = -1;
		for (guint i = 0; i < days->len; i++) {
			int y, m, d;
			date_from_day(g_array_index(days, gint64, i), &y, &m, &d);
			double p = g_array_index(t->marks, double, i);
			char buf[32];
			const char *text = NULL;
			/* Which unit this tier shows: fine unit, then month, then year. */
			Unit shows = tier == 0 ? k->unit
			           : (k->unit == UNIT_DAY && tier == 1) ? UNIT_MONTH : UNIT_YEAR;
			if (shows == UNIT_DAY) {
				g_snprintf(buf, sizeof buf, "%d", d);
				text = buf;
			} else if (shows == UNIT_MONTH) {
				if (tier == 0 || y != last_y || m != last_m)
					text = lang_month(c->lang, m, form);
			} else if (tier == 0 || y != last_y) {
				g_snprintf(buf, sizeof buf, "%d", y);
				text = buf;
			}
			last_y = y;
			last_m = m;
			if (text)
				add_label(c, t, text, tier, shows == UNIT_YEAR && tier > 0 ? 2 : tier, p);
		}
		if (!tier_fits(c, t->labels, from, t->labels->len, gap))
			ok = FALSE;
	}
	g_array_free(days, TRUE);
	if (!ok) {
		ticks_free(t);
		return NULL;
	}
	static const char *const day_roles[] = {"tick", "tick-month", "tick-year"};
	static const char *const month_roles[] = {"tick", "tick-year", NULL};
	for (int tier = 0; tier < ntiers; tier++) {
		t->role[tier] = k->unit == UNIT_DAY ? day_roles[tier]
		              : k->unit == UNIT_MONTH ? month_roles[tier] : "tick";
		/* A year under months is set like a year under days: bold, so
		 * stretches of one axis ticked by different units match. */
		t->style[tier] = c->style[k->unit == UNIT_MONTH && tier == 1 ? 2 : tier];
	}
	/* The year tier of a one-year-unit axis is the fine tier: keep it plain. */
	if (k->unit == UNIT_YEAR)
		t->style[0] = c->style[0];
	for (guint i = 0; i < t->labels->len; i++) {
		TicksLabel *l = &g_array_index(t->labels, TicksLabel, i);
		double cross = c->vertical ? l->size.w : l->size.h;
		t->depth[l->tier] = MAX(t->depth[l->tier], cross);
	}
	return t;
}

/* When no candidate fits: the stretch's year (or years) alone, if it fits. */
static Ticks *year_only(Ctx *c)
{
	Ticks *t = ticks_new();
	t->unit = "none";
	double last = (double)day_of(9999, 12, 31);
	double a = CLAMP(c->day0, 1, last), b = CLAMP(c->day1, 1, last);
	int y0, y1, m, d;
	date_from_day((gint64)floor(a), &y0, &m, &d);
	date_from_day((gint64)floor(b), &y1, &m, &d);
	char buf[48];
	if (y0 == y1)
		g_snprintf(buf, sizeof buf, "%d", y0);
	else
		g_snprintf(buf, sizeof buf, "%d\u2013%d", y0, y1);
	c->style[0] = c->style[2];
	add_label(c, t, buf, 0, 0, (c->px0 + c->px1) / 2);
	if (!tier_fits(c, t->labels, 0, 1, 0)) {
		g_array_set_size(t->labels, 0);
		return t;
	}
	t->ntiers = 1;
	t->role[0] = "tick-year";
	t->style[0] = c->style[0];
	TicksLabel *l = &g_array_index(t->labels, TicksLabel, 0);
	t->depth[0] = c->vertical ? l->size.w : l->size.h;
	return t;
}

Ticks *ticks_choose(double day0, double day1, double px0, double px1, double lo,
                    double hi, gboolean vertical, Lang lang,
                    TextMeasurer *tm, const TextStyle *base)
{
	return ticks_choose_form(day0, day1, px0, px1, lo, hi, vertical, lang, tm, base, FALSE);
}

Ticks *ticks_choose_form(double day0, double day1, double px0, double px1, double lo,
                         double hi, gboolean vertical, Lang lang, TextMeasurer *tm,
                         const TextStyle *base, gboolean short_months)
{
	Ctx c = {day0, day1, px0, px1, lo, hi, vertical, lang, tm, {*base, *base, *base},
	         g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free)};
	c.style[0].wrap = c.style[1].wrap = c.style[2].wrap = 0;
	c.style[2].bold = TRUE;
	double length = fabs(px1 - px0);
	double span = day1 - day0;
	Ticks *best = NULL, *single = NULL;
	for (size_t i = 0; i < G_N_ELEMENTS(ladder) && !best; i++) {
		const Candidate *k = &ladder[i];
		/* Too many ticks for the length even before measuring: skip. */
		if (span / step_days(k) > length / (4.5 * base->size) + 2)
			continue;
		int nforms = k->unit == UNIT_YEAR ? 1 : 2;
		for (int f = short_months && nforms == 2 ? 1 : 0; f < nforms && !best; f++) {
			int nmarks = 0;
			Ticks *t = try_candidate(&c, k, f == 0 ? LANG_MONTH_AXIS : LANG_MONTH_AXIS_SHORT,
			                         &nmarks);
			if (t)
				t->short_months = f == 1;
			if (t && nmarks >= 2)
				best = t;
			else if (t && !single)
				single = t;
			else
				ticks_free(t);
		}
	}
	if (best)
		ticks_free(single);
	else
		best = single ? single : year_only(&c);
	g_hash_table_destroy(c.cache);
	return best;
}
