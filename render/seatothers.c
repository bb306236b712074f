/* seatothers: small parties gathered into "Others"; see seatothers.h. */
#include "seatothers.h"
#include "seatcolor.h"
#include "seatseries.h"

/* Which lineages go into Others: parties or independents wherever they
 * stand, under `under` seats everywhere, with seats somewhere. Returns
 * how many. */
static int mark_small(const ParlSet *set, int under, gboolean *small)
{
	gboolean *big = g_new0(gboolean, MAX(set->nlineages, 1));
	gboolean *seated = g_new0(gboolean, MAX(set->nlineages, 1));
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			const ParlParty *p = &set->houses[i].parties[j];
			gboolean party = p->kind == PARL_PARTY || p->kind == PARL_INDEPENDENT;
			if (!party || p->seats >= under)
				big[p->lineage] = TRUE;
			if (p->seats > 0)
				seated[p->lineage] = TRUE;
		}
	int n = 0;
	for (int k = 0; k < set->nlineages; k++)
		n += small[k] = !big[k] && seated[k];
	g_free(big);
	g_free(seated);
	return n;
}

/* House h with its small parties moved into one Others party at its end,
 * of lineage `others`. */
static void gather_house(Parliament *h, const gboolean *small, int others, Lang l)
{
	GArray *keep = g_array_new(FALSE, FALSE, sizeof(ParlParty));
	GArray *gathered = g_array_new(FALSE, FALSE, sizeof(ParlParty));
	int seats = 0, with_seats = 0;
	for (int j = 0; j < h->nparties; j++) {
		ParlParty *p = &h->parties[j];
		if (small[p->lineage]) {
			seats += p->seats;
			with_seats += p->seats > 0;
			g_array_append_val(gathered, *p);
		} else {
			g_array_append_val(keep, *p);
		}
	}
	if (with_seats > 0) {
		ParlParty o = {.seats = seats, .kind = PARL_PARTY, .lineage = others,
		               .ngathered = (int)gathered->len};
		o.name = lang_phrase(l, LANG_P_OTHERS, with_seats, 0);
		o.gathered = (ParlParty *)g_array_free(gathered, FALSE);
		g_array_append_val(keep, o);
	} else {
		/* Small parties without a seat here: nothing to draw, nothing to say. */
		for (guint k = 0; k < gathered->len; k++)
			parl_party_clear(&g_array_index(gathered, ParlParty, k));
		g_array_free(gathered, TRUE);
	}
	g_free(h->parties);
	h->nparties = (int)keep->len;
	h->parties = (ParlParty *)g_array_free(keep, FALSE);
}

void seatothers_gather(ParlSet *set, int under, Lang l)
{
	gboolean *small = g_new0(gboolean, MAX(set->nlineages, 1));
	int n = mark_small(set, under, small);
	if (n >= 2) {
		int others = set->nlineages++;
		set->lineages = g_renew(ParlLineage, set->lineages, set->nlineages);
		set->lineages[others] = (ParlLineage){lang_phrase(l, LANG_P_OTHERS, n, 0), NULL, 0};
		for (int i = 0; i < set->n; i++)
			gather_house(&set->houses[i], small, others, l);
		seatseries_number(set);
		seatcolor_assign(set);
	}
	g_free(small);
}
