/* seats: the parliament model (parties with seats, colours and kinds, one or
 * more compositions) read from a CSV, and the thresholds drawn across it. */
#ifndef RENDER_SEATS_H
#define RENDER_SEATS_H

#include <glib.h>
#include "color.h"
#include "limit.h"
#include "lang.h"
#include "palette.h"
#include "text.h"

typedef enum { PARL_PARTY, PARL_APPOINTED, PARL_INDEPENDENT, PARL_VACANT } ParlKind;

/* Where a group sits in the Westminster layout; AUTO lets the layout decide. */
typedef enum { PARL_BENCH_AUTO, PARL_GOVERNMENT, PARL_OPPOSITION, PARL_CROSS,
               PARL_SPEAKER } ParlBench;

typedef struct ParlParty {
	char *name;        /* owned */
	char *short_name;  /* owned; NULL when the CSV gives none */
	char *previous;    /* owned; its name in an earlier election (column
	                      previous), or NULL */
	int seats;         /* >= 0 */
	Color color;       /* given in the CSV, or the default for its kind */
	gboolean given_color;
	ParlKind kind;
	ParlBench bench;
	int ref;           /* 0-based data row of the CSV */
	int line;          /* its line in the CSV */
	int color_col;     /* the column of its colour cell, for messages */
	int previous_col;  /* the column of its previous cell, for messages */
	int lineage;       /* the party across elections: an index into the
	                      set's lineages (seatseries) */
	struct ParlParty *gathered;  /* owned; for "Others" (--others), the
	                                parties it stands for, [ngathered] */
	int ngathered;
} ParlParty;

/* One party across the elections of a set: the parties linked by name or
 * by the previous column (seatseries). */
typedef struct ParlLineage {
	char *name;        /* owned; its latest name: "Amanat" */
	char *formerly;    /* owned; its earlier names, latest last, parted by
	                      ", ": "Nur Otan"; NULL when it kept its name */
	int number;        /* its row in the legend, 1.., among the lineages
	                      with seats; 0 when it has none */
} ParlLineage;

/* One composition: the parties of one election, in left-to-right order. */
typedef struct Parliament {
	char *election;    /* owned; NULL when the CSV has no election column */
	ParlParty *parties;/* owned, [nparties] */
	int nparties;
	int total;         /* >= 1 */
} Parliament;

typedef struct ParlSet {
	Parliament *houses;  /* owned, [n], in the order they first appear */
	int n;
	char *path;          /* owned; the CSV path */
	ParlLineage *lineages;  /* owned, [nlineages], by first appearance */
	int nlineages;
	char **warnings;     /* owned, NULL-terminated; "path:line:col: ..."
	                        lines about data drawn anyway (a party given two
	                        colours), or NULL */
	const Palette *palette;  /* borrowed; the colours a report keeps for
	                            its parties (--palette), or NULL */
} ParlSet;

/* The most seats one file may give a composition: beyond this the chart
 * cannot stay legible on a page. */
#define PARL_MAX_SEATS LIMIT_SEATS

/* Reads the CSV at path (columns party, seats, and optionally color, short,
 * kind, election, bench, previous); with tm, every name must be drawable in
 * the bundled fonts. Parties are linked across elections (seatseries) and
 * coloured (seatcolor). On error returns NULL with a DIAG_DATA
 * "path:line:col" error (DIAG_IO if unreadable). Caller owns the result:
 * parl_set_free. */
ParlSet *parl_load(const char *path, TextMeasurer *tm, GError **err);
void parl_set_free(ParlSet *set);
/* Frees what a party owns (names, the parties it gathers), not p itself. */
void parl_party_clear(ParlParty *p);

/* The seats of each party of h, in order, as the seat layouts take them:
 * [h->nparties] (one element at least). Caller frees. */
int *parl_seat_counts(const Parliament *h);

/* A line across the seats: a share (2/3, 60%) or a seat count (72). */
typedef struct ParlThreshold {
	double ratio;      /* > 0 for a share; 0 for a count */
	int count;         /* seats, when ratio == 0 */
	char *spec;        /* owned; as written */
} ParlThreshold;

/* Parses "2/3", "60%", "0.6" or "72". On error returns FALSE with DIAG_USAGE. */
gboolean parl_threshold_parse(const char *spec, ParlThreshold *out, GError **err);
void parl_threshold_clear(ParlThreshold *t);

/* Seats needed to reach the threshold in a house of total seats: more than
 * half for 1/2 and 50%, else at least the share (rounded up); the count
 * itself for a count. */
int parl_threshold_seats(const ParlThreshold *t, int total);

/* Seats needed for a majority: floor(total / 2) + 1. */
int parl_majority(int total);

/* "84 (78.5%)", "84 (78,5 %)": seats and share with one decimal, as the
 * language writes them (lang.h); caller frees. */
char *parl_share_text(Lang l, int seats, int total);
/* "78.5%": the share alone, the same way; caller frees. */
char *parl_percent_text(Lang l, int seats, int total);
/* A change of seats: "+3", "−2" (a minus sign), "0"; caller frees. */
char *parl_change_text(Lang l, int delta);

#endif
