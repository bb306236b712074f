/* test_seatseries: parties across elections: one lineage by name or through
 * the previous column, the errors a previous cell can have, legend numbers,
 * and the seats of each lineage per house. */
#include "units.h"
#include "seat_fixtures.h"

#include "diag.h"
#include "seatseries.h"

#include <glib/gstdio.h>

/* The lineage of party `name` in house h, or -1. */
static int lineage_of(const ParlSet *set, int h, const char *name)
{
	for (int j = 0; j < set->houses[h].nparties; j++)
		if (!g_strcmp0(set->houses[h].parties[j].name, name))
			return set->houses[h].parties[j].lineage;
	return -1;
}

static const char renamed_csv[] =
	"election,party,seats,previous\n"
	"2016,Nur Otan,84,\n"
	"2016,Ak Zhol,7,\n"
	"2016,CPPK,7,\n"
	"2021,Nur Otan,76,\n"
	"2021,People's Party,10,CPPK\n"
	"2021,Ak Zhol,12,\n"
	"2023,Amanat,62,Nur Otan\n"
	"2023,Ak Zhol,6,\n"
	"2023,Auyl,8,\n"
	"2023,People's Party,5,\n";

static void test_renames(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(renamed_csv);
	int nur = lineage_of(set, 0, "Nur Otan");
	assert_int_equal(lineage_of(set, 1, "Nur Otan"), nur);
	assert_int_equal(lineage_of(set, 2, "Amanat"), nur);
	assert_int_equal(lineage_of(set, 1, "People's Party"), lineage_of(set, 0, "CPPK"));
	assert_int_equal(lineage_of(set, 2, "People's Party"), lineage_of(set, 0, "CPPK"));
	assert_int_equal(lineage_of(set, 2, "Ak Zhol"), lineage_of(set, 0, "Ak Zhol"));
	assert_int_equal(set->nlineages, 4);
	assert_string_equal(set->lineages[nur].name, "Amanat");
	assert_string_equal(set->lineages[nur].formerly, "Nur Otan");
	assert_string_equal(set->lineages[lineage_of(set, 0, "CPPK")].name, "People's Party");
	assert_string_equal(set->lineages[lineage_of(set, 0, "CPPK")].formerly, "CPPK");
	assert_null(set->lineages[lineage_of(set, 0, "Ak Zhol")].formerly);
	/* Legend numbers by first appearance; Auyl comes last. */
	assert_int_equal(set->lineages[nur].number, 1);
	assert_int_equal(set->lineages[lineage_of(set, 2, "Auyl")].number, 4);
	/* A renamed party keeps its colour. */
	Color a = set->houses[0].parties[0].color, b = set->houses[2].parties[0].color;
	assert_true(a.r == b.r && a.g == b.g && a.b == b.b);
	parl_set_free(set);
}

/* An old name is free again: a new party of that name is another party. */
static void test_name_reused(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("election,party,seats,previous\n1,A,10,\n"
	                            "2,B,10,A\n3,B,5,\n3,A,4,\n");
	assert_int_equal(lineage_of(set, 2, "B"), lineage_of(set, 0, "A"));
	assert_true(lineage_of(set, 2, "A") != lineage_of(set, 0, "A"));
	assert_int_equal(set->nlineages, 2);
	parl_set_free(set);
	/* A party absent for an election is still itself when it returns. */
	set = fixture_load("election,party,seats\n1,A,10\n2,B,10\n3,A,4\n3,B,1\n");
	assert_int_equal(lineage_of(set, 2, "A"), lineage_of(set, 0, "A"));
	assert_int_equal(set->nlineages, 2);
	parl_set_free(set);
}

/* Each bad previous cell: its message, at its own line and column. */
static void test_errors(void **state)
{
	(void)state;
	static const struct { const char *csv, *where, *what; } cases[] = {
		{"party,seats,previous\nA,10,\nB,5,A\n", ":3:5:",
		 "previous \"A\": no party of that name in an earlier election"},
		{"election,party,seats,previous\n1,A,10,\n2,C,12,X\n", ":3:8:",
		 "previous \"X\": no party of that name in an earlier election"},
		{"election,party,seats,previous\n1,A,10,\n2,C,12,A\n2,D,12,A\n", ":4:8:",
		 "previous \"A\": \"C\" (line 3) already continues it"},
		{"election,party,seats,previous\n1,A,10,\n2,C,12,A\n3,D,12,A\n", ":4:8:",
		 "previous \"A\": \"C\" (line 3) already continues it"},
		{"election,party,seats,previous\n1,A,10,\n2,C,12,A\n2,A,12,\n", ":3:8:",
		 "previous \"A\": \"A\" (line 4) also stands in this election"},
	};
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		char *path = fixture_csv_file(cases[i].csv);
		GError *e = NULL;
		assert_null(parl_load(path, NULL, &e));
		assert_non_null(e);
		assert_int_equal(e->code, DIAG_DATA);
		char *where = g_strconcat(path, cases[i].where, NULL);
		if (!g_str_has_prefix(e->message, where) || !strstr(e->message, cases[i].what))
			fail_msg("case %zu: %s", i, e->message);
		g_free(where);
		g_error_free(e);
		g_unlink(path);
		g_free(path);
	}
}

static void test_grid(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(renamed_csv);
	int *g = seatseries_grid(set);
	int nl = set->nlineages, nur = lineage_of(set, 0, "Nur Otan");
	int auyl = lineage_of(set, 2, "Auyl");
	assert_int_equal(g[0 * nl + nur], 84);
	assert_int_equal(g[2 * nl + nur], 62);
	assert_int_equal(g[0 * nl + auyl], -1);
	assert_int_equal(g[2 * nl + auyl], 8);
	g_free(g);
	/* A lineage without seats anywhere gets no legend number. */
	parl_set_free(set);
	set = fixture_load("party,seats\nA,10\nB,0\nC,3\n");
	assert_int_equal(set->lineages[1].number, 0);
	assert_int_equal(set->lineages[2].number, 2);
	parl_set_free(set);
}

static int run_seatseries_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_renames),
		cmocka_unit_test(test_name_reused),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_grid),
	};
	return cmocka_run_group_tests_name("seatseries", tests, NULL, NULL);
}

UNIT_GROUP(run_seatseries_tests)
