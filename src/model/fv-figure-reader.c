/* fv-figure-reader.c — figures: a number, its unit and what it counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fv-currency.h"
#include "fv-fact-reader.h"
#include "fv-kind-reader.h"

static const char *figure_members[] = {
  "id", "label", "value", "qualifier", "unit", "population", "measure", "date", "precision",
  "subject", "actor", "references", NULL
};

void
fv_read_figure (FvReader   *r,
                JsonObject *object,
                guint       index)
{
  static const char *qualifiers[] = { "at_least", "about", "at_most", "up_to", NULL };
  FvFigure *figure = &r->model->figures[index];
  const char *unit;
  int qualifier;
  JsonNode *value;
  gboolean have_value = FALSE;

  fv_reader_check_members (r, object, figure_members);
  fv_reader_read_text (r, object, "label", TRUE, &figure->label);
  fv_reader_read_text (r, object, "population", FALSE, &figure->population);
  fv_reader_read_text (r, object, "measure", FALSE, &figure->measure);
  fv_reader_read_date (r, object, "date", "precision", FALSE, &figure->date);
  figure->actor = fv_reader_read_ref (r, object, "actor", FV_KIND_ACTOR, FALSE);
  figure->subject = fv_reader_read_ref (r, object, "subject", FV_KIND_ACTOR, FALSE);
  qualifier = fv_reader_read_enum (r, object, "qualifier", qualifiers, FALSE);
  figure->qualifier = qualifier >= 0 ? qualifier + 1 : FV_QUALIFIER_NONE;
  fv_reader_read_references (r, object, figure_members, &figure->references);

  figure->unit = FV_UNIT_NONE;
  unit = fv_reader_read_string (r, object, "unit", TRUE);
  if (unit != NULL)
    {
      gsize len = fv_reader_push_member (r, "unit");

      if (strcmp (unit, "percent") == 0)
        figure->unit = FV_UNIT_PERCENT;
      else if (strcmp (unit, "count") == 0)
        figure->unit = FV_UNIT_COUNT;
      else if (fv_currency_is_known (unit))
        {
          figure->unit = FV_UNIT_CURRENCY;
          memcpy (figure->currency, unit, 4);
        }
      else
        {
          g_autofree char *upper = g_ascii_strup (unit, -1);

          /* "usd": one problem that says the fix. */
          if (fv_currency_is_known (upper))
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                               _("“%s” is not a unit: currency codes are written in capitals, "
                                 "“%s”"), fv_reader_quote (r, unit), upper);
          else
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                               _("“%s” is not a unit: use “percent”, “count” or a currency code "
                                 "such as “USD”"), fv_reader_quote (r, unit));
          figure->unit = FV_UNIT_NONE;
          unit = NULL;
        }
      fv_reader_pop (r, len);
    }

  value = fv_reader_get_member (r, object, "value", TRUE);
  if (value != NULL)
    {
      gsize len = fv_reader_push_member (r, "value");

      if (!JSON_NODE_HOLDS_VALUE (value) ||
          (json_node_get_value_type (value) != G_TYPE_INT64 &&
           json_node_get_value_type (value) != G_TYPE_DOUBLE))
        /* translators: %s is what the value is ("a string") */
        fv_reader_problem (r, FV_MODEL_ERROR_TYPE,
                           _("Expected a number, found %s: write it without quotation marks or "
                             "signs, as in \"value\": 626000000"),
                           fv_reader_node_type_name (value));
      else
        {
          figure->value = json_node_get_value_type (value) == G_TYPE_INT64
                        ? (double) json_node_get_int (value)
                        : json_node_get_double (value);
          have_value = TRUE;
        }

      if (have_value && unit != NULL)
        {
          if (figure->unit == FV_UNIT_PERCENT && (figure->value < 0 || figure->value > 100))
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("A percentage must be from 0 to 100"));
          else if (figure->unit != FV_UNIT_PERCENT && figure->value < 0)
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                               _("A count or an amount cannot be negative"));
          /* Scaling a bar of 1.797e308 overflows to infinity, and its label
           * read "$inf billion": past a quadrillion no story's number is. */
          else if (figure->value > 1e15)
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                               _("This number is too large to draw: at most 10¹⁵"));
          /* floor(), not a cast to an integer, which is undefined past 2^63. */
          else if (figure->unit == FV_UNIT_COUNT && figure->value != floor (figure->value))
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("A count must be a whole number"));
        }
      fv_reader_pop (r, len);
    }
}
