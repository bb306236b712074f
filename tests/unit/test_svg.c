/* test_svg: the SVG writer's groups (svggroup), its numbers and text
 * (svgxml), and the shapes it writes by draw.c's rules (svg). */
#include "units.h"
#include "svg.h"
#include "svggroup.h"
#include "svgxml.h"

#include <string.h>

static const SvgGroup *group_at(const SvgGroups *g, int i)
{
	assert_true(i >= 0 && (guint)i < g->groups->len);
	return &g_array_index(g->groups, SvgGroup, i);
}

/* A timeline's items: a row's texts early and its marker late, legend
 * entries without rows, notes. */
static void groups_of_a_timeline(void **state)
{
	(void)state;
	Scene *s = scene_new(200, 100);
	TextStyle st = {.size = 7};
	Color ink = color_rgb(0x1a1a1a);
	scene_text(s, "title", "A title", &st, 0, 0, 50, 10, ink);             /* 0 */
	scene_circle(s, "legend-key", 3, 15, 3, ink, COLOR_NONE, 0);           /* 1 */
	scene_text(s, "legend", "Party", &st, 8, 12, 20, 8, ink);               /* 2 */
	scene_circle(s, "legend-key", 33, 15, 3, ink, COLOR_NONE, 0);          /* 3 */
	scene_text(s, "legend", "Arrests", &st, 38, 12, 20, 8, ink);            /* 4 */
	scene_text(s, "date", "16 Oct 2019", &st, 0, 20, 30, 8, ink)->row = 2;  /* 5 */
	scene_text(s, "label", "Party\u2060 founded", &st, 0, 28, 30, 8, ink)->row = 2;
	scene_text(s, "detail", "In Almaty.", &st, 0, 36, 30, 8, ink)->row = 2; /* 7 */
	scene_line(s, "stem", 1, 44, 1, 60, 0.5, ink)->row = 2;                 /* 8 */
	scene_text(s, "label", "Leader detained", &st, 60, 28, 30, 8, ink)->row = 3;
	scene_line(s, "axis", 0, 60, 200, 60, 0.8, ink);                        /* 10 */
	scene_circle(s, "marker", 1, 60, 2, ink, COLOR_NONE, 0)->row = 2;       /* 11 */
	scene_circle(s, "marker", 61, 60, 2, ink, COLOR_NONE, 0)->row = 4;      /* 12 */
	scene_text(s, "note", "Sources: ...", &st, 0, 80, 60, 8, ink);          /* 13 */
	scene_text(s, "caption", "A caption", &st, 0, 90, 60, 8, ink);          /* 14 */
	SvgGroups *g = svggroup_find(s);
	const int want_of[] = {-1, 0, 0, 1, 1, 2, 2, 2, 2, 3, -1, 2, 4, 5, 6};
	for (guint i = 0; i < G_N_ELEMENTS(want_of); i++)
		assert_int_equal(g->of_item[i], want_of[i]);
	assert_int_equal(g->groups->len, 7);
	assert_string_equal(group_at(g, 0)->id, "legend-1");
	assert_string_equal(group_at(g, 0)->cls, "legend-entry");
	assert_string_equal(group_at(g, 1)->title, "Arrests");
	assert_string_equal(group_at(g, 2)->id, "row-2");
	assert_string_equal(group_at(g, 2)->cls, "event");
	assert_int_equal(group_at(g, 2)->row, 2);
	/* the date leads with a colon, the rest follows as sentences; word
	 * joiners are left out */
	assert_string_equal(group_at(g, 2)->title, "16 Oct 2019: Party founded. In Almaty.");
	assert_string_equal(group_at(g, 3)->title, "Leader detained");
	/* a row drawn without words still has a title */
	assert_string_equal(group_at(g, 4)->title, "line 4 of the input");
	assert_string_equal(group_at(g, 5)->id, "note-1");
	assert_string_equal(group_at(g, 6)->id, "note-2");
	assert_string_equal(group_at(g, 6)->title, "A caption");
	svggroup_free(g);
	scene_free(s);
}

/* A seat chart: a party's seats are one group, its legend entry another;
 * a legend heading without a key belongs to no entry. */
static void groups_of_a_seat_chart(void **state)
{
	(void)state;
	Scene *s = scene_new(200, 100);
	s->lang = "ru";
	TextStyle st = {.size = 7};
	Color c = color_rgb(0x1f78b4);
	scene_seat(s, "Nur Otan", 10, 10, 2, c, COLOR_NONE, 0)->row = 3;        /* 0 */
	scene_seat(s, "Aq Zhol", 15, 10, 2, c, COLOR_NONE, 0)->row = 4;         /* 1 */
	scene_seat(s, "Nur Otan", 20, 10, 2, c, COLOR_NONE, 0)->row = 3;        /* 2 */
	scene_text(s, "legend", "Seats", &st, 50, 40, 20, 8, c);                /* 3 */
	SceneItem *sw = scene_circle(s, "swatch", 3, 50, 3, c, COLOR_NONE, 0);  /* 4 */
	sw->row = 3, sw->party = g_strdup("Nur Otan");
	SceneItem *name = scene_text(s, "legend", "Nur Otan", &st, 8, 48, 20, 8, c);
	name->row = 3, name->party = g_strdup("Nur Otan");                      /* 5 */
	SceneItem *n = scene_text(s, "legend", "84", &st, 40, 48, 10, 8, c);    /* 6 */
	n->row = 3, n->party = g_strdup("Nur Otan");
	SvgGroups *g = svggroup_find(s);
	const int want_of[] = {0, 1, 0, -1, 2, 2, 2};
	for (guint i = 0; i < G_N_ELEMENTS(want_of); i++)
		assert_int_equal(g->of_item[i], want_of[i]);
	assert_string_equal(group_at(g, 0)->id, "row-3");
	assert_string_equal(group_at(g, 0)->cls, "party");
	/* its seats counted in the figure's language */
	assert_string_equal(group_at(g, 0)->title, "Nur Otan: 2 места");
	assert_string_equal(group_at(g, 1)->title, "Aq Zhol: 1 место");
	assert_string_equal(group_at(g, 2)->id, "legend-row-3");
	assert_string_equal(group_at(g, 2)->title, "Nur Otan, 84");
	svggroup_free(g);
	scene_free(s);
}

