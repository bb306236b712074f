/* test_hemicycle: seat geometry (arch, grid, benches), the parliament model's
 * thresholds and shares, and the seat page laid out with a fake measurer. */
#include "units.h"
#include "fake_text.h"

#include "benches.h"
#include "diag.h"
#include "hemicycle.h"
#include "seatalt.h"
#include "seatfig.h"
#include "seats.h"
#include "waffle.h"

#include <glib/gstdio.h>
#include <unistd.h>
#include <math.h>
#include <string.h>

/* ---- Helpers ---- */

/* A deterministic generator, so failures reproduce. */
static guint32 rng_next(guint32 *s)
{
	*s = *s * 1103515245u + 12345u;
	return *s >> 8;
}

/* Random split of total into n counts (some may be 0). Caller frees. */
static int *random_split(guint32 *s, int total, int n)
{
	int *c = g_new0(int, n);
	int left = total;
	for (int i = 0; i < n - 1; i++) {
		int v = (int)(rng_next(s) % (guint32)(left + 1));
		if (rng_next(s) % 3 == 0)
			v %= 6;
		c[i] = v;
		left -= v;
	}
	c[n - 1] = left;
	return c;
}

/* Pieces the seats of party p fall into, neighbours being closer than
 * 3 seat radii (the case runner's rule). */
static int pieces(const double *x, const double *y, const int *party, int n,
                  double r, int p)
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
				if (party[j] == p && !mark[j] && hypot(x[a] - x[j], y[a] - y[j]) < 3 * r) {
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
		if (counts[p] > 0 && pieces(x, y, party, total, h->seat_r, p) != 1)
			fail_msg("total %d: party %d of %d (%d seats) is in pieces", total, p,
			         nparties, counts[p]);
	}
	/* No two seats overlap: a grid of cells one pitch wide. */
	for (int i = 0; i < total; i++)
		for (int j = i + 1; j < total; j++)
			if (fabs(x[i] - x[j]) < 2 * h->seat_r && fabs(y[i] - y[j]) < 2 * h->seat_r)
				assert_true(hypot(x[i] - x[j], y[i] - y[j]) >= 2 * h->seat_r - 1e-9);
	/* The majority line has exactly floor(N/2)+1 seats on its left, by the
	 * nearest piece of the line. */
	int want = total / 2 + 1, n;
	HemiPoint at;
	double angle;
	HemiPoint *pts = hemi_threshold_line(h, want, &n, &at, &angle);
	int left = 0;
	for (int i = 0; i < total; i++) {
		double best = INFINITY, cross = 0;
		for (int k = 0; k + 1 < n; k++) {
			double dx = pts[k + 1].x - pts[k].x, dy = pts[k + 1].y - pts[k].y;
			double l2 = dx * dx + dy * dy;
			double t = l2 > 0 ? CLAMP(((x[i] - pts[k].x) * dx + (y[i] - pts[k].y) * dy) / l2, 0, 1) : 0;
			double d = hypot(x[i] - pts[k].x - t * dx, y[i] - pts[k].y - t * dy);
			if (d < best)
				best = d, cross = dx * (y[i] - pts[k].y) - dy * (x[i] - pts[k].x);
		}
		left += cross > 0;
		/* The line passes between seats, never through a seat's middle. */
		assert_true(best > h->seat_r * 0.5);
	}
	assert_int_equal(left, want);
	g_free(pts);
	g_free(x);
	g_free(y);
	g_free(party);
	g_free(got);
	hemi_free(h);
}

/* ---- Arch ---- */

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
		int total = 1 + (int)(rng_next(&s) % (i < 250 ? 400u : 3000u));
		int np = 1 + (int)(rng_next(&s) % 12u);
		int *c = random_split(&s, total, np);
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

/* ---- Grid and benches ---- */

