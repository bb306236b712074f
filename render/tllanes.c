/* tllanes: span lanes filled by priority; see tllanes.h. Each lane keeps
 * its intervals, so spans may arrive in any order (O(lanes * spans) a try). */
#include "tllanes.h"
#include "page.h"
#include "tlspans.h"

static const double LANE_GAP = 4;   /* between two bars or labels in a lane */

struct TlLanes {
	int used;
	GArray *taken[TLLANES_MAX];   /* of double pairs [a, b] */
	double label_h[TLLANES_MAX];
};

TlLanes *tllanes_new(void)
{
	TlLanes *l = g_new0(TlLanes, 1);
	for (int i = 0; i < TLLANES_MAX; i++)
		l->taken[i] = g_array_new(FALSE, FALSE, sizeof(double));
	return l;
}

void tllanes_free(TlLanes *l)
{
	if (!l)
		return;
	for (int i = 0; i < TLLANES_MAX; i++)
		g_array_free(l->taken[i], TRUE);
	g_free(l);
}

void tllanes_measure(TlLayout *L, TlBlock *b, double *x0, double *x1)
{
	double z0, z1;
	tlspans_ends(L, tllayout_event(L, b->first), x0, &z0, &z1, x1);
	tlspans_measure_label(L, b);
	b->shown = 1;
}

static gboolean lane_free(const TlLanes *l, int lane, double a, double b)
{
	const GArray *t = l->taken[lane];
	for (guint i = 0; i + 1 < t->len; i += 2) {
		double ta = g_array_index(t, double, i), tb = g_array_index(t, double, i + 1);
		if (a < tb + LANE_GAP && ta < b + LANE_GAP)
			return FALSE;
	}
	return TRUE;
}

int tllanes_find(const TlLanes *l, double a, double b, double h, double *grow)
{
	for (int lane = 0; lane < TLLANES_MAX; lane++) {
		if (lane < l->used && !lane_free(l, lane, a, b))
			continue;
		*grow = lane < l->used ? MAX(0, h - l->label_h[lane])
		                       : tlspans_lane_height(h);
		return lane;
	}
	return -1;
}

void tllanes_put(TlLanes *l, int lane, double a, double b, double h)
{
	g_array_append_val(l->taken[lane], a);
	g_array_append_val(l->taken[lane], b);
	l->label_h[lane] = MAX(l->label_h[lane], h);
	l->used = MAX(l->used, lane + 1);
}

int tllanes_used(const TlLanes *l)
{
	return l->used;
}

const double *tllanes_label_heights(const TlLanes *l)
{
	return l->label_h;
}
