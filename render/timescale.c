/* timescale: stretches and breaks of a time axis; see timescale.h.
 * A break is worth its mark only where it buys room for a crowded cluster,
 * so empty stretches beside sparse events stay on the axis, honestly; and
 * every stretch runs at the same points per day, so no side of a break
 * looks longer than it lasted. */
#include "timescale.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const double MIN_STRETCH = 48;   /* points every stretch keeps */
static const double CROWDED = 36;       /* points per marker a cluster wants */

static int cmp_cut_len(const void *pa, const void *pb)
{
	const TimescaleCut *a = pa, *b = pb;
	double la = a->b - a->a, lb = b->b - b->a;
	if (la != lb)
		return la > lb ? -1 : 1;
	return a->a < b->a ? -1 : a->a > b->a;
}

static int cmp_cut_pos(const void *pa, const void *pb)
{
	const TimescaleCut *a = pa, *b = pb;
	return a->a < b->a ? -1 : a->a > b->a;
}

int timescale_auto_cuts(const double *t0, const double *t1, int n, const double *m0,
                        const double *m1, int m, double e0, double e1, double length,
                        TimescaleCut *cuts)
{
	double extent = e1 - e0;
	if (n < 2 || extent <= 0 || length <= 0)
		return 0;
	double per_day = length / extent;
	/* Candidates: gaps between the merged occupied intervals. */
	GArray *gaps = g_array_new(FALSE, FALSE, sizeof(TimescaleCut));
	double end = t1[0];
	for (int i = 1; i < n; i++) {
		if (t0[i] - end >= MAX(0.2 * extent, 2.0)) {
			TimescaleCut c = {end, t0[i], FALSE};
			g_array_append_val(gaps, c);
		}
		end = MAX(end, t1[i]);
	}
	int ngaps = (int)gaps->len, ncuts = 0;
	if (ngaps > 0) {
		/* The clusters between candidates: their markers and extent. */
		int *count = g_new0(int, ngaps + 1);
		double *c0 = g_new(double, ngaps + 1), *c1 = g_new(double, ngaps + 1);
		for (int k = 0; k <= ngaps; k++)
			c0[k] = G_MAXDOUBLE, c1[k] = -G_MAXDOUBLE;
		for (int i = 0, k = 0; i < m; i++) {
			while (k < ngaps && m0[i] >= g_array_index(gaps, TimescaleCut, k).b)
				k++;
			count[k]++;
			c0[k] = MIN(c0[k], m0[i]);
			c1[k] = MAX(c1[k], m1[i]);
		}
		GArray *keep = g_array_new(FALSE, FALSE, sizeof(TimescaleCut));
		for (int g = 0; g < ngaps; g++) {
			gboolean crowded = FALSE;
			for (int c = g; c <= g + 1; c++)
				if (count[c] >= 2 && (c1[c] - c0[c]) * per_day < count[c] * CROWDED)
					crowded = TRUE;
			if (crowded)
				g_array_append_val(keep, g_array_index(gaps, TimescaleCut, g));
		}
		/* The longest few, back in time order. */
		if (keep->len > 1)
			qsort(keep->data, keep->len, sizeof(TimescaleCut), cmp_cut_len);
		ncuts = MIN((int)keep->len, TIMESCALE_MAX_BREAKS);
		for (int j = 0; j < ncuts; j++)
			cuts[j] = g_array_index(keep, TimescaleCut, j);
		if (ncuts > 1)
			qsort(cuts, (size_t)ncuts, sizeof(TimescaleCut), cmp_cut_pos);
		g_array_free(keep, TRUE);
		g_free(count);
		g_free(c0);
		g_free(c1);
	}
	g_array_free(gaps, TRUE);
	return ncuts;
}

/* Padding for a stretch of days: a little, and at least a week in all so a
 * lone event still gets a readable axis around it. */
static double pad_for(double days)
{
	double p = MAX(0.03 * days, 0.5);
	if (days + 2 * p < 8)
		p = (8 - days) / 2;
	return p;
}

void timescale_stretches(Timescale *ts, double e0, double e1,
                         const TimescaleCut *cuts, int ncuts)
{
	ncuts = CLAMP(ncuts, 0, TIMESCALE_MAX_BREAKS);
	ts->n = ncuts + 1;
	for (int i = 0; i <= ncuts; i++) {
		double a = i == 0 ? e0 : cuts[i - 1].b;
		double b = i == ncuts ? e1 : cuts[i].a;
		double pad = pad_for(b - a);
		ts->s[i].d0 = a - (i == 0 || !cuts[i - 1].exact ? pad : 0);
		ts->s[i].d1 = b + (i == ncuts || !cuts[i].exact ? pad : 0);
		ts->s[i].p0 = ts->s[i].p1 = 0;
		if (i < ncuts)
			ts->exact[i] = cuts[i].exact;
	}
}

