/* tlscale: a timeline's time scale; see tlscale.h. */
#include "tlscale.h"
#include "diag.h"
#include "ticks.h"

#include <math.h>
#include <string.h>

double tlscale_pos(const TlScale *s, double day)
{
	return timescale_pos(&s->ts, day);
}

double tlscale_per_day(const TlScale *s)
{
	return timescale_per_day(&s->ts);
}

double tlscale_gap_centre(const TlScale *s, int i)
{
	return (s->ts.s[i].p1 + s->ts.s[i + 1].p0) / 2;
}

void tlscale_clear(TlScale *s)
{
	for (int i = 0; i + 1 < s->ts.n; i++) {
		g_free(s->gap_text[i]);
		s->gap_text[i] = NULL;
	}
	s->ts.n = 0;
}

/* "FROM/TO" as a day interval [a, b) to cut. */
static gboolean parse_break(const char *s, double *a, double *b, GError **err)
{
	const char *slash = strchr(s, '/');
	Date f, t;
	char *why = NULL;
	int col;
	if (!slash)
		return diag_fail(err, DIAG_USAGE, "--break %s: expected FROM/TO, two dates "
		                 "such as 2020-01/2020-06", s);
	char *from = g_strndup(s, (gsize)(slash - s));
	gboolean ok = date_parse(from, &f, &why, &col);
	if (ok) {
		g_free(why);
		why = NULL;
		ok = date_parse(slash + 1, &t, &why, &col);
	}
	g_free(from);
	if (!ok) {
		diag_fail(err, DIAG_USAGE, "--break %s: %s; expected FROM/TO, two dates "
		          "such as 2020-01/2020-06", s, why ? why : "not a date");
		g_free(why);
		return FALSE;
	}
	*a = (double)date_first_day(&f);
	*b = (double)date_last_day(&t) + 1;
	if (*b <= *a)
		return diag_fail(err, DIAG_USAGE, "--break %s: TO is before FROM; expected "
		                 "the earlier date first", s);
	return TRUE;
}

/* A --break must cut an empty period between the first and last event
 * (e0, e1) that no other break overlaps. */
static gboolean check_break(const char *text, const TimescaleCut *c, const Events *ev,
                            double e0, double e1, const TimescaleCut *cuts, int ncuts,
                            GError **err)
{
	if (c->a <= e0 || c->b >= e1)
		return diag_fail(err, DIAG_USAGE, "--break %s: lies outside the events or "
		                 "touches the first or last one; expected an empty period "
		                 "between two events", text);
	for (guint j = 0; j < ev->items->len; j++) {
		const Event *e = &g_array_index(ev->items, Event, j);
		/* Spans and brackets end just before t1; a day is the instant t0. */
		if (e->t0 < c->b && MAX(e->t1, e->t0 + 1e-6) > c->a) {
			char *q = diag_quote(e->label);
			diag_fail(err, DIAG_USAGE, "--break %s: the event \"%s\" (line %d) lies "
			          "inside it; expected an empty period between two events", text,
			          q, e->line);
			g_free(q);
			return FALSE;
		}
	}
	for (int j = 0; j < ncuts; j++)
		if (c->a < cuts[j].b && cuts[j].a < c->b)
			return diag_fail(err, DIAG_USAGE, "--break %s overlaps another --break; "
			                 "expected separate periods", text);
	return TRUE;
}

/* The --break periods, checked, in time order; -1 on an error. */
static int user_cuts(const TlScaleInput *in, double e0, double e1, TimescaleCut *cuts,
                     GError **err)
{
	int ncuts = 0;
	for (int i = 0; in->breaks[i]; i++) {
		if (ncuts == TIMESCALE_MAX_BREAKS) {
			diag_fail(err, DIAG_USAGE, "--break: at most %d breaks", TIMESCALE_MAX_BREAKS);
			return -1;
		}
		TimescaleCut c = {0, 0, TRUE};
		if (!parse_break(in->breaks[i], &c.a, &c.b, err) ||
		    !check_break(in->breaks[i], &c, in->ev, e0, e1, cuts, ncuts, err))
			return -1;
		/* Insertion keeps them in time order. */
		int at = ncuts++;
		while (at > 0 && cuts[at - 1].a > c.a) {
			cuts[at] = cuts[at - 1];
			at--;
		}
		cuts[at] = c;
	}
	return ncuts;
}

/* The automatic breaks for an axis `length` points long. */
static int auto_cuts(const TlScaleInput *in, double e0, double e1, double length,
                     TimescaleCut *cuts)
{
	int n = (int)in->ev->items->len;
	double *t0 = g_new(double, n), *t1 = g_new(double, n);
	for (int i = 0; i < n; i++) {
		const Event *e = &g_array_index(in->ev->items, Event, i);
		t0[i] = e->t0, t1[i] = e->t1;
	}
	int ncuts = timescale_auto_cuts(t0, t1, n, in->mark_t0, in->mark_t1, in->nmarks, e0,
	                                e1, length, cuts);
	g_free(t0);
	g_free(t1);
	return ncuts;
}

