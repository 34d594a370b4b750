package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/protocol"
)

// Epoch is the time fixtures start from. Every fixture time is whole
// milliseconds in UTC, because MongoDB keeps no finer resolution: a
// round trip must give back an equal time on every backend.
var Epoch = time.Date(2025, time.June, 23, 8, 0, 0, 0, time.UTC)

// At is fixture time i: i minutes and 123 ms after Epoch, so that both the
// ordering and the millisecond part are exercised.
func At(i int) time.Time {
	return Epoch.Add(time.Duration(i)*time.Minute + 123*time.Millisecond)
}

var countries = []string{"KE", "BR", "NO", "IN", "DE", "JP", "US"}

// NewPerson is a participant with every field set and distinct per i: ID
// "person-%04d", e-mail "person%04d@example.org" (lower case, as accounts
// stores it), opted in to the directory.
func NewPerson(i int) *accounts.Person {
	return &accounts.Person{
		ID:               fmt.Sprintf("person-%04d", i),
		Email:            fmt.Sprintf("person%04d@example.org", i),
		PasswordHash:     fmt.Sprintf("$argon2id$v=19$m=65536,t=1,p=4$c2FsdA$%04d", i),
		DisplayName:      fmt.Sprintf("Person %04d", i),
		StakeholderGroup: accounts.StakeholderGroups[i%len(accounts.StakeholderGroups)],
		Region:           accounts.Regions[i%len(accounts.Regions)],
		Country:          countries[i%len(countries)],
		Languages:        []string{"en", "fr-CA"},
		TimeZone:         "Europe/Oslo",
		Themes:           []string{accounts.Themes[i%len(accounts.Themes)]},
		Tags:             []string{"privacy", fmt.Sprintf("tag%d", i)},
		Expertise:        fmt.Sprintf("Internet governance, topic %d", i),
		Youth:            i%2 == 1,
		Parliamentarian:  i%3 == 0,
		DirectoryOptIn:   true,
		Role:             accounts.RoleParticipant,
		PhotoID:          fmt.Sprintf("photo-%04d", i),
		CreatedAt:        At(i),
		UpdatedAt:        At(i).Add(time.Hour),
	}
}

// NewPhoto is photo i of personID, ID "photo-%04d" (the one NewPerson(i)
// names), its bytes distinct per i and holding every byte value, as a JPEG
// does.
func NewPhoto(i int, personID string) *accounts.Photo {
	b := make([]byte, 2048+i)
	for k := range b {
		b[k] = byte(k + i)
	}
	return &accounts.Photo{ID: fmt.Sprintf("photo-%04d", i), PersonID: personID, JPEG: b, CreatedAt: At(i)}
}

// NewOrganisation is an organisation with every field set, ID "org-%04d".
func NewOrganisation(i int) *booths.Organisation {
	return &booths.Organisation{
		ID:               fmt.Sprintf("org-%04d", i),
		Name:             fmt.Sprintf("Organisation %04d", i),
		Kind:             booths.Kinds[i%len(booths.Kinds)],
		StakeholderGroup: accounts.StakeholderGroups[i%len(accounts.StakeholderGroups)],
		Region:           accounts.Regions[i%len(accounts.Regions)],
		Website:          fmt.Sprintf("https://org%04d.example.org", i),
		LogoURL:          fmt.Sprintf("https://org%04d.example.org/logo.png", i),
		Description:      fmt.Sprintf("Exhibitor number %d.", i),
		CreatedAt:        At(i),
		UpdatedAt:        At(i).Add(time.Hour),
	}
}

// NewBooth is the booth of NewOrganisation(i), every field set and
// distinct per i, ID "booth-%04d": two links, two openings in Europe/Oslo.
func NewBooth(i int) *booths.Booth {
	return &booths.Booth{
		ID:               fmt.Sprintf("booth-%04d", i),
		OrganisationID:   fmt.Sprintf("org-%04d", i),
		Title:            fmt.Sprintf("Booth %04d", i),
		Kind:             booths.Kinds[i%len(booths.Kinds)],
		StakeholderGroup: accounts.StakeholderGroups[i%len(accounts.StakeholderGroups)],
		Region:           accounts.Regions[i%len(accounts.Regions)],
		Description:      fmt.Sprintf("# Booth %d\n\nWhat we *do*: «ça va?» \"quoted\".", i),
		Themes:           []string{accounts.Themes[i%len(accounts.Themes)], "trust"},
		Languages:        []string{"en", "fr-CA"},
		Links: []booths.Link{
			{Title: fmt.Sprintf("Report %d", i), URL: fmt.Sprintf("https://org%04d.example.org/report.pdf", i)},
			{Title: "Video", URL: fmt.Sprintf("https://org%04d.example.org/video?lang=fr&t=%d", i, i)},
		},
		TimeZone: "Europe/Oslo",
		Hours: []booths.Hours{
			{Date: "2020-11-02", Opens: "09:00", Closes: fmt.Sprintf("12:%02d", i%60)},
			{Date: "2020-11-03", Opens: "14:30", Closes: "24:00"},
		},
		Open:      i%2 == 1,
		CreatedAt: At(i),
		UpdatedAt: At(i).Add(time.Hour),
	}
}

// NewInvitation is a staff invitation for organisation i with every field
// set, ID "invitation-%04d", created at At(i) and valid for a week.
func NewInvitation(i int) *accounts.Invitation {
	return &accounts.Invitation{
		ID:             fmt.Sprintf("invitation-%04d", i),
		Role:           accounts.RoleStaff,
		OrganisationID: fmt.Sprintf("org-%04d", i),
		Note:           fmt.Sprintf("Booth staff, invitation %d", i),
		CreatedBy:      "person-0000",
		CreatedAt:      At(i),
		ExpiresAt:      At(i).Add(7 * 24 * time.Hour),
	}
}

// NewRedemption claims invitationID for personID.
func NewRedemption(invitationID, personID string) *accounts.Redemption {
	return &accounts.Redemption{InvitationID: invitationID, PersonID: personID, At: At(60)}
}

// NewRefreshToken is token i of personID in family, its hash a SHA-256 in
// hex as auth stores it.
func NewRefreshToken(i int, personID, family string) *auth.RefreshToken {
	sum := sha256.Sum256(fmt.Appendf(nil, "refresh-secret-%d", i))
	return &auth.RefreshToken{
		Hash:      hex.EncodeToString(sum[:]),
		PersonID:  personID,
		Family:    family,
		CreatedAt: At(i),
		ExpiresAt: At(i).Add(30 * 24 * time.Hour),
	}
}

// NewMessage is message seq of room with every field set: from person
// seq%7, at At(seq).
func NewMessage(room string, seq uint64) *protocol.Message {
	from := int(seq % 7)
	return &protocol.Message{
		Room: room,
		Seq:  seq,
		From: protocol.Member{
			ID:    fmt.Sprintf("person-%04d", from),
			Name:  fmt.Sprintf("Person %04d", from),
			Role:  string(accounts.RoleParticipant),
			Photo: fmt.Sprintf("/api/photos/photo-%04d", from),
		},
		Text: fmt.Sprintf("Message %d in %s: «ça va?» \"quoted\"", seq, room),
		At:   At(int(seq)),
	}
}