static void xml_numbers_and_text(void **state)
{
	(void)state;
	GString *out = g_string_new(NULL);
	svgxml_num(out, 12.5004, 3);
	g_string_append_c(out, ' ');
	svgxml_num(out, -0.0001, 3);
	g_string_append_c(out, ' ');
	svgxml_num(out, 3, 3);
	g_string_append_c(out, ' ');
	svgxml_num(out, 1234.56, 1);
	assert_string_equal(out->str, "12.5 0 3 1234.6");
	g_string_truncate(out, 0);
	svgxml_text(out, "a<b & \"c\"\u2060d\x01\te", -1);
	assert_string_equal(out->str, "a&lt;b &amp; \"c\"d\te");
	g_string_truncate(out, 0);
	Color half = color_rgb(0x0072b2);
	half.a = 0.5;
	svgxml_color(out, "fill", half);
	svgxml_color(out, "stroke", COLOR_NONE);
	assert_string_equal(out->str, " fill=\"#0072b2\" fill-opacity=\"0.5\" stroke=\"none\"");
	g_string_free(out, TRUE);
}

static char *svg_of(const Scene *s, Fonts *fonts, SvgTextMode mode)
{
	GByteArray *out = g_byte_array_new();
	GError *err = NULL;
	if (!svg_write(s, fonts, mode, out, &err))
		fail_msg("svg_write: %s", err->message);
	g_byte_array_append(out, (const guint8 *)"", 1);
	return (char *)g_byte_array_free(out, FALSE);
}

/* Shapes by draw.c's rules, a row's items together in its group, the
 * same bytes every time, in both text modes. */
static void shapes_and_groups(void **state)
{
	(void)state;
	GError *err = NULL;
	Fonts *fonts = fonts_open(NULL, &err);
	if (!fonts)
		fail_msg("fonts_open: %s", err->message);
	Scene *s = scene_new(160, 90);
	s->title = g_strdup("T");
	s->desc = g_strdup("D");
	TextStyle st = {.size = 7, .align = TEXT_RIGHT};
	scene_text(s, "label", "Right", &st, 10, 10, 40, 9, color_rgb(0x333333))->row = 2;
	scene_line(s, "axis", 4, 50, 150, 52.5, 0.8, color_rgb(0x333333))->dash = 2;
	Color half = color_rgb(0x0072b2);
	half.a = 0.5;
	scene_rect(s, "bar", 70, 55, -60, 12, half, color_rgb(0x000000), 0.4);
	scene_circle(s, "marker", 20, 82, 4, color_rgb(0x707070), color_rgb(0x111111),
	             0.5)->hatch = TRUE;
	scene_circle(s, "marker", 40, 50, 2, color_rgb(0x707070), COLOR_NONE, 0)->row = 2;
	char *outl = svg_of(s, fonts, SVGTEXT_OUTLINES), *again = svg_of(s, fonts, SVGTEXT_OUTLINES);
	char *live = svg_of(s, fonts, SVGTEXT_LIVE);
	assert_string_equal(outl, again);
	assert_non_null(strstr(outl, "<title id=\"figure-title\">T</title>\n"
	                             "<desc id=\"figure-desc\">D</desc>\n<defs>\n<path id=\"glyph-0-"));
	assert_non_null(strstr(outl, "stroke-dasharray=\"2 1.5\""));
	/* a negative width drawn from its other side */
	assert_non_null(strstr(outl, "<rect x=\"10\" y=\"55\" width=\"60\" height=\"12\" "
	                             "fill=\"#0072b2\" fill-opacity=\"0.5\" stroke=\"#000000\""));
	/* hatching in the stroke colour, clipped, and no outline */
	assert_non_null(strstr(outl, "<clipPath id=\"hatch-1\"><circle cx=\"20\" cy=\"82\" r=\"4\"/>"));
	assert_non_null(strstr(outl, "clip-path=\"url(#hatch-1)\" fill=\"none\" stroke=\"#111111\""));
	assert_null(strstr(outl, "fill=\"none\" stroke=\"#111111\" stroke-width=\"0.5\""));
	/* the row's marker, drawn after the axis, joins its text in row-2 */
	const char *row = strstr(outl, "<g id=\"row-2\" class=\"event\"><title>Right</title>");
	assert_non_null(row);
	const char *marker = strstr(row, "<circle cx=\"40\"");
	assert_non_null(marker);
	assert_true(marker < strstr(outl, "<line"));
	/* live: right-aligned text anchored at its end, the font embedded */
	assert_non_null(strstr(live, "text-anchor=\"end\""));
	assert_non_null(strstr(live, ">Right</tspan></text>"));
	assert_non_null(strstr(live, "src: url(data:font/ttf;base64,"));
	assert_null(strstr(live, "<use"));
	g_free(outl);
	g_free(again);
	g_free(live);
	scene_free(s);
	fonts_close(fonts);
}

static int run_svg_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(groups_of_a_timeline),
		cmocka_unit_test(groups_of_a_seat_chart),
		cmocka_unit_test(xml_numbers_and_text),
		cmocka_unit_test(shapes_and_groups),
	};
	return cmocka_run_group_tests_name("svg", tests, NULL, NULL);
}

UNIT_GROUP(run_svg_tests)
