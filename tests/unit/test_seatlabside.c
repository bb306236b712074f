/* test_seatlabside: the sides of a plot a party label may take (its own
 * side of an arch first, over the arch near its top; the band its seats
 * face on a grid), and labels placed beyond their side's line with leaders
 * that end on the label and keep outside the arch's ring. */
#include "units.h"
#include "seat_fixtures.h"

#include "plot_arch.h"
#include "plot_waffle.h"
#include "seatlabside.h"

#include <math.h>
#include <string.h>

typedef void (*BuildPlot)(SeatPlot *p, const Parliament *h, GArray *cuts);

static void build(SeatPlot *p, const Parliament *h, BuildPlot how)
{
	GArray *cuts = g_array_new(FALSE, FALSE, sizeof(SeatCut));
	how(p, h, cuts);
	g_array_free(cuts, TRUE);
}

/* Sets up label b for party i with its tries, name tries only. */
static void set_up(Labeller *L, Label *b, const Parliament *h, int i)
{
	Side order[NSIDES];
	int n = seatlabside_anchor_plot(L, b, i, order);
	b->pp = &h->parties[i];
	b->order = i;
	b->name = g_strdup(h->parties[i].name);
	b->num = g_strdup("1");
	for (int s = 0; s < n; s++)
		b->tries[b->ntries++] = (Try){order[s], FORM_NAME, 0};
	seatlabside_measure(L, b);
}

static void test_arch_sides(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats\nLeft,30\nTop,10\nRight,30\n");
	const Parliament *h = &set->houses[0];
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatPlot p;
	build(&p, h, plot_arch_build);
	SeatPlotPos at = {120, 226.75, 200};
	seatplot_emit_seats(&f.sp, &p, at);
	Labeller L;
	seatlabside_init_plot(&L, &f.sp, &p, at);
	L.ls = g_new0(Label, 3);
	for (int i = 0; i < 3; i++)
		set_up(&L, &L.ls[L.n++], h, i);
	assert_int_equal(L.ls[0].tries[0].side, SIDE_LEFT);
	assert_int_equal(L.ls[1].tries[0].side, SIDE_TOP);
	assert_int_equal(L.ls[2].tries[0].side, SIDE_RIGHT);
	seatlabside_place_all(&L);
	for (int i = 0; i < 3; i++) {
		const Label *b = &L.ls[i];
		assert_false(b->bad);
		/* The leader ends on the label's edge facing the arch. */
		ScenePoint end = b->leader[b->nleader - 1];
		Side s = b->tries[b->try].side;
		if (s == SIDE_LEFT)
			assert_true(fabs(end.x - (b->x + b->sz.w)) < 1e-9);
		else if (s == SIDE_RIGHT)
			assert_true(fabs(end.x - b->x) < 1e-9);
		else
			assert_true(fabs(end.y - (b->y + b->sz.h)) < 1e-9);
		/* From the elbow on, it keeps outside the seats' ring. */
		for (int k = 1; k + 1 < b->nleader; k++)
			for (int t = 0; t <= 20; t++) {
				ScenePoint a = b->leader[k], c = b->leader[k + 1];
				double x = a.x + (c.x - a.x) * t / 20, y = a.y + (c.y - a.y) * t / 20;
				assert_true(y > at.oy || hypot(x - at.ox, y - at.oy) >= at.k);
			}
	}
	for (int i = 0; i < 3; i++) {
		g_free(L.ls[i].name);
		g_free(L.ls[i].num);
	}
	g_free(L.ls);
	seatlabside_clear(&L);
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* On a grid, the band the party's seats face; a party inside the grid
 * reaches the bands only across seats, so those come last. */
static void test_grid_sides(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats\nA,40\nB,3\nC,40\n");
	const Parliament *h = &set->houses[0];
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatPlot p;
	build(&p, h, plot_waffle_build);
	SeatPlotPos at = {10, 30, 100};
	Labeller L;
	seatlabside_init_plot(&L, &f.sp, &p, at);
	Label a = {0};
	Side order[NSIDES];
	int n = seatlabside_anchor_plot(&L, &a, 0, order);
	assert_true(n >= 2);
	assert_true(order[0] == SIDE_TOP || order[0] == SIDE_BOTTOM);
	assert_false(a.through[order[0]]);
	for (int i = 0; i < h->nparties; i++) {
		Label b = {0};
		n = seatlabside_anchor_plot(&L, &b, i, order);
		/* Faced sides come before those reached across seats. */
		for (int k = 1; k < n; k++)
			assert_true(b.through[order[k]] >= b.through[order[k - 1]]);
	}
	seatlabside_clear(&L);
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

static int run_seatlabside_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arch_sides),
		cmocka_unit_test(test_grid_sides),
	};
	return cmocka_run_group_tests_name("seatlabside", tests, NULL, NULL);
}

UNIT_GROUP(run_seatlabside_tests)
