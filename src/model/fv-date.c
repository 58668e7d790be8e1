/* fv-date.c — dates as precise as the model knows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fv-date.h"

/* Orders dates by what they say: "2017" comes before "2017-01", which comes
 * before "2017-01-25", since an unknown month or day counts as 0. */
int
fv_date_compare (const FvDate *a,
                 const FvDate *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return 0;
}

/**
 * fv_day_number:
 *
 * Returns: the day number of a date, counted as g_date_get_julian() counts
 *   them (1 January of year 1 is day 1), by arithmetic rather than through
 *   a GDate; the same number for every valid date from year 1 to 9999.
 *   Years outside are taken as 1 or 10000: the day after 9999 exists.
 */
gint32
fv_day_number (int year,
               int month,
               int day)
{
  int y = CLAMP (year, 1, 10000) - (month <= 2);
  int era = y / 400;
  int year_of_era = y - era * 400;
  int day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  return era * 146097 + day_of_era - 305;
}

/* The first day of the date's period: of its year, month or day. */
gint32
fv_date_first_day (const FvDate *date)
{
  return fv_day_number (date->year, MAX (date->month, 1), MAX (date->day, 1));
}

/* The day after the date's period. */
gint32
fv_date_day_after (const FvDate *date)
{
  switch (date->precision)
    {
    case FV_DATE_PRECISION_YEAR:
      return fv_day_number (date->year + 1, 1, 1);
    case FV_DATE_PRECISION_MONTH:
      return date->month == 12 ? fv_day_number (date->year + 1, 1, 1)
                               : fv_day_number (date->year, date->month + 1, 1);
    case FV_DATE_PRECISION_DAY:
    default:
      return fv_date_first_day (date) + 1;
    }
}

/* STR as a date of 4, 7 or 10 characters ("2017", "2017-01", "2017-01-25"):
 * its form only; whether the day exists is the caller's question. */
gboolean
fv_date_parse_iso (const char *str,
                   FvDate     *date)
{
  guint len = strlen (str);
  guint year, month = 0, day = 0;

  memset (date, 0, sizeof *date);

  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  for (guint i = 0; i < len; i++)
    {
      gboolean dash = (i == 4 || i == 7);

      if (dash ? str[i] != '-' : !g_ascii_isdigit (str[i]))
        return FALSE;
    }

  year = (str[0] - '0') * 1000 + (str[1] - '0') * 100 + (str[2] - '0') * 10 + (str[3] - '0');
  if (len >= 7)
    month = (str[5] - '0') * 10 + (str[6] - '0');
  if (len == 10)
    day = (str[8] - '0') * 10 + (str[9] - '0');

  date->year = year;
  date->month = month;
  date->day = day;
  date->precision = len == 4 ? FV_DATE_PRECISION_YEAR
                  : len == 7 ? FV_DATE_PRECISION_MONTH
                             : FV_DATE_PRECISION_DAY;
  return TRUE;
}
