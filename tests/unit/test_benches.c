/* test_benches: the Westminster layout: sides from the bench column only (in
 * file order without one), seats a pitch apart inside the chamber, every
 * party one block, and lines with exactly their seats on the speaker's side. */
#include "units.h"
#include "seat_fixtures.h"

#include "benches.h"

#include <math.h>

/* The pieces party p falls into, neighbours side by side (not diagonal). */
static int pieces(const Benches *b, int p)
{
	int n = b->nseats, *mark = g_new0(int, n), *stack = g_new(int, n), count = 0;
	for (int i = 0; i < n; i++) {
		if (b->seats[i].party != p || mark[i])
			continue;
		count++;
		int sp = 0;
		stack[sp++] = i;
		mark[i] = 1;
		while (sp) {
			const BenchSeat *a = &b->seats[stack[--sp]];
			for (int j = 0; j < n; j++)
				if (b->seats[j].party == p && !mark[j] &&
				    hypot(a->x - b->seats[j].x, a->y - b->seats[j].y) < 1.1) {
					mark[j] = 1;
					stack[sp++] = j;
				}
		}
	}
	g_free(mark);
	g_free(stack);
	return count;
}

/* Every seat once, a pitch apart, inside the chamber; every party one piece. */
static void check_benches(const ParlParty *ps, int n)
{
	Benches *b = bench_westminster(ps, n);
	int *got = g_new0(int, n), total = 0;
	for (int i = 0; i < b->nseats; i++) {
		got[b->seats[i].party]++;
		assert_true(b->seats[i].x > 0 && b->seats[i].x < b->width);
		assert_true(b->seats[i].y > 0 && b->seats[i].y < b->height);
		for (int j = i + 1; j < b->nseats; j++)
			assert_true(hypot(b->seats[i].x - b->seats[j].x,
			                  b->seats[i].y - b->seats[j].y) >= 1 - 1e-9);
	}
	for (int p = 0; p < n; p++) {
		assert_int_equal(got[p], ps[p].seats);
		total += ps[p].seats;
		if (ps[p].seats > 0 && pieces(b, p) != 1)
			fail_msg("party %d of %d (%d seats) is in %d pieces", p, n, ps[p].seats,
			         pieces(b, p));
	}
	assert_int_equal(b->nseats, total);
	g_free(got);
	bench_free(b);
}

static void test_given_benches(void **state)
{
	(void)state;
	ParlParty ps[6] = {
		{.name = (char *)"Gov", .seats = 84, .bench = PARL_GOVERNMENT},
		{.name = (char *)"Opp A", .seats = 7, .bench = PARL_OPPOSITION},
		{.name = (char *)"Opp B", .seats = 7, .bench = PARL_OPPOSITION},
		{.name = (char *)"Appointed", .seats = 9, .kind = PARL_APPOINTED, .bench = PARL_CROSS},
		{.name = (char *)"Chair", .seats = 1, .bench = PARL_SPEAKER},
		{.name = (char *)"Unsaid", .seats = 3},
	};
	assert_true(bench_given(ps, 6));
	assert_int_equal(bench_place(ps, 6, 0), BENCH_LOWER);
	assert_int_equal(bench_place(ps, 6, 1), BENCH_UPPER);
	assert_int_equal(bench_place(ps, 6, 3), BENCH_CROSS);
	assert_int_equal(bench_place(ps, 6, 4), BENCH_HEAD);
	assert_int_equal(bench_place(ps, 6, 5), BENCH_UNSAID);
	check_benches(ps, 6);
	Benches *b = bench_westminster(ps, 6);
	assert_true(b->given);
	assert_int_equal(b->count[BENCH_LOWER], 84);
	assert_int_equal(b->count[BENCH_UNSAID], 3);
	/* Opposition above the floor, government below; the party given no
	 * bench past the cross benches. */
	for (int i = 0; i < b->nseats; i++) {
		const BenchSeat *s = &b->seats[i];
		if (s->party == 0)
			assert_true(s->y > b->floor_y);
		if (s->party == 1)
			assert_true(s->y < b->floor_y);
		if (s->party == 5)
			assert_true(s->x > b->cross_end);
	}
	bench_free(b);
}

/* Without a bench column no side is anyone's: the parties in file order,
 * split where the sides come nearest to equal. */