/* The text of each break, "47 days", and the room it takes on the axis. */
static void measure_gaps(TlScale *s, const TlScaleInput *in)
{
	for (int i = 0; i + 1 < s->ts.n; i++) {
		g_free(s->gap_text[i]);
		gint64 omitted = (gint64)floor(timescale_gap_days(&s->ts, i) + 0.5);
		s->gap_text[i] = lang_duration(in->lang, omitted);
		s->gap_box[i] = text_measure(in->tm, s->gap_text[i], &s->brk);
		s->gap_ext[i] = in->vertical ? s->gap_box[i].h : s->gap_box[i].w;
		s->gap_size[i] = MAX(s->gap_size[i], MAX(20, s->gap_ext[i] + 10));
	}
}

/* Sets the stretches between the cuts and measures the breaks' texts;
 * FALSE (nothing kept) when the stretches do not fit from p0 to p1. Placing
 * may widen short stretches, which shortens the breaks: their texts are
 * measured again, and the stretches placed again if a text grew. */
static gboolean place_stretches(TlScale *s, const TlScaleInput *in, double e0, double e1,
                                const TimescaleCut *cuts, int ncuts, double p0, double p1)
{
	memset(s->gap_size, 0, sizeof s->gap_size);
	timescale_stretches(&s->ts, e0, e1, cuts, ncuts);
	Timescale unplaced = s->ts;
	measure_gaps(s, in);
	for (int pass = 0; pass < 2; pass++) {
		double before[TIMESCALE_MAX_BREAKS];
		memcpy(before, s->gap_size, sizeof before);
		s->ts = unplaced;
		if (!timescale_place(&s->ts, s->gap_size, p0, p1)) {
			tlscale_clear(s);
			return FALSE;
		}
		measure_gaps(s, in);
		if (!memcmp(before, s->gap_size, sizeof before))
			break;
	}
	return TRUE;
}

/* The day at position p of stretch i. */
static double day_at(const TlScale *s, int i, double p)
{
	const TimescaleStretch *g = &s->ts.s[i];
	return g->d0 + (p - g->p0) * (g->d1 - g->d0) / MAX(g->p1 - g->p0, 1e-9);
}

/* A start for the axis a little before the tick that precedes the first
 * tick of its first stretch, when the first event `day` lies before that
 * first tick: no event is to lie before the first date the axis names
 * (1998 events on an axis whose first tick is 1999). `day` when nothing
 * needs to change, or when the axis would grow by more than a fifth. A
 * last tick before the last events needs nothing: the tick names the
 * period they lie in. */
static double first_tick_start(const TlScale *s, const TlScaleInput *in, double day)
{
	const TimescaleStretch *g = &s->ts.s[0];
	Ticks *t = ticks_choose(g->d0, g->d1, g->p0, g->p1, g->p0, g->p1, in->vertical, in->lang,
	                        in->tm, &s->tick);
	double out = day;
	if (t->marks->len >= 2) {
		double first = day_at(s, 0, g_array_index(t->marks, double, 0));
		double step = day_at(s, 0, g_array_index(t->marks, double, 1)) - first;
		/* A step's calendar length varies by a day or two: aim a little
		 * before the tick. */
		if (day < first - 0.5)
			out = first - step * 1.02;
		if (day - out > 0.2 * (g->d1 - g->d0))
			out = day;
	}
	ticks_free(t);
	return out;
}

gboolean tlscale_build(TlScale *s, const TlScaleInput *in, double p0, double p1,
                       GError **err)
{
	*s = (TlScale){.vertical = in->vertical, .tick = in->tick};
	s->brk = (TextStyle){in->tick.size - 0.5, FALSE, TRUE, 0, TEXT_LEFT};
	const Event *items = (const Event *)(void *)in->ev->items->data;
	int n = (int)in->ev->items->len;
	double e0 = items[0].t0, e1 = items[0].t1;
	for (int i = 1; i < n; i++)
		e1 = MAX(e1, items[i].t1);
	TimescaleCut cuts[TIMESCALE_MAX_BREAKS] = {{0}};
	int ncuts = 0;
	if (in->breaks && in->breaks[0])
		ncuts = user_cuts(in, e0, e1, cuts, err);
	else if (!in->no_breaks)
		ncuts = auto_cuts(in, e0, e1, p1 - p0, cuts);
	if (ncuts < 0)
		return FALSE;
	/* Breaks the page has no room for: automatic ones are dropped, asked
	 * for ones are an error. */
	while (!place_stretches(s, in, e0, e1, cuts, ncuts, p0, p1)) {
		if (ncuts == 0 || cuts[0].exact)
			return diag_fail(err, DIAG_USAGE, "--break: the page is too small for "
			                 "%d break%s", ncuts, ncuts == 1 ? "" : "s");
		ncuts = 0;
	}
	/* The axis starts at a tick before its first event; placed again if
	 * that moved the start (the new scale may change the ticks, so twice
	 * at most). */
	double start = e0;
	for (int pass = 0; pass < 2; pass++) {
		double a = first_tick_start(s, in, e0);
		if (a >= start)
			break;
		TlScale keep = *s;
		for (int i = 0; i + 1 < s->ts.n; i++)
			keep.gap_text[i] = g_strdup(s->gap_text[i]);
		tlscale_clear(s);
		*s = (TlScale){.vertical = in->vertical, .tick = in->tick, .brk = keep.brk};
		if (!place_stretches(s, in, a, e1, cuts, ncuts, p0, p1)) {
			*s = keep;   /* the start as it was, which fitted */
			break;
		}
		tlscale_clear(&keep);
		start = a;
	}
	return TRUE;
}
