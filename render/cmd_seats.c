/* cmd_seats: the `render seats` command: its options, the loading of the
 * parliament CSV, and the hand-over to the seat chart layout (seatfig). */
#include "chart.h"
#include "diag.h"
#include "seatalt.h"
#include "seatcolor.h"
#include "seatfig.h"
#include "seatothers.h"
#include "seats.h"

#include <stdio.h>
#include <string.h>

/* The command's own options, as its entries store them. */
typedef struct SeatsOptions {
	char *layout, *others, *legend;   /* owned */
	char **thresholds;                /* owned */
	gboolean no_majority, labels;
} SeatsOptions;

static GOptionEntry *seats_entries(gpointer opts)
{
	SeatsOptions *o = opts;
	const GOptionEntry entries[] = {
		{"layout", 0, 0, G_OPTION_ARG_STRING, &o->layout,
		 "arch (default), westminster, waffle or bar", "NAME"},
		{"threshold", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->thresholds,
		 "Also mark this many seats: a share (2/3, 60%, 0.6) or a count (72); "
		 "repeatable", "T"},
		{"no-majority", 0, 0, G_OPTION_ARG_NONE, &o->no_majority,
		 "Leave out the majority line (more than half the seats)", NULL},
		{"labels", 0, 0, G_OPTION_ARG_NONE, &o->labels,
		 "Name every party on the chart, on a leader beside its seats; a party "
		 "whose name finds no room gets a number there, and the legend numbers "
		 "its rows", NULL},
		{"others", 0, 0, G_OPTION_ARG_STRING, &o->others,
		 "Gather the parties under N seats (in every election) into one block "
		 "\"Others (k)\"; the legend names each of them", "N"},
		{"legend", 0, 0, G_OPTION_ARG_STRING, &o->legend,
		 "table (default: a row per party, its seats and share, or its seats and "
		 "change in each election) or list (names and seats side by side)", "FORM"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	return g_memdup2(entries, sizeof entries);
}

static void seats_options_clear(gpointer opts)
{
	SeatsOptions *o = opts;
	g_free(o->layout);
	g_free(o->others);
	g_free(o->legend);
	g_strfreev(o->thresholds);
	*o = (SeatsOptions){0};
}

/* What the layout needs: the compositions and the options for them. */
typedef struct SeatsModel {
	ParlSet *set;                /* owned */
	SeatFigOptions o;
	ParlThreshold *thresholds;   /* owned, [o.nthresholds] */
} SeatsModel;

static void seats_free(gpointer p)
{
	SeatsModel *m = p;
	if (!m)
		return;
	parl_set_free(m->set);
	for (int i = 0; i < m->o.nthresholds; i++)
		parl_threshold_clear(&m->thresholds[i]);
	g_free(m->thresholds);
	g_free(m);
}

static gboolean parse_layout(const char *name, SeatFigLayout *out, GError **err)
{
	static const char *const names[] = {"arch", "westminster", "waffle", "bar"};
	for (size_t i = 0; i < G_N_ELEMENTS(names); i++)
		if (!g_ascii_strcasecmp(name, names[i])) {
			*out = (SeatFigLayout)i;
			return TRUE;
		}
	if (!g_ascii_strcasecmp(name, "hemicycle")) {
		*out = SEATFIG_ARCH;
		return TRUE;
	}
	return diag_fail(err, DIAG_USAGE, "--layout %s: expected arch, westminster, "
	                 "waffle or bar", name);
}

static gboolean parse_legend(const char *name, SeatLegendForm *out, GError **err)
{
	if (!g_ascii_strcasecmp(name, "table"))
		*out = SEATLEGEND_TABLE;
	else if (!g_ascii_strcasecmp(name, "list"))
		*out = SEATLEGEND_LIST;
	else
		return diag_fail(err, DIAG_USAGE, "--legend %s: expected table or list", name);
	return TRUE;
}

static gboolean parse_others(const char *spec, int *out, GError **err)
{
	guint64 v = 0;
	if (!g_ascii_string_to_unsigned(spec, 10, 1, PARL_MAX_SEATS, &v, NULL))
		return diag_fail(err, DIAG_USAGE, "--others %s: expected a number of seats, "
		                 "1 to %d", spec, PARL_MAX_SEATS);
	*out = (int)v;
	return TRUE;
}

/* A party given two colours: an error under --strict, else a line on
 * stderr each, and the first colour drawn. */
static gboolean report_colors(const ParlSet *set, const ChartOptions *co, GError **err)
{
	for (char **w = set->warnings; w && *w; w++) {
		if (co->strict)
			return diag_fail(err, DIAG_DATA, "%s; expected one colour per party "
			                 "(--strict)", *w);
		fprintf(stderr, "%s; the first colour is drawn\n", *w);
	}
	return TRUE;
}

static gpointer seats_load(const ChartOptions *co, TextMeasurer *tm, GError **err)
{
	static const SeatsOptions defaults = {0};
	const SeatsOptions *o = co->own ? co->own : &defaults;
	SeatsModel *m = g_new0(SeatsModel, 1);
	m->o = (SeatFigOptions){.layout = SEATFIG_ARCH, .majority = !o->no_majority,
	                        .labels = o->labels};
	int nt = o->thresholds ? (int)g_strv_length(o->thresholds) : 0, others = 0;
	m->thresholds = g_new0(ParlThreshold, MAX(nt, 1));
	gboolean ok = (!o->layout || parse_layout(o->layout, &m->o.layout, err)) &&
	              (!o->legend || parse_legend(o->legend, &m->o.legend, err)) &&
	              (!o->others || parse_others(o->others, &others, err));
	for (int i = 0; i < nt && ok; i++) {
		ok = parl_threshold_parse(o->thresholds[i], &m->thresholds[i], err);
		m->o.nthresholds = i + ok;
	}
	m->o.thresholds = m->thresholds;
	if (ok)
		m->set = parl_load(co->input, tm, err);
	if (m->set && !report_colors(m->set, co, err)) {
		parl_set_free(m->set);
		m->set = NULL;
	}
	if (!m->set) {
		seats_free(m);
		return NULL;
	}
	/* The report's palette wins over the file's colours. */
	m->set->palette = co->palette;
	if (others > 0)
		seatothers_gather(m->set, others, co->lang);
	else if (co->palette)
		seatcolor_assign(m->set);
	return m;
}

static gboolean seats_layout(gconstpointer model, const ChartOptions *co, TextMeasurer *tm,
                             Chart *out, GError **err)
{
	const SeatsModel *m = model;
	out->scene = seatfig_layout(m->set, &m->o, co, tm, err);
	if (!out->scene)
		return FALSE;
	out->alt = seatalt_text(m->set, &m->o, co);
	return TRUE;
}

const ChartCommand seats_command = {
	.name = "seats",
	.summary = "parliament seats as a hemicycle, benches, a grid or a bar",
	.description =
		"Reads a CSV with a header row and the columns party and seats (a whole\n"
		"number, 0 or more), and optionally color (#rgb, #rrggbb or a CSS name\n"
		"such as steelblue; --palette wins over it), short (an abbreviation),\n"
		"kind (party, appointed, independent or vacant), election (several\n"
		"compositions in one file), previous (with election: the party's name\n"
		"in an earlier election, so a renamed party keeps its colour and its\n"
		"row) and bench (government, opposition, cross or speaker, for --layout\n"
		"westminster; without it the parties sit in file order on two sides,\n"
		"neither named). Rows are drawn left to right in file order; in every\n"
		"layout each party's seats form one block. The majority line (more than\n"
		"half the seats, in a body of three or more) is drawn unless\n"
		"--no-majority; threshold lines never touch a seat. A party given two\n"
		"colours is drawn in the first, with a warning (an error under --strict).\n\n"
		"The legend is a table: one row per party with its seats and share,\n"
		"or, for several elections, its seats in each and the change from the\n"
		"election before (under their panels when these stand in one row). A\n"
		"table too wide for the page (many elections) becomes a list, as\n"
		"--legend list asks. Numbers are written as --lang writes them.",
	.options_size = sizeof(SeatsOptions),
	.entries = seats_entries,
	.options_clear = seats_options_clear,
	.strict_hint = "no --labels, short names (column short) or a wider --size",
	.load = seats_load,
	.layout = seats_layout,
	.free_model = seats_free,
};
