/* test_seatlabels: --labels: each party named just outside its own seats,
 * clear of every seat; parties without room, or in a crowd of more than 80,
 * left out and said so. */
#include "units.h"
#include "seat_fixtures.h"

#include "plot_arch.h"
#include "plot_waffle.h"
#include "seatlabels.h"

#include <math.h>
#include <string.h>

typedef void (*BuildPlot)(SeatPlot *p, const Parliament *h, GArray *cuts);

/* Lays h out as a plot (with its majority line) on f and labels it. */
static void label(FixturePage *f, SeatPlot *p, const Parliament *h, BuildPlot build,
                  SeatPlotPos at)
{
	GArray *cuts = seatcut_list(h, TRUE, NULL, 0, LANG_EN, NULL);
	build(p, h, cuts);
	g_array_free(cuts, TRUE);
	seatplot_emit_seats(&f->sp, p, at);
	seatplot_emit_lines(&f->sp, p, at);
	seatlabels_emit(&f->sp, p, at);
}

/* The distance from a box to the nearest seat of party. */
static double to_party(const Scene *s, const SceneItem *box, const char *party)
{
	double best = G_MAXDOUBLE;
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		if (it->kind != SCENE_SEAT || strcmp(it->party, party))
			continue;
		double nx = CLAMP(it->cx, box->x, box->x + box->w);
		double ny = CLAMP(it->cy, box->y, box->y + box->h);
		best = MIN(best, hypot(nx - it->cx, ny - it->cy) - it->r);
	}
	return best;
}

/* Every label near its party's seats and clear of every seat. */
static int check_labels(const Scene *s)
{
	int n = 0;
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		if (it->kind != SCENE_TEXT || strcmp(it->role, "label"))
			continue;
		n++;
		assert_non_null(it->party);
		assert_true(it->row > 0);
		double d = to_party(s, it, it->party);
		if (d < 0 || d > 20)
			fail_msg("label \"%s\" is %.1f pt from its seats", it->text, d);
		for (guint j = 0; j < s->items->len; j++) {
			const SceneItem *o = &g_array_index(s->items, SceneItem, j);
			if (o->kind == SCENE_SEAT)
				assert_true(to_party(s, it, o->party) >= 0);
		}
	}
	return n;
}

static void test_arch_labels(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats,short\nLeft,7,L\nBig Party,84,BP\n"
	                            "Nobody,0,\nRight,16,\n");
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatPlot p;
	label(&f, &p, &set->houses[0], plot_arch_build, (SeatPlotPos){150, 226.75, 200});
	assert_int_equal(check_labels(f.scene), 3);
	/* Short names where given; the party without seats counts as hidden
	 * but is not left out (it has nothing to show). */
	int found = 0;
	for (guint i = 0; i < f.scene->items->len; i++) {
		const SceneItem *it = scene_item(f.scene, i);
		if (it->kind == SCENE_TEXT)
			found += !strcmp(it->text, "BP 84") + !strcmp(it->text, "L 7") +
			         !strcmp(it->text, "Right 16");
	}
	assert_int_equal(found, 3);
	assert_int_equal(f.scene->hidden, 1);
	assert_int_equal(f.scene->left_out->len, 0);
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* On a grid, off the side of the plot nearer the party. */
static void test_grid_labels(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatPlot p;
	label(&f, &p, &set->houses[0], plot_waffle_build, (SeatPlotPos){16, 20, 100});
	assert_true(check_labels(f.scene) + f.scene->hidden == 4);
	for (guint i = 0; i < f.scene->items->len; i++) {
		const SceneItem *it = scene_item(f.scene, i);
		if (it->kind == SCENE_TEXT)
			assert_true(it->y + it->h <= 100 + 16 * p.y0 || it->y >= 100 + 16 * p.y1);
	}
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* A page with no room anywhere: every party left out, with its row. */
static void test_no_room(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	page_add_box(&f.sp.pg, 0, -1000, 453.5, 3000);
	SeatPlot p;
	label(&f, &p, &set->houses[0], plot_arch_build, (SeatPlotPos){150, 226.75, 200});
	assert_int_equal(check_labels(f.scene), 0);
	assert_int_equal(f.scene->hidden, 4);
	assert_int_equal(f.scene->left_out->len, 4);
	for (int i = 0; i < 4; i++) {
		const SceneLeftOut *l = &g_array_index(f.scene->left_out, SceneLeftOut, i);
		assert_int_equal(l->row, i + 2);
		assert_string_equal(l->reason, "no room for its label");
	}
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* Past 80 parties names beside the seats would be a crowd: all left out. */
static void test_crowd(void **state)
{
	(void)state;
	GString *csv = g_string_new("party,seats\n");
	for (int i = 0; i < 82; i++)
		g_string_append_printf(csv, "P%d,%d\n", i, i == 81 ? 0 : 2);
	ParlSet *set = fixture_load(csv->str);
	g_string_free(csv, TRUE);
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatPlot p;
	label(&f, &p, &set->houses[0], plot_arch_build, (SeatPlotPos){150, 226.75, 200});
	assert_int_equal(check_labels(f.scene), 0);
	assert_int_equal(f.scene->hidden, 82);
	assert_int_equal(f.scene->left_out->len, 81);
	assert_string_equal(g_array_index(f.scene->left_out, SceneLeftOut, 0).reason,
	                    "too many parties to label");
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

static int run_seatlabels_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arch_labels),
		cmocka_unit_test(test_grid_labels),
		cmocka_unit_test(test_no_room),
		cmocka_unit_test(test_crowd),
	};
	return cmocka_run_group_tests_name("seatlabels", tests, NULL, NULL);
}

UNIT_GROUP(run_seatlabels_tests)