static void test_waffle(void **state)
{
	(void)state;
	guint32 s = 7;
	for (int i = 0; i < 200; i++) {
		int total = 1 + (int)(rng_next(&s) % 3000u);
		int np = 1 + (int)(rng_next(&s) % 10u);
		int *c = random_split(&s, total, np);
		Waffle *w = waffle_new(total, c, np, 3.0);
		assert_true(w->rows * w->cols >= total);
		assert_true(w->rows * (w->cols - 1) < total);
		int *got = g_new0(int, np);
		for (int k = 0; k < total; k++) {
			got[w->seats[k].party]++;
			/* Next in fill order is the next cell: parties stay joined. */
			if (k > 0)
				assert_int_equal(abs(w->seats[k].col - w->seats[k - 1].col) +
				                 abs(w->seats[k].row - w->seats[k - 1].row), 1);
		}
		for (int p = 0; p < np; p++)
			assert_int_equal(got[p], c[p]);
		/* The threshold staircase leaves exactly `left` cells on its left. */
		int left = total / 2 + 1;
		double pts[12];
		int n = waffle_threshold_line(w, left, pts);
		assert_true(n >= 2);
		int count = 0;
		for (int k = 0; k < total; k++) {
			double cx = w->seats[k].col + 0.5, cy = w->seats[k].row + 0.5;
			/* The line is vertical at this cell's height: the piece spanning cy. */
			for (int j = 0; j + 1 < n; j++)
				if (pts[2 * j] == pts[2 * j + 2] &&
				    cy > MIN(pts[2 * j + 1], pts[2 * j + 3]) &&
				    cy < MAX(pts[2 * j + 1], pts[2 * j + 3]))
					count += cx < pts[2 * j];
		}
		assert_int_equal(count, left);
		g_free(got);
		g_free(c);
		waffle_free(w);
	}
}

static void test_benches(void **state)
{
	(void)state;
	ParlParty ps[5] = {
		{.name = (char *)"Gov", .seats = 84, .kind = PARL_PARTY},
		{.name = (char *)"Opp A", .seats = 7, .kind = PARL_PARTY},
		{.name = (char *)"Opp B", .seats = 7, .kind = PARL_PARTY},
		{.name = (char *)"Appointed", .seats = 9, .kind = PARL_APPOINTED},
		{.name = (char *)"Chair", .seats = 1, .kind = PARL_PARTY, .bench = PARL_SPEAKER},
	};
	assert_int_equal(bench_of(ps, 5, 0), PARL_GOVERNMENT);
	assert_int_equal(bench_of(ps, 5, 1), PARL_OPPOSITION);
	assert_int_equal(bench_of(ps, 5, 3), PARL_CROSS);
	assert_int_equal(bench_of(ps, 5, 4), PARL_SPEAKER);
	Benches *b = bench_westminster(ps, 5);
	assert_int_equal(b->nseats, 108);
	int got[5] = {0};
	for (int i = 0; i < b->nseats; i++) {
		got[b->seats[i].party]++;
		assert_true(b->seats[i].x > 0 && b->seats[i].x < b->width);
		assert_true(b->seats[i].y > 0 && b->seats[i].y < b->height);
		for (int j = i + 1; j < b->nseats; j++)
			assert_true(hypot(b->seats[i].x - b->seats[j].x,
			                  b->seats[i].y - b->seats[j].y) >= 1 - 1e-9);
	}
	for (int p = 0; p < 5; p++)
		assert_int_equal(got[p], ps[p].seats);
	/* Opposition above the floor, government below. */
	for (int i = 0; i < b->nseats; i++) {
		if (b->seats[i].party == 0)
			assert_true(b->seats[i].y > b->floor_y);
		if (b->seats[i].party == 1)
			assert_true(b->seats[i].y < b->floor_y);
	}
	bench_free(b);
}

/* ---- Model ---- */

static void test_thresholds(void **state)
{
	(void)state;
	ParlThreshold t;
	assert_true(parl_threshold_parse("2/3", &t, NULL));
	assert_int_equal(parl_threshold_seats(&t, 107), 72);
	assert_int_equal(parl_threshold_seats(&t, 600), 400);
	assert_int_equal(parl_threshold_seats(&t, 3), 2);
	parl_threshold_clear(&t);
	assert_true(parl_threshold_parse("1/2", &t, NULL));
	assert_int_equal(parl_threshold_seats(&t, 107), 54);
	assert_int_equal(parl_threshold_seats(&t, 100), 51);
	parl_threshold_clear(&t);
	assert_true(parl_threshold_parse("60%", &t, NULL));
	assert_int_equal(parl_threshold_seats(&t, 107), 65);
	assert_int_equal(parl_threshold_seats(&t, 100), 60);
	parl_threshold_clear(&t);
	assert_true(parl_threshold_parse("0.75", &t, NULL));
	assert_int_equal(parl_threshold_seats(&t, 107), 81);
	parl_threshold_clear(&t);
	assert_true(parl_threshold_parse("72", &t, NULL));
	assert_int_equal(parl_threshold_seats(&t, 107), 72);
	parl_threshold_clear(&t);
	static const char *const bad[] = {"", "0", "-1", "half", "3/2", "0/3", "2/0",
	                                  "120%", "%", "60 %", "1.5", "12a", "1e3", "2//3"};
	for (size_t i = 0; i < G_N_ELEMENTS(bad); i++) {
		GError *e = NULL;
		assert_false(parl_threshold_parse(bad[i], &t, &e));
		assert_non_null(e);
		assert_int_equal(e->code, DIAG_USAGE);
		g_error_free(e);
	}
	assert_int_equal(parl_majority(1), 1);
	assert_int_equal(parl_majority(2), 2);
	assert_int_equal(parl_majority(107), 54);
	assert_int_equal(parl_majority(650), 326);
}