static void test_two_sides(void **state)
{
	(void)state;
	ParlParty ps[4] = {
		{.name = (char *)"A", .seats = 7}, {.name = (char *)"B", .seats = 84},
		{.name = (char *)"C", .seats = 7}, {.name = (char *)"D", .seats = 9, .kind = PARL_APPOINTED},
	};
	assert_false(bench_given(ps, 4));
	assert_int_equal(bench_place(ps, 4, 0), BENCH_UPPER);
	assert_int_equal(bench_place(ps, 4, 1), BENCH_UPPER);
	assert_int_equal(bench_place(ps, 4, 2), BENCH_LOWER);
	assert_int_equal(bench_place(ps, 4, 3), BENCH_LOWER);
	ParlParty even[4] = {
		{.name = (char *)"A", .seats = 10}, {.name = (char *)"B", .seats = 10},
		{.name = (char *)"C", .seats = 12}, {.name = (char *)"D", .seats = 9},
	};
	assert_int_equal(bench_place(even, 4, 1), BENCH_UPPER);
	assert_int_equal(bench_place(even, 4, 2), BENCH_LOWER);
	Benches *b = bench_westminster(ps, 4);
	assert_false(b->given);
	assert_int_equal(b->count[BENCH_CROSS] + b->count[BENCH_HEAD], 0);
	bench_free(b);
	check_benches(ps, 4);
}

/* The 2019 Commons split Plaid Cymru 3 + 1 and Sinn Féin 2 + 5 when columns
 * all ran one way; random houses of up to 30 parties too. */
static void test_random_blocks(void **state)
{
	(void)state;
	guint32 s = 77;
	for (int i = 0; i < 400; i++) {
		int total = 1 + (int)(fixture_rng(&s) % (i < 300 ? 200u : 3000u));
		int n = 1 + (int)(fixture_rng(&s) % 30u);
		int *c = fixture_split(&s, total, n);
		ParlParty *ps = g_new0(ParlParty, n);
		gboolean given = i % 2;
		for (int p = 0; p < n; p++) {
			ps[p] = (ParlParty){.name = (char *)"P", .seats = c[p]};
			if (given)
				ps[p].bench = (ParlBench)(fixture_rng(&s) % 5u);
		}
		check_benches(ps, n);
		g_free(ps);
		g_free(c);
	}
}

/* Whether a seat is left of the line xy[n]: left of the line's x at the
 * seat's height, the line run on upwards and downwards past its ends. */
static gboolean left_of(const double *xy, int n, const BenchSeat *s)
{
	if (s->y <= xy[1])
		return s->x < xy[0];
	if (s->y >= xy[2 * n - 1])
		return s->x < xy[2 * n - 2];
	for (int k = 0; k + 1 < n; k++) {
		double y0 = xy[2 * k + 1], y1 = xy[2 * k + 3];
		if (xy[2 * k] == xy[2 * k + 2] && s->y >= MIN(y0, y1) && s->y <= MAX(y0, y1))
			return s->x < xy[2 * k];
	}
	fail_msg("no upright piece of the line at y = %g", s->y);
	return FALSE;
}

/* Every count, on benches with a speaker, cross benches and a floor: the
 * seats left of the line, and half a pitch between every seat and it. */
static void test_lines(void **state)
{
	(void)state;
	ParlParty ps[4] = {
		{.name = (char *)"Chair", .seats = 1, .bench = PARL_SPEAKER},
		{.name = (char *)"Gov", .seats = 40, .bench = PARL_GOVERNMENT},
		{.name = (char *)"Opp", .seats = 33, .bench = PARL_OPPOSITION},
		{.name = (char *)"X", .seats = 5, .bench = PARL_CROSS},
	};
	Benches *b = bench_westminster(ps, 4);
	for (int left = 0; left <= b->nseats; left++) {
		double xy[8];
		int n = bench_threshold_line(b, left, 0.35, xy);
		int count = 0;
		for (int i = 0; i < b->nseats; i++) {
			count += left_of(xy, n, &b->seats[i]);
			for (int k = 0; k + 1 < n; k++) {
				/* Pieces run along cell edges: half a pitch from centres. */
				double x0 = MIN(xy[2 * k], xy[2 * k + 2]), x1 = MAX(xy[2 * k], xy[2 * k + 2]);
				double y0 = MIN(xy[2 * k + 1], xy[2 * k + 3]), y1 = MAX(xy[2 * k + 1], xy[2 * k + 3]);
				double dx = MAX(0, MAX(x0 - b->seats[i].x, b->seats[i].x - x1));
				double dy = MAX(0, MAX(y0 - b->seats[i].y, b->seats[i].y - y1));
				assert_true(hypot(dx, dy) >= 0.5 - 1e-9);
			}
		}
		if (count != left)
			fail_msg("line for %d has %d seats on its left", left, count);
		/* Downwards, standing out past the seats beside it. */
		assert_true(xy[1] < xy[2 * n - 1]);
	}
	bench_free(b);
}

static int run_benches_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_given_benches),
		cmocka_unit_test(test_two_sides),
		cmocka_unit_test(test_random_blocks),
		cmocka_unit_test(test_lines),
	};
	return cmocka_run_group_tests_name("benches", tests, NULL, NULL);
}

UNIT_GROUP(run_benches_tests)
