/* test_hemicycle: the arch: every seat placed once inside the half disc, no
 * two overlapping, seat sizes smooth in the total, each party one block in
 * row order (hemiparty, checked in test_hemiparty too). */
#include "units.h"
#include "seat_fixtures.h"

#include "hemicycle.h"
#include "hemiparty.h"

#include <math.h>

/* Pieces the seats of party p fall into, neighbours being closer than
 * `reach`. */
static int pieces(const double *x, const double *y, const int *party, int n,
                  double reach, int p)
{
	int *mark = g_new0(int, n), *stack = g_new(int, n), count = 0;
	for (int i = 0; i < n; i++) {
		if (party[i] != p || mark[i])
			continue;
		count++;
		int sp = 0;
		stack[sp++] = i;
		mark[i] = 1;
		while (sp) {
			int a = stack[--sp];
			for (int j = 0; j < n; j++)
				if (party[j] == p && !mark[j] && hypot(x[a] - x[j], y[a] - y[j]) < reach) {
					mark[j] = 1;
					stack[sp++] = j;
				}
		}
	}
	g_free(mark);
	g_free(stack);
	return count;
}

static void check_arch(int total, const int *counts, int nparties)
{
	Hemicycle *h = hemi_new(total, counts, nparties);
	assert_non_null(h);
	assert_int_equal(h->nseats, total);
	int sum = 0;
	for (int r = 0; r < h->nrows; r++)
		sum += h->row_seats[r];
	assert_int_equal(sum, total);
	double *x = g_new(double, total), *y = g_new(double, total);
	int *party = g_new(int, total), *got = g_new0(int, nparties);
	for (int i = 0; i < total; i++) {
		const HemiSeat *s = &h->seats[i];
		x[i] = s->x, y[i] = s->y, party[i] = s->party;
		got[s->party]++;
		/* Inside the unit half disc, above the baseline. */
		assert_true(hypot(s->x, s->y) + h->seat_r <= 1 + 1e-9);
		assert_true(s->y - h->seat_r >= -1e-9);
		/* Rows list the parties in order, left to right. */
		if (i > 0 && h->seats[i - 1].row == s->row) {
			assert_true(h->seats[i - 1].party <= s->party);
			assert_true(h->seats[i - 1].x < s->x);
		}
	}
	for (int p = 0; p < nparties; p++) {
		assert_int_equal(got[p], counts[p]);
		if (counts[p] > 0 && pieces(x, y, party, total, HEMIPARTY_NEIGHBOUR * h->pitch, p) != 1)
			fail_msg("total %d: party %d of %d (%d seats) is in pieces", total, p,
			         nparties, counts[p]);
	}
	/* No two seats overlap: a grid of cells one pitch wide. */
	for (int i = 0; i < total; i++)
		for (int j = i + 1; j < total; j++)
			if (fabs(x[i] - x[j]) < 2 * h->seat_r && fabs(y[i] - y[j]) < 2 * h->seat_r)
				assert_true(hypot(x[i] - x[j], y[i] - y[j]) >= 2 * h->seat_r - 1e-9);
	g_free(x);
	g_free(y);
	g_free(party);
	g_free(got);
	hemi_free(h);
}

static void test_arch_totals(void **state)
{
	(void)state;
	static const int totals[] = {1, 2, 3, 4, 5, 9, 12, 13, 15, 31, 32, 61, 62, 107,
	                             266, 650, 736, 861, 2977};
	for (size_t i = 0; i < G_N_ELEMENTS(totals); i++) {
		int n = totals[i];
		int counts[4] = {n / 7, n / 2, 0, 0};
		counts[2] = n / 5;
		counts[3] = n - counts[0] - counts[1] - counts[2];
		check_arch(n, counts, 4);
		check_arch(n, &n, 1);
	}
}

static void test_arch_random(void **state)
{
	(void)state;
	guint32 s = 2026;
	for (int i = 0; i < 300; i++) {
		int total = 1 + (int)(fixture_rng(&s) % (i < 250 ? 400u : 3000u));
		int np = 1 + (int)(fixture_rng(&s) % 12u);
		int *c = fixture_split(&s, total, np);
		check_arch(total, c, np);
		g_free(c);
	}
}

static void test_arch_majlis(void **state)
{
	(void)state;
	int counts[] = {7, 84, 7, 9};
	check_arch(107, counts, 4);
	Hemicycle *h = hemi_new(107, counts, 4);
	/* Rows near full, so the arch looks even; the middle stays open. */
	assert_true(h->nrows >= 4 && h->nrows <= 7);
	assert_true(h->hole >= 0.35);
	/* Every row has seats of every party with at least as many seats as
	 * rows: wedges, not bands. */
	for (int r = 0; r < h->nrows; r++) {
		int has[4] = {0};
		for (int i = 0; i < h->nseats; i++)
			if (h->seats[i].row == r)
				has[h->seats[i].party] = 1;
		assert_true(has[1] && has[3]);
	}
	hemi_free(h);
}

/* One seat more never makes the seats larger, nor smaller by more than a
 * single row shrinks them (as 1/N). */
static void test_arch_size_smooth(void **state)
{
	(void)state;
	double prev = 0;
	for (int n = 1; n <= 3000; n++) {
		Hemicycle *h = hemi_new(n, &n, 1);
		if (n > 1) {
			if (h->seat_r > prev + 1e-12)
				fail_msg("%d seats are larger than %d: %g > %g", n, n - 1, h->seat_r, prev);
			if (h->seat_r < prev * (n - 1) / n - 1e-12)
				fail_msg("%d seats shrink by more than 1/N: %g after %g", n, h->seat_r, prev);
		}
		/* Seats smaller than the pitch, so they never touch. */
		assert_true(h->seat_r < h->pitch / 2);
		prev = h->seat_r;
		hemi_free(h);
	}
}

static void test_arch_small_single_row(void **state)
{
	(void)state;
	for (int n = 1; n <= 12; n++) {
		Hemicycle *h = hemi_new(n, &n, 1);
		assert_int_equal(h->nrows, 1);
		/* Symmetric about the middle. */
		for (int i = 0; i < n; i++)
			assert_true(fabs(h->seats[i].x + h->seats[n - 1 - i].x) < 1e-9);
		hemi_free(h);
	}
}

/* 5 000 seats in few or in 5 000 parties: every seat placed once. Speed is
 * measured in bench/, never here: a loaded CI machine must not fail a test. */
static void test_arch_5000(void **state)
{
	(void)state;
	int c[5] = {1000, 1000, 1000, 1000, 1000};
	Hemicycle *h = hemi_new(5000, c, 5);
	assert_int_equal(h->nseats, 5000);
	hemi_free(h);
	int *ones = g_new(int, 5000);
	for (int i = 0; i < 5000; i++)
		ones[i] = 1;
	h = hemi_new(5000, ones, 5000);
	assert_int_equal(h->nseats, 5000);
	hemi_free(h);
	g_free(ones);
}

static int run_hemicycle_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arch_totals),
		cmocka_unit_test(test_arch_random),
		cmocka_unit_test(test_arch_majlis),
		cmocka_unit_test(test_arch_size_smooth),
		cmocka_unit_test(test_arch_small_single_row),
		cmocka_unit_test(test_arch_5000),
	};
	return cmocka_run_group_tests_name("hemicycle", tests, NULL, NULL);
}

UNIT_GROUP(run_hemicycle_tests)
