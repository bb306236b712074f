/* place: spreading and lanes; see place.h. Lanes keep one number each, so
 * n intervals cost O(n * lanes). */
#include "place.h"

#include <stdlib.h>

gboolean place_spread(const double *x, const double *size, int n, double gap,
                      double lo, double hi, double *out)
{
	if (n <= 0)
		return TRUE;
	/* With c[i] the least distance from centre 0 to centre i, q = p - c must
	 * be non-decreasing: isotonic regression of x - c, then clamping to the
	 * bounds, which keeps it optimal. */
	double *c = g_new(double, n);
	c[0] = 0;
	for (int i = 1; i < n; i++)
		c[i] = c[i - 1] + (size[i - 1] + size[i]) / 2 + gap;
	double qlo = lo + size[0] / 2;
	double qhi = hi - size[n - 1] / 2 - c[n - 1];
	if (qlo > qhi + 1e-9) {
		g_free(c);
		return FALSE;
	}
	/* Pool adjacent violators: blocks of (sum, count). */
	double *sum = g_new(double, n);
	int *cnt = g_new(int, n);
	int nb = 0;
	for (int i = 0; i < n; i++) {
		sum[nb] = x[i] - c[i];
		cnt[nb] = 1;
		nb++;
		while (nb > 1 && sum[nb - 2] / cnt[nb - 2] > sum[nb - 1] / cnt[nb - 1]) {
			sum[nb - 2] += sum[nb - 1];
			cnt[nb - 2] += cnt[nb - 1];
			nb--;
		}
	}
	int i = 0;
	for (int b = 0; b < nb; b++) {
		double q = sum[b] / cnt[b];
		q = q < qlo ? qlo : q > qhi ? qhi : q;
		for (int j = 0; j < cnt[b]; j++, i++)
			out[i] = q + c[i];
	}
	g_free(sum);
	g_free(cnt);
	g_free(c);
	return TRUE;
}

struct PlaceLanes {
	int max_lanes, used;
	double gap;
	double *end;
};

PlaceLanes *place_lanes_new(int max_lanes, double gap)
{
	PlaceLanes *p = g_new0(PlaceLanes, 1);
	p->max_lanes = max_lanes > 0 ? max_lanes : 1;
	p->gap = gap;
	p->end = g_new(double, p->max_lanes);
	for (int i = 0; i < p->max_lanes; i++)
		p->end[i] = -G_MAXDOUBLE;
	return p;
}

void place_lanes_free(PlaceLanes *p)
{
	if (!p)
		return;
	g_free(p->end);
	g_free(p);
}

int place_lanes_add(PlaceLanes *p, double a, double b)
{
	for (int i = 0; i < p->max_lanes; i++) {
		if (p->end[i] + p->gap <= a) {
			p->end[i] = b;
			if (i + 1 > p->used)
				p->used = i + 1;
			return i;
		}
	}
	return -1;
}

int place_lanes_used(const PlaceLanes *p)
{
	return p->used;
}

static int cmp_start(const void *pa, const void *pb)
{
	const double *a = pa, *b = pb;
	return a[0] < b[0] ? -1 : a[0] > b[0];
}

void place_merge_intervals(GArray *pairs)
{
	guint n = pairs->len / 2, out = 0;
	double *e = (double *)(void *)pairs->data;
	if (n > 1)
		qsort(e, n, 2 * sizeof *e, cmp_start);
	for (guint i = 0; i < n; i++) {
		if (out && e[2 * i] <= e[2 * out - 1]) {
			e[2 * out - 1] = MAX(e[2 * out - 1], e[2 * i + 1]);
		} else {
			e[2 * out] = e[2 * i], e[2 * out + 1] = e[2 * i + 1];
			out++;
		}
	}
	g_array_set_size(pairs, 2 * out);
}
