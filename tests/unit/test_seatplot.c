/* test_seatplot: a plot's extent and lines, and its drawing: seats where the
 * plot puts them, the total in the hole or under the plot, line labels clear
 * of the seats, lines as wide as the gaps between seats allow. */
#include "units.h"
#include "seat_fixtures.h"

#include "seatcut.h"
#include "seatmark.h"
#include "seatplot.h"

#include <math.h>
#include <string.h>

/* A plot of two seats of the Majlis's first party and one line. */
static void small_plot(SeatPlot *p, const Parliament *h, gboolean arch)
{
	seatplot_init(p, h, 0.4);
	seatplot_add_seat(p, 0.5, 0.5, 0);
	seatplot_add_seat(p, 1.5, 0.5, 1);
	p->arch = arch;
	p->hole = 1;
	SeatCut c = {1, SEATCUT_MAJORITY, g_strdup("Majority: 1")};
	SeatPlotLine l = {0};
	l.pts = g_new(ScenePoint, 2);
	l.pts[0] = (ScenePoint){1, -0.35};
	l.pts[1] = (ScenePoint){1, 1.35};
	l.n = 2;
	l.anchor = l.pts[0];
	l.dir = G_PI / 2;
	seatplot_add_line(p, &l, &c);
	assert_null(c.label);   /* taken */
}

static void test_build(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	SeatPlot p;
	small_plot(&p, &set->houses[0], FALSE);
	assert_true(fabs(p.x0 - 0.1) < 1e-9 && fabs(p.x1 - 1.9) < 1e-9);
	assert_true(fabs(p.y0 - 0.1) < 1e-9 && fabs(p.y1 - 0.9) < 1e-9);
	const SeatPlotLine *l = &g_array_index(p.lines, SeatPlotLine, 0);
	assert_int_equal(l->seats, 1);
	assert_int_equal(l->kind, SEATCUT_MAJORITY);
	assert_string_equal(l->label, "Majority: 1");
	seatplot_add_note(&p, "Opposition", 0, 0, TRUE, FALSE);
	assert_int_equal(p.nnotes, 1);
	seatplot_clear(&p);
	parl_set_free(set);
}

static void test_emit(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	FixturePage f;
	fixture_page_init(&f, 300, LANG_EN);
	SeatPlot p;
	small_plot(&p, &set->houses[0], FALSE);
	SeatPlotPos at = {20, 100, 50};
	seatplot_emit_seats(&f.sp, &p, at);
	seatplot_emit_lines(&f.sp, &p, at);
	const SceneItem *s1 = scene_item(f.scene, 1);
	assert_true(s1->cx == 130 && s1->cy == 60 && s1->r == 8);
	assert_string_equal(s1->party, "Nur Otan");
	assert_int_equal(fixture_count(f.scene, SCENE_PATH, "majority"), 1);
	/* No hole: the total goes under the plot and its lines. */
	assert_true(seatplot_hole_size(&f.sp, &p, 20, 26) == 0);
	double bottom = seatplot_emit_total(&f.sp, &p, at, 0);
	const SceneItem *total = scene_item(f.scene, f.scene->items->len - 1);
	assert_string_equal(total->text, "107 seats");
	assert_true(total->y >= 50 + 20 * 1.35 + 4);
	assert_true(fabs(bottom - (total->y + total->h)) < 1e-9);
	seatplot_emit_line_labels(&f.sp, &p, at, 8.5);
	const SceneItem *label = scene_item(f.scene, f.scene->items->len - 1);
	assert_string_equal(label->text, "Majority: 1");
	assert_string_equal(label->role, "threshold");
	/* Above the line's top end, where it points. */
	assert_true(label->y + label->h <= 50 - 20 * 0.35);
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

static void test_total_in_hole(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	FixturePage f;
	fixture_page_init(&f, 300, LANG_EN);
	SeatPlot p;
	small_plot(&p, &set->houses[0], TRUE);
	/* A hole of 100 pt holds the total at its largest size; 10 pt none. */
	assert_true(seatplot_hole_size(&f.sp, &p, 100, 26) == 22);
	assert_true(seatplot_hole_size(&f.sp, &p, 10, 26) == 0);
	SeatPlotPos at = {100, 150, 200};
	double bottom = seatplot_emit_total(&f.sp, &p, at, 22);
	assert_int_equal(f.scene->items->len, 2);
	const SceneItem *num = scene_item(f.scene, 0), *word = scene_item(f.scene, 1);
	assert_string_equal(num->text, "107");
	assert_string_equal(word->text, "seats");
	assert_true(num->style.size == 22 && num->style.bold);
	/* Centred on the arch, standing on its baseline. */
	assert_true(fabs(num->x + num->w / 2 - 150) < 1e-9);
	assert_true(fabs(word->y + word->h - 200) < 1e-9);
	/* The plot's bottom: its lowest line end. */
	assert_true(fabs(bottom - (200 + 100 * 1.35)) < 1e-9);
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* A line half a pitch from two seats of radius 0.4: drawn as wide as the
 * gap allows, its halo too, 5% of a radius clear of both; too narrow a gap
 * asks for smaller seats. */
static void test_line_room(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	FixturePage f;
	fixture_page_init(&f, 300, LANG_EN);
	SeatPlot p;
	small_plot(&p, &set->houses[0], FALSE);
	const SeatPlotLine *l = &g_array_index(p.lines, SeatPlotLine, 0);
	assert_true(fabs(l->clear - 0.5) < 1e-9);
	/* At 20 pt a unit the gap is 4 pt: room for the whole line. */
	assert_true(seatplot_line_fit(&p, 20) == 0.4);
	SeatPlotPos at = {20, 100, 50};
	seatplot_emit_lines(&f.sp, &p, at);
	SeatLineMark full = seatmark_line(SEATCUT_MAJORITY);
	assert_true(scene_item(f.scene, 0)->line_width == full.halo);
	assert_true(scene_item(f.scene, 1)->line_width == full.width);
	/* At 4 pt a unit: 0.8 pt of gap; line and halo share what is left. */
	at.k = 4;
	seatplot_emit_lines(&f.sp, &p, at);
	for (guint i = 2; i < 4; i++) {
		double w = scene_item(f.scene, i)->line_width;
		assert_true(w < full.width && w >= SEATMARK_LINE_MIN);
		/* The edge 5% of a radius clear of the seat's edge. */
		assert_true(4 * 0.5 - w / 2 >= 4 * 0.4 * (1 + SEATPLOT_LINE_CLEAR));
	}
	/* At 2 pt a unit not even SEATMARK_LINE_MIN fits: smaller seats. */
	double r = seatplot_line_fit(&p, 2);
	assert_true(r < 0.4);
	assert_true(fabs(2 * (0.5 - r * (1 + SEATPLOT_LINE_CLEAR * 1.2)) * 2 - SEATMARK_LINE_MIN) <
	            1e-9);
	seatplot_clear(&p);
	fixture_page_clear(&f);
	parl_set_free(set);
}

static int run_seatplot_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_build),
		cmocka_unit_test(test_emit),
		cmocka_unit_test(test_total_in_hole),
		cmocka_unit_test(test_line_room),
	};
	return cmocka_run_group_tests_name("seatplot", tests, NULL, NULL);
}

UNIT_GROUP(run_seatplot_tests)
