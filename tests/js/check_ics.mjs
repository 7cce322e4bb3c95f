// Reads iCalendar files with ical.js, the engine of Thunderbird's calendar, and prints what
// it understands of each event as one JSON document on stdout:
//
//   node tests/js/check_ics.mjs FILE.ics [FILE2.ics ...]
//
// {"files": [{"path", "error": null | "message", "events": [{"uid", "start_utc", "end_utc",
//   "all_day", "summary", "status", "rrule", "exdates", "occurrences_utc"}]}]}
//
// Times are ISO strings in UTC ("2017-06-07T07:00:00.000Z"); all-day dates stay dates
// ("2017-06-07"); floating times (no TZID, no Z) keep their wall time without "Z".
// TZIDs resolve only from the VTIMEZONEs of the same file: the time zone service is reset
// before each file, and a TZID without a VTIMEZONE is reported in "error".
// The exit code is 0 unless node itself fails: a file that does not parse has its "error" set.

import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const OCCURRENCES = 5;

function isFloating(time) {
  return !time.zone || time.zone === ICAL.Timezone.localTimezone;
}

function instant(time) {
  if (time.isDate) {
    return time.toString();
  }
  if (isFloating(time)) {
    return time.toString();
  }
  return new Date(time.toUnixTime() * 1000).toISOString();
}

function unresolvedTzids(vevent) {
  const missing = [];
  for (const name of ["dtstart", "dtend", "exdate", "rdate", "recurrence-id"]) {
    for (const property of vevent.getAllProperties(name)) {
      const tzid = property.getParameter("tzid");
      if (!tzid) {
        continue;
      }
      for (const value of property.getValues()) {
        if (!value.zone || value.zone.tzid !== tzid) {
          missing.push(tzid);
        }
      }
    }
  }
  return missing;
}

function describeEvent(vevent) {
  const event = new ICAL.Event(vevent);
  const start = event.startDate;
  const hasEnd = vevent.hasProperty("dtend") || vevent.hasProperty("duration");
  const rrule = vevent.getFirstPropertyValue("rrule");
  const occurrences = [];
  if (rrule) {
    const iterator = event.iterator();
    let next;
    while (occurrences.length < OCCURRENCES && (next = iterator.next())) {
      occurrences.push(instant(next));
    }
  }
  return {
    uid: event.uid,
    start_utc: start ? instant(start) : null,
    end_utc: start && hasEnd ? instant(event.endDate) : null,
    all_day: Boolean(start && start.isDate),
    summary: event.summary ?? null,
    status: vevent.getFirstPropertyValue("status") ?? null,
    rrule: rrule ? rrule.toString() : null,
    exdates: vevent.getAllProperties("exdate").flatMap((p) => p.getValues()).map(instant),
    occurrences_utc: occurrences,
  };
}

function readCalendar(path) {
  ICAL.TimezoneService.reset();
  const result = { path, error: null, events: [] };
  try {
    const root = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
    for (const vtimezone of root.getAllSubcomponents("vtimezone")) {
      ICAL.TimezoneService.register(vtimezone);
    }
    const missing = new Set();
    for (const vevent of root.getAllSubcomponents("vevent")) {
      unresolvedTzids(vevent).forEach((tzid) => missing.add(tzid));
      result.events.push(describeEvent(vevent));
    }
    if (missing.size) {
      result.error = `TZID without VTIMEZONE in this file: ${[...missing].sort().join(", ")}`;
    }
  } catch (error) {
    result.error = String(error?.message ?? error);
  }
  return result;
}

const files = process.argv.slice(2).map(readCalendar);
process.stdout.write(JSON.stringify({ files }, null, 2) + "\n");
