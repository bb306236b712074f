/* test_hemiparty: parties on the arch: each one block of neighbouring seats
 * in row order on every composition tried, one-seat parties on an edge
 * between large neighbours, and the parties' order from left to right. */
#include "units.h"
#include "seat_fixtures.h"

#include "hemiparty.h"

#include <math.h>

/* The pieces party p falls into, neighbours closer than HEMIPARTY_NEIGHBOUR
 * pitches. */
static int pieces(const Hemicycle *h, int p)
{
	int n = h->nseats, *mark = g_new0(int, n), *stack = g_new(int, n), count = 0;
	double reach = HEMIPARTY_NEIGHBOUR * h->pitch;
	for (int i = 0; i < n; i++) {
		if (h->seats[i].party != p || mark[i])
			continue;
		count++;
		int sp = 0;
		stack[sp++] = i;
		mark[i] = 1;
		while (sp) {
			const HemiSeat *a = &h->seats[stack[--sp]];
			for (int j = 0; j < n; j++)
				if (h->seats[j].party == p && !mark[j] &&
				    hypot(a->x - h->seats[j].x, a->y - h->seats[j].y) < reach) {
					mark[j] = 1;
					stack[sp++] = j;
				}
		}
	}
	g_free(mark);
	g_free(stack);
	return count;
}

/* Every party with seats in one piece, every row listing them in order,
 * and hemiparty_assign saying so. */
static void check_blocks(int total, const int *counts, int nparties)
{
	Hemicycle *h = hemi_new(total, counts, nparties);
	/* hemi_new assigned them; assigning again must give the same. */
	int *before = g_new(int, total);
	for (int i = 0; i < total; i++)
		before[i] = h->seats[i].party;
	assert_int_equal(hemiparty_assign(h, counts, nparties), 0);
	for (int i = 0; i < total; i++) {
		assert_int_equal(h->seats[i].party, before[i]);
		if (i > 0 && h->seats[i - 1].row == h->seats[i].row)
			assert_true(h->seats[i - 1].party <= h->seats[i].party);
	}
	for (int p = 0; p < nparties; p++)
		if (counts[p] > 0 && pieces(h, p) != 1)
			fail_msg("%d seats, party %d of %d (%d seats) is in pieces", total, p,
			         nparties, counts[p]);
	g_free(before);
	hemi_free(h);
}

/* Many small parties are where wedges fall apart: splits with most
 * parties of 0 to 5 seats. */
static void test_random_blocks(void **state)
{
	(void)state;
	guint32 s = 909;
	for (int i = 0; i < 400; i++) {
		int total = 1 + (int)(fixture_rng(&s) % (i < 300 ? 300u : 3000u));
		int np = 1 + (int)(fixture_rng(&s) % 30u);
		int *c = fixture_split(&s, total, np);
		check_blocks(total, c, np);
		g_free(c);
	}
}

/* A one-seat party between two large ones sits on the outer or inner row
 * or at a row's end, not as a lone dot inside its neighbours. */
static void test_one_seat_on_edge(void **state)
{
	(void)state;
	for (int total = 40; total <= 700; total += 33) {
		int c[3] = {total / 2 - 3, 1, 0};
		c[2] = total - c[0] - 1;
		Hemicycle *h = hemi_new(total, c, 3);
		for (int i = 0; i < total; i++) {
			const HemiSeat *a = &h->seats[i];
			if (a->party != 1)
				continue;
			gboolean edge = a->row == 0 || a->row == h->nrows - 1 || a->index == 0 ||
			                a->index == h->row_seats[a->row] - 1;
			if (!edge)
				fail_msg("%d seats: the one-seat party sits in row %d of %d", total,
				         a->row, h->nrows);
		}
		hemi_free(h);
	}
}

static gint by_angle(gconstpointer a, gconstpointer b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The middle angle of party p's seats (as the case runner takes it). */
static double middle(const Hemicycle *h, int p)
{
	GArray *a = g_array_new(FALSE, FALSE, sizeof(double));
	for (int i = 0; i < h->nseats; i++)
		if (h->seats[i].party == p) {
			double v = atan2(h->seats[i].y, h->seats[i].x);
			g_array_append_val(a, v);
		}
	g_array_sort(a, by_angle);
	double m = g_array_index(a, double, a->len / 2);
	g_array_free(a, TRUE);
	return m;
}

/* The 2019 House of Commons in a left-to-right order: small parties keep
 * their order, none left of the one before by more than a seat of the
 * inner row (rows hold their seats at different angles). */
static void test_commons_order(void **state)
{
	(void)state;
	int c[] = {7, 2, 1, 1, 202, 48, 4, 11, 1, 365, 8};
	Hemicycle *h = hemi_new(650, c, 11);
	double slack = h->pitch / h->row_radius[0];
	for (int p = 1; p < 11; p++)
		if (middle(h, p) > middle(h, p - 1) + slack)
			fail_msg("party %d (%d seats) is left of party %d", p, c[p], p - 1);
	hemi_free(h);
	check_blocks(650, c, 11);
}

/* Runs of one-seat parties (found by the generated cases): a band of them
 * along the outer row once pushed a party of 11 back left of them, and
 * one that went to the lagging inner row sat left of the one before. */
static void test_runs_of_small_parties(void **state)
{
	(void)state;
	static const int a[] = {6, 1, 2, 1, 1, 2, 1, 1, 1, 1, 11, 5, 1, 1, 2, 12, 66, 1, 1,
	                        1, 1, 1, 44, 1, 1};
	static const int b[] = {1, 1, 1, 1, 1, 2, 1, 2, 3, 1, 2, 1, 1, 1, 1, 1, 1, 26, 1, 1,
	                        13, 1, 1};
	static const int c[] = {2, 2, 3, 2, 4, 5, 3, 5, 2, 2, 45, 21, 2, 114, 4, 3, 2, 2, 15,
	                        4, 5, 2, 1, 4, 1, 5, 2};
	const int *all[] = {a, b, c};
	const int sizes[] = {G_N_ELEMENTS(a), G_N_ELEMENTS(b), G_N_ELEMENTS(c)};
	for (int k = 0; k < 3; k++) {
		int total = 0;
		for (int p = 0; p < sizes[k]; p++)
			total += all[k][p];
		check_blocks(total, all[k], sizes[k]);
		Hemicycle *h = hemi_new(total, all[k], sizes[k]);
		double slack = h->pitch / h->row_radius[0];
		for (int p = 1; p < sizes[k]; p++)
			if (middle(h, p) > middle(h, p - 1) + slack)
				fail_msg("composition %d: party %d is left of party %d", k, p, p - 1);
		hemi_free(h);
	}
}

static int run_hemiparty_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_blocks),
		cmocka_unit_test(test_one_seat_on_edge),
		cmocka_unit_test(test_commons_order),
		cmocka_unit_test(test_runs_of_small_parties),
	};
	return cmocka_run_group_tests_name("hemiparty", tests, NULL, NULL);
}

UNIT_GROUP(run_hemiparty_tests)
