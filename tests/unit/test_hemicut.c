/* test_hemicut: threshold lines across the arch: exactly the stated seats on
 * their left, from inside the inner row to outside the outer one, never
 * nearer a seat's centre than (almost) half a pitch. */
#include "units.h"

#include "hemicut.h"

#include <math.h>

/* Whether (x, y) is inside polygon p[n], by the even-odd rule. */
static gboolean inside(const HemiPoint *p, int n, double x, double y)
{
	gboolean in = FALSE;
	for (int i = 0, j = n - 1; i < n; j = i++)
		if ((p[i].y > y) != (p[j].y > y) &&
		    x < p[i].x + (y - p[i].y) * (p[j].x - p[i].x) / (p[j].y - p[i].y))
			in = !in;
	return in;
}

/* The seats left of the line: inside the polygon of the arch's centre,
 * the line, and a wide arc round the left from its outer end. */
static int seats_left(const Hemicycle *h, const HemiPoint *pts, int n)
{
	GArray *poly = g_array_new(FALSE, FALSE, sizeof(HemiPoint));
	HemiPoint o = {0, -0.5};
	g_array_append_val(poly, o);
	g_array_append_vals(poly, pts, (guint)n);
	double end = atan2(pts[n - 1].y, pts[n - 1].x);
	for (int k = 0; k <= 40; k++) {
		double a = end + (G_PI + 0.6 - end) * k / 40;
		HemiPoint q = {10 * cos(a), 10 * sin(a)};
		g_array_append_val(poly, q);
	}
	int left = 0;
	for (int i = 0; i < h->nseats; i++)
		left += inside((HemiPoint *)poly->data, (int)poly->len, h->seats[i].x, h->seats[i].y);
	g_array_free(poly, TRUE);
	return left;
}

static double segment_distance(HemiPoint a, HemiPoint b, double x, double y)
{
	double dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
	double u = l2 > 0 ? CLAMP(((x - a.x) * dx + (y - a.y) * dy) / l2, 0, 1) : 0;
	return hypot(x - a.x - u * dx, y - a.y - u * dy);
}

static void check_line(const Hemicycle *h, int left)
{
	int n;
	HemiPoint at;
	double angle;
	HemiPoint *pts = hemicut_line(h, left, &n, &at, &angle);
	double t = h->pitch / 2, nearest = INFINITY;
	for (int i = 0; i < h->nseats; i++)
		for (int k = 0; k + 1 < n; k++)
			nearest = fmin(nearest, segment_distance(pts[k], pts[k + 1], h->seats[i].x,
			                                         h->seats[i].y));
	if (nearest < 0.97 * t)
		fail_msg("%d seats, line after %d: a seat %.3f t from the line", h->nseats, left,
		         nearest / t);
	if (left > 0 && left < h->nseats) {
		if (seats_left(h, pts, n) != left)
			fail_msg("%d seats, line after %d has %d on its left", h->nseats, left,
			         seats_left(h, pts, n));
		assert_true(hypot(pts[0].x, pts[0].y) <= h->row_radius[0] - t + 1e-9);
		assert_true(hypot(at.x, at.y) >= h->row_radius[h->nrows - 1] + t - 1e-9);
	} else {
		/* Beside all the seats, upright. */
		for (int i = 0; i < h->nseats; i++)
			assert_true(left <= 0 ? h->seats[i].x > pts[0].x : h->seats[i].x < pts[0].x);
	}
	g_free(pts);
}

static void test_lines(void **state)
{
	(void)state;
	static const int totals[] = {2, 3, 5, 12, 13, 25, 46, 107, 266, 650, 861, 2977};
	for (size_t i = 0; i < G_N_ELEMENTS(totals); i++) {
		int total = totals[i];
		Hemicycle *h = hemi_new(total, &total, 1);
		int lefts[] = {0, 1, total / 2, total / 2 + 1, (2 * total + 2) / 3,
		               (3 * total + 3) / 4, total - 1, total};
		for (size_t k = 0; k < G_N_ELEMENTS(lefts); k++)
			check_line(h, lefts[k]);
		hemi_free(h);
	}
}

/* Every count of a mid-sized arch. */
static void test_every_count(void **state)
{
	(void)state;
	int total = 98;
	Hemicycle *h = hemi_new(total, &total, 1);
	for (int left = 0; left <= total; left++)
		check_line(h, left);
	hemi_free(h);
}

static int run_hemicut_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines),
		cmocka_unit_test(test_every_count),
	};
	return cmocka_run_group_tests_name("hemicut", tests, NULL, NULL);
}

UNIT_GROUP(run_hemicut_tests)