double timescale_gap_days(const Timescale *ts, int i)
{
	if (i < 0 || i + 1 >= ts->n)
		return 0;
	return ts->s[i + 1].d0 - ts->s[i].d1;
}

/* The scale that lays the stretches' days along `avail` points. */
static double per_day(const Timescale *ts, double avail)
{
	double total = 0;
	for (int i = 0; i < ts->n; i++)
		total += ts->s[i].d1 - ts->s[i].d0;
	return avail / MAX(total, 1e-9);
}

/* Widens stretch i by `need` days, half before and half after, each side
 * within room[] days (taking from it); what one side cannot take goes to
 * the other. */
static void widen(Timescale *ts, int i, double need, double room[][2])
{
	double before = MIN(need / 2, room[i][0]);
	double after = MIN(need - before, room[i][1]);
	before = MIN(need - after, room[i][0]);
	ts->s[i].d0 -= before;
	ts->s[i].d1 += after;
	room[i][0] -= before;
	room[i][1] -= after;
}

gboolean timescale_place(Timescale *ts, const double *gap, double p0, double p1)
{
	int nb = ts->n - 1;
	double gaps = 0;
	for (int i = 0; i < nb; i++)
		gaps += gap[i];
	double avail = (p1 - p0) - gaps;
	if (avail < (nb > 0 ? ts->n * MIN_STRETCH : 1))
		return FALSE;
	/* Days each stretch may take from its sides: a third of an automatic
	 * break; at an end of the axis as much as on its other side, so a lone
	 * last event does not trail a long empty axis. */
	double room[TIMESCALE_MAX_BREAKS + 1][2];
	TimescaleStretch orig[TIMESCALE_MAX_BREAKS + 1];
	for (int i = 0; i < ts->n; i++) {
		orig[i] = ts->s[i];
		room[i][0] = i == 0 ? -1 : ts->exact[i - 1] ? 0 : timescale_gap_days(ts, i - 1) / 3;
		room[i][1] = i == nb ? -1 : ts->exact[i] ? 0 : timescale_gap_days(ts, i) / 3;
		for (int side = 0; side < 2; side++)
			if (room[i][side] < 0)
				room[i][side] = MAX(room[i][!side], 0);
	}
	/* Widening one stretch lowers the scale of all, so a few rounds; each
	 * overshoots a little, so they end. */
	double k = per_day(ts, avail);
	for (int round = 0; round < 12 && nb > 0; round++) {
		gboolean widened = FALSE;
		for (int i = 0; i < ts->n; i++) {
			double need = MIN_STRETCH / k - (ts->s[i].d1 - ts->s[i].d0);
			if (need > 1e-9) {
				widen(ts, i, need * 1.05, room);
				widened = TRUE;
			}
		}
		k = per_day(ts, avail);
		if (!widened)
			break;
	}
	gboolean automatic = FALSE;
	for (int i = 0; i < nb; i++)
		automatic |= !ts->exact[i];
	for (int i = 0; automatic && i < ts->n; i++)
		if ((ts->s[i].d1 - ts->s[i].d0) * k < MIN_STRETCH * 0.98) {
			memcpy(ts->s, orig, sizeof orig);
			return FALSE;
		}
	double p = p0;
	for (int i = 0; i < ts->n; i++) {
		double len = (ts->s[i].d1 - ts->s[i].d0) * k;
		ts->s[i].p0 = p;
		ts->s[i].p1 = p + len;
		p += len + (i < nb ? gap[i] : 0);
	}
	return TRUE;
}

double timescale_per_day(const Timescale *ts)
{
	const TimescaleStretch *g = &ts->s[0];
	return ts->n > 0 && g->d1 > g->d0 ? (g->p1 - g->p0) / (g->d1 - g->d0) : 0;
}

double timescale_pos(const Timescale *ts, double day)
{
	int i = 0;
	while (i + 1 < ts->n && day > ts->s[i].d1)
		i++;
	const TimescaleStretch *g = &ts->s[i];
	day = CLAMP(day, i > 0 ? g->d0 : day, i + 1 < ts->n ? g->d1 : day);
	if (g->d1 <= g->d0)
		return (g->p0 + g->p1) / 2;
	return g->p0 + (day - g->d0) * (g->p1 - g->p0) / (g->d1 - g->d0);
}
