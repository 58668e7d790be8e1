/* fv-chart-describe.c — a chart and its marks in words, for screen readers and tooltips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a chart shows, said as a sentence per mark: the window gives it to
 * screen readers and as each mark's tooltip.
 */
#include "config.h"

#include "fv-chart-data.h"
#include "fv-chart-private.h"
#include "fv-format.h"
#include "fv-i18n.h"

/**
 * fv_chart_describe_mark:
 *
 * Returns: (nullable): a sentence on one mark, for its tooltip:
 *   "January 25, 2017: Executive order asks …" or "All Latinos: 44% — …"
 */
char *
fv_chart_describe_mark (FvModel            *model,
                        const FvChart      *chart,
                        const char         *id,
                        const char * const *languages)
{
  const FvEvent *event;
  const FvFigure *figure;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  FV_I18N_SCOPE (languages != NULL ? languages[0] : NULL);

  if ((event = fv_model_lookup_event (model, id)) != NULL)
    {
      g_autofree char *when = fv_format_event_date (event);

      /* translators: an event in a chart: its date, then its title */
      return g_strdup_printf (FV_TR_("%s: %s"), when,
                              fv_model_event_title (model, event, languages));
    }

  if ((figure = fv_model_lookup_figure (model, id)) != NULL)
    {
      g_autofree char *value = fv_format_figure_value (figure);
      const char *measure = fv_model_text (model, &figure->measure, languages);

      if (measure != NULL)
        /* translators: a bar of a chart: its label, value and what it measures */
        return g_strdup_printf (FV_TR_("%s: %s — %s"),
                                fv_model_text (model, &figure->label, languages), value, measure);
      return g_strdup_printf (FV_TR_("%s: %s"), fv_model_text (model, &figure->label, languages),
                              value);
    }

  return NULL;
}

/**
 * fv_chart_describe:
 *
 * Returns: what the chart shows, in words, for a screen reader: the model's
 *   description, or one written from the data
 */
char *
fv_chart_describe (FvModel            *model,
                   const FvChart      *chart,
                   const char * const *languages)
{
  GString *str;
  guint n_events = 0;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (chart != NULL, NULL);
  FV_I18N_SCOPE (languages != NULL ? languages[0] : NULL);

  if (chart->description.original != NULL)
    return g_strdup (fv_model_text (model, &chart->description, languages));

  str = g_string_new (NULL);

  if (chart->type == FV_CHART_BAR)
    {
      /* translators: the start of a bar chart's description for screen readers */
      g_string_append_printf (str, fv_ngettext ("Bar chart of %u figure.",
                                                "Bar chart of %u figures.", chart->n_figures),
                              chart->n_figures);
      for (guint i = 0; i < chart->n_figures; i++)
        {
          g_autofree char *mark = fv_chart_describe_mark (model, chart, chart->figures[i]->id,
                                                         languages);
          const char *population = fv_model_text (model, &chart->figures[i]->population, languages);

          g_string_append_c (str, ' ');
          g_string_append (str, mark);
          if (population != NULL)
            /* translators: who a figure counts, after its description */
            g_string_append_printf (str, FV_TR_(" (%s)"), population);
          g_string_append_c (str, '.');
        }
    }
  else
    {
      for (guint l = 0; l < chart->n_lanes; l++)
        n_events += chart->lanes[l].n_events;

      /* translators: the start of a timeline's description for screen readers */
      g_string_append_printf (str, fv_ngettext ("Timeline of %u event.",
                                                "Timeline of %u events.", n_events), n_events);

      /* A break in the axis, as the chart shows it whole (at the size of
       * an export: the view's may differ by a few pixels' worth). */
      {
        const FvChartData *data = fv_chart_data_get (model, chart);
        double first, after;
        FvTimeAxis axis;

        if (fv_chart_get_time_span (model, chart, &first, &after))
          {
            fv_time_axis_init_fit (&axis, first, after, data->gaps, data->n_gaps, FALSE, 0, 1100);
            for (guint s = 1; s < axis.n_segments; s++)
              {
                FvDate from = { fv_time_day_year (axis.segments[s - 1].to_day), 0, 0,
                                FV_DATE_PRECISION_YEAR };
                FvDate to = { fv_time_day_year (axis.segments[s].from_day), 0, 0,
                              FV_DATE_PRECISION_YEAR };
                g_autofree char *from_text = fv_format_date (&from);
                g_autofree char *to_text = fv_format_date (&to);
                /* translators: in a timeline's description for screen
                 * readers: the years its axis leaves out, "1997 to 2007" */
                g_string_append_printf (str, FV_TR_(" Its time axis leaves out %s to %s, when "
                                                    "nothing happens."), from_text, to_text);
              }
          }
      }

      /* A long timeline is summed up; a short one is read out in full. */
      for (guint l = 0; l < chart->n_lanes && n_events <= 30; l++)
        {
          const FvChartLane *lane = &chart->lanes[l];

          if (lane->label.original != NULL)
            g_string_append_printf (str, " %s:", fv_model_text (model, &lane->label, languages));
          for (guint i = 0; i < lane->n_events; i++)
            {
              g_autofree char *mark = fv_chart_describe_mark (model, chart, lane->events[i]->id,
                                                             languages);

              g_string_append_printf (str, " %s.", mark);
            }
        }
    }

  return g_string_free (str, FALSE);
}

