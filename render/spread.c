/* spread: order-keeping 1-D placement; see spread.h. Clusters merge from the
 * left as in Kate Rose Morley's vertical label placement, with bounds and
 * weights. */
#include "spread.h"

#include <math.h>

typedef struct Cluster {
	int first, last;
	double len;          /* from its first item's start to its last's end */
	double sum;          /* of weight * (ideal - offset) over its items */
	double weight;       /* of its items */
	double lo, hi;       /* where its start may lie */
	double start;
} Cluster;

static void settle(Cluster *c)
{
	double want = c->sum / c->weight;
	c->start = c->lo <= c->hi ? CLAMP(want, c->lo, c->hi) : c->lo;
}

gboolean spread_solve(SpreadItem *items, int n, double gap, int *first, int *last)
{
	Cluster *st = g_new(Cluster, MAX(n, 1));
	int top = 0;
	for (int i = 0; i < n; i++) {
		SpreadItem *it = &items[i];
		double w = it->weight > 0 ? it->weight : 1;
		Cluster c = {i, i, it->size, w * it->ideal, w, it->lo, it->hi, 0};
		settle(&c);
		st[top++] = c;
		while (top > 1 && st[top - 2].start + st[top - 2].len + gap > st[top - 1].start) {
			Cluster *a = &st[top - 2], *b = &st[top - 1];
			double shift = a->len + gap;
			a->last = b->last;
			a->sum += b->sum - shift * b->weight;
			a->weight += b->weight;
			a->lo = MAX(a->lo, b->lo - shift);
			a->hi = MIN(a->hi, b->hi - shift);
			a->len = shift + b->len;
			settle(a);
			top--;
		}
	}
	gboolean ok = TRUE;
	for (int c = 0; c < top; c++) {
		double at = st[c].start;
		for (int i = st[c].first; i <= st[c].last; i++) {
			items[i].pos = at;
			at += items[i].size + gap;
		}
		if (ok && st[c].lo > st[c].hi + 1e-9) {
			ok = FALSE;
			if (first)
				*first = st[c].first;
			if (last)
				*last = st[c].last;
		}
	}
	g_free(st);
	return ok;
}