static void test_share_text(void **state)
{
	(void)state;
	char *s = parl_share_text(LANG_EN, 84, 107);
	assert_string_equal(s, "84 (78.5%)");
	g_free(s);
	s = parl_share_text(LANG_EN, 9, 107);
	assert_string_equal(s, "9 (8.4%)");
	g_free(s);
	s = parl_share_text(LANG_EN, 1, 3);
	assert_string_equal(s, "1 (33.3%)");
	g_free(s);
	s = parl_share_text(LANG_EN, 2, 3);
	assert_string_equal(s, "2 (66.7%)");
	g_free(s);
	s = parl_share_text(LANG_EN, 5000, 5000);
	assert_string_equal(s, "5,000 (100.0%)");
	g_free(s);
	s = parl_share_text(LANG_RU, 84, 107);
	assert_string_equal(s, "84 (78,5\u00a0%)");
	g_free(s);
}

static char *temp_csv(const char *text)
{
	char *path = NULL;
	int fd = g_file_open_tmp("seats-XXXXXX.csv", &path, NULL);
	assert_true(fd >= 0);
	close(fd);
	assert_true(g_file_set_contents(path, text, -1, NULL));
	return path;
}

static void test_load(void **state)
{
	(void)state;
	char *path = temp_csv("election,party,seats,color,kind,short\n"
	                      "2016,Nur Otan,84,#1f78b4,,NO\n"
	                      "2016,Aq Zhol,7,,party,\n"
	                      "2016,Assembly,9,,appointed,APK\n"
	                      "2012,Nur Otan,83,,,\n"
	                      "2012,Aq Zhol,8,,,\n");
	GError *e = NULL;
	ParlSet *set = parl_load(path, NULL, &e);
	assert_null(e);
	assert_int_equal(set->n, 2);
	assert_string_equal(set->houses[0].election, "2016");
	assert_int_equal(set->houses[0].total, 100);
	assert_int_equal(set->houses[1].total, 91);
	assert_int_equal(set->houses[0].parties[2].kind, PARL_APPOINTED);
	assert_string_equal(set->houses[0].parties[0].short_name, "NO");
	assert_null(set->houses[0].parties[1].short_name);
	assert_int_equal(set->houses[0].parties[2].ref, 2);
	/* One party keeps one colour across elections, given or not. */
	Color a = set->houses[0].parties[0].color, b = set->houses[1].parties[0].color;
	assert_true(a.r == b.r && a.g == b.g && a.b == b.b);
	a = set->houses[0].parties[1].color, b = set->houses[1].parties[1].color;
	assert_true(a.r == b.r && a.g == b.g && a.b == b.b);
	parl_set_free(set);
	g_unlink(path);
	g_free(path);
}

static void test_default_colors(void **state)
{
	(void)state;
	GString *csv = g_string_new("party,seats\n");
	for (int i = 0; i < 14; i++)
		g_string_append_printf(csv, "P%d,%d\n", i, i == 5 ? 500 : 10 + i);
	char *path = temp_csv(csv->str);
	g_string_free(csv, TRUE);
	ParlSet *set = parl_load(path, NULL, NULL);
	const Parliament *h = &set->houses[0];
	/* The biggest party gets the palette's first colour. */
	Color first = color_palette(0), c5 = h->parties[5].color;
	assert_true(fabs(c5.r - first.r) < 1e-9 && fabs(c5.g - first.g) < 1e-9 &&
	            fabs(c5.b - first.b) < 1e-9);
	/* Fourteen parties, fourteen different colours. */
	for (int i = 0; i < 14; i++)
		for (int j = i + 1; j < 14; j++) {
			Color a = h->parties[i].color, b = h->parties[j].color;
			assert_true(fabs(a.r - b.r) + fabs(a.g - b.g) + fabs(a.b - b.b) > 0.05);
		}
	parl_set_free(set);
	g_unlink(path);
	g_free(path);
}

/* ---- The page, with a fake measurer ---- */

static gboolean boxes_overlap(const SceneItem *a, const SceneItem *b)
{
	return a->x < b->x + b->w - 0.01 && b->x < a->x + a->w - 0.01 &&
	       a->y < b->y + b->h - 0.01 && b->y < a->y + a->h - 0.01;
}

