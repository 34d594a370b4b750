package booths

import (
	"encoding/csv"
	"io"
	"strings"
	"time"
)

// The export of a booth's leads, for staff who open it in a spreadsheet
// (Excel, mostly, at an event of this kind) or a CRM.
//
// It starts with a UTF-8 byte order mark: without one Excel reads a CSV
// file in the machine's legacy code page, and the names of half the
// village (Ñ, ü, Ş, Chinese, Arabic...) come out garbled. LibreOffice,
// Google Sheets, Numbers and Python's utf-8-sig take the mark as such.
// Lines end in CRLF (RFC 4180).
//
// A cell that begins with =, +, -, @, a tab or a carriage return would be
// taken by a spreadsheet as a formula, which a visitor could write into
// their name or note to run on a staff member's machine ("CSV
// injection"): such a cell gets a leading apostrophe, which spreadsheets
// show as text and do not run.

// utf8BOM is the byte order mark the export begins with.
const utf8BOM = "\ufeff"

// leadColumns is the header row.
var leadColumns = []string{"Name", "E-mail", "Organisation", "Stakeholder group", "Country",
	"Languages", "Note", "Left at (UTC)"}

// WriteLeadsCSV writes leads as CSV to w: a byte order mark, a header row
// and a row per lead.
func WriteLeadsCSV(w io.Writer, leads []LeadView) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(leadColumns); err != nil {
		return err
	}
	for _, l := range leads {
		c := l.Contact
		row := []string{c.Name, c.Email, c.Organisation, c.StakeholderGroup, c.Country,
			strings.Join(c.Languages, " "), l.Note, l.ConsentedAt.UTC().Format(time.RFC3339)}
		for i := range row {
			row[i] = inert(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// inert makes a cell that a spreadsheet would run as a formula into text.
func inert(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
