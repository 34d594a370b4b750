package protocol

import "time"

// Identity is who a connection belongs to, as the server's authenticator
// found them.
type Identity struct {
	ID   string
	Name string
	Role string
	// Organisation is the organisation a staff member works for, "" for
	// everyone else: room kinds tell a booth's staff from its visitors by it.
	Organisation string
	Photo        string    // the photo's URL, "" when none
	ExpiresAt    time.Time // of the token; the connection closes then unless renewed
}

// Member is the identity as presence shows it to others.
func (i Identity) Member() Member {
	return Member{ID: i.ID, Name: i.Name, Role: i.Role, Organisation: i.Organisation, Photo: i.Photo}
}
