/* cmd_seats: the `render seats` command: its options, the loading of the
 * parliament CSV, and the hand-over to the seat chart layout (seatfig). */
#include "chart.h"
#include "diag.h"
#include "seatalt.h"
#include "seatfig.h"
#include "seats.h"

#include <string.h>

static char *opt_layout;
static char **opt_thresholds;
static gboolean opt_no_majority, opt_labels;

static const GOptionEntry seats_entries[] = {
	{"layout", 0, 0, G_OPTION_ARG_STRING, &opt_layout,
	 "arch (default), westminster, waffle or bar", "NAME"},
	{"threshold", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_thresholds,
	 "Also mark this many seats: a share (2/3, 60%, 0.6) or a count (72); "
	 "repeatable", "T"},
	{"no-majority", 0, 0, G_OPTION_ARG_NONE, &opt_no_majority,
	 "Leave out the majority line (more than half the seats)", NULL},
	{"labels", 0, 0, G_OPTION_ARG_NONE, &opt_labels,
	 "Name each party beside its seats where there is room", NULL},
	{NULL, 0, 0, 0, NULL, NULL, NULL},
};

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

static gpointer seats_load(const ChartOptions *co, TextMeasurer *tm, GError **err)
{
	SeatsModel *m = g_new0(SeatsModel, 1);
	m->o = (SeatFigOptions){.layout = SEATFIG_ARCH, .majority = !opt_no_majority,
	                        .labels = opt_labels};
	int nt = opt_thresholds ? (int)g_strv_length(opt_thresholds) : 0;
	m->thresholds = g_new0(ParlThreshold, MAX(nt, 1));
	gboolean ok = !opt_layout || parse_layout(opt_layout, &m->o.layout, err);
	for (int i = 0; i < nt && ok; i++) {
		ok = parl_threshold_parse(opt_thresholds[i], &m->thresholds[i], err);
		m->o.nthresholds = i + ok;
	}
	m->o.thresholds = m->thresholds;
	if (ok)
		m->set = parl_load(co->input, tm, err);
	if (!m->set) {
		seats_free(m);
		return NULL;
	}
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
		"number, 0 or more), and optionally color (#rgb or #rrggbb), short (an\n"
		"abbreviation), kind (party, appointed, independent or vacant), election\n"
		"(several compositions in one file) and bench (government, opposition,\n"
		"cross or speaker, for --layout westminster; without it the parties sit\n"
		"in file order on two sides, neither named). Rows are drawn left to right\n"
		"in file order; in every layout each party's seats form one block. The\n"
		"majority line (more than half the seats, in a body of three or more) is\n"
		"drawn unless --no-majority; threshold lines never touch a seat.",
	.entries = seats_entries,
	.strict_hint = "no --labels, short names (column short) or a wider --size",
	.load = seats_load,
	.layout = seats_layout,
	.free_model = seats_free,
};