static void check_page(const char *csv, SeatFigLayout layout, int want_seats)
{
	char *path = temp_csv(csv);
	GError *e = NULL;
	ParlSet *set = parl_load(path, NULL, &e);
	assert_null(e);
	TextMeasurer *tm = fake_text();
	ChartOptions co = {.input = path, .title = "A title", .subtitle = "A subtitle",
	                   .caption = "Source: test.", .width = 453.5, .lang = LANG_EN};
	ParlThreshold th;
	assert_true(parl_threshold_parse("2/3", &th, NULL));
	SeatFigOptions o = {.layout = layout, .majority = TRUE, .thresholds = &th,
	                    .nthresholds = 1, .labels = TRUE};
	Scene *s = seatfig_layout(set, &o, &co, tm, &e);
	assert_null(e);
	assert_non_null(s);
	assert_true(s->height > 0);
	int seats = 0;
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *a = scene_item(s, i);
		if (a->kind == SCENE_SEAT) {
			seats++;
			assert_true(a->cx - a->r >= 0 && a->cx + a->r <= s->width);
			assert_true(a->cy - a->r >= 0 && a->cy + a->r <= s->height);
		}
		if (a->kind != SCENE_TEXT)
			continue;
		assert_true(a->x >= 0 && a->x + a->w <= s->width + 1e-9);
		assert_true(a->y >= 0 && a->y + a->h <= s->height + 1e-9);
		for (guint j = 0; j < s->items->len; j++) {
			const SceneItem *b = scene_item(s, j);
			if (j != i && b->kind == SCENE_TEXT)
				assert_false(boxes_overlap(a, b));
			if (b->kind == SCENE_SEAT) {
				double nx = CLAMP(b->cx, a->x, a->x + a->w), ny = CLAMP(b->cy, a->y, a->y + a->h);
				assert_true(hypot(nx - b->cx, ny - b->cy) >= b->r - 1e-9);
			}
		}
	}
	assert_int_equal(seats, want_seats);
	char *alt = seatalt_text(set, &o, &co);
	assert_non_null(strstr(alt, "seat"));
	g_free(alt);
	scene_free(s);
	parl_threshold_clear(&th);
	parl_set_free(set);
	g_unlink(path);
	g_free(path);
}

static const char majlis[] = "party,seats,color,kind\n"
                             "Communist People's Party of Kazakhstan,7,#c8102e,party\n"
                             "Nur Otan,84,#1f78b4,party\n"
                             "Aq Zhol,7,#e6a700,party\n"
                             "Assembly of the People of Kazakhstan,9,,appointed\n";

static void test_page_layouts(void **state)
{
	(void)state;
	check_page(majlis, SEATFIG_ARCH, 107);
	check_page(majlis, SEATFIG_WAFFLE, 107);
	check_page(majlis, SEATFIG_WESTMINSTER, 107);
	check_page(majlis, SEATFIG_BAR, 0);
	check_page("party,seats\nSolo,1\n", SEATFIG_ARCH, 1);
	check_page("election,party,seats\n1,A,40\n1,B,37\n2,A,60\n2,B,47\n", SEATFIG_ARCH, 184);
}

static void test_alt_text(void **state)
{
	(void)state;
	char *path = temp_csv(majlis);
	ParlSet *set = parl_load(path, NULL, NULL);
	ChartOptions co = {.title = "Majlis", .lang = LANG_EN};
	SeatFigOptions o = {.layout = SEATFIG_ARCH, .majority = TRUE};
	char *alt = seatalt_text(set, &o, &co);
	assert_string_equal(alt, "Hemicycle seat chart. Majlis, 107 seats: Communist People's "
	                    "Party of Kazakhstan 7 (6.5%), Nur Otan 84 (78.5%), Aq Zhol 7 "
	                    "(6.5%), Assembly of the People of Kazakhstan (appointed) 9 "
	                    "(8.4%); majority 54.\n");
	g_free(alt);
	parl_set_free(set);
	g_unlink(path);
	g_free(path);
}

int run_hemicycle_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arch_totals),
		cmocka_unit_test(test_arch_random),
		cmocka_unit_test(test_arch_majlis),
		cmocka_unit_test(test_arch_small_single_row),
		cmocka_unit_test(test_arch_5000),
		cmocka_unit_test(test_waffle),
		cmocka_unit_test(test_benches),
		cmocka_unit_test(test_thresholds),
		cmocka_unit_test(test_share_text),
		cmocka_unit_test(test_load),
		cmocka_unit_test(test_default_colors),
		cmocka_unit_test(test_page_layouts),
		cmocka_unit_test(test_alt_text),
	};
	return cmocka_run_group_tests_name("hemicycle", tests, NULL, NULL);
}
