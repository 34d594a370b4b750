package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// village is what the booths scenario learns of the demo village over
// REST before it starts: its booths, the staff of each organisation, and
// where the participants' IDs begin.
type village struct {
	booths           []boothInfo
	staffOf          map[string][]string // organisation ID: its staff's person IDs, in ID order
	firstParticipant int                 // number of the first participant in -mint-ids
}

type boothInfo struct {
	ID             string `json:"id"`
	OrganisationID string `json:"organisation_id"`
	OpenNow        bool   `json:"open_now"`
}

// maxStaffLookups bounds the walk over the people before the first
// participant: the demo village has 2 to 5 staff for each of its 71
// organisations.
const maxStaffLookups = 2000

// discoverVillage reads the village with a token minted for person 1 of
// the -mint-ids pattern (the demo village's secretariat), then checks that
// people up to need participants on exist. The demo village numbers its
// people in order: the secretariat, the staff by organisation, then the
// participants; so the staff are the people from 2 until the first whose
// role is not staff.
func discoverVillage(ctx context.Context, cfg config, need int) (*village, error) {
	toks, err := mintTokens(cfg.mintSecret, cfg.mintIssuer, cfg.mintAudience, cfg.mintIDs, 1, 1, time.Now().Add(10*time.Minute))
	if err != nil {
		return nil, err
	}
	c := &restClient{base: cfg.url, token: toks[0], http: &http.Client{Timeout: 20 * time.Second}}
	v := &village{staffOf: map[string][]string{}}
	for offset := 0; ; offset += 100 {
		var page struct {
			Items []boothInfo `json:"items"`
			Total int         `json:"total"`
		}
		if err := c.get(ctx, fmt.Sprintf("/api/booths?limit=100&offset=%d", offset), &page); err != nil {
			return nil, fmt.Errorf("list the booths: %w", err)
		}
		v.booths = append(v.booths, page.Items...)
		if len(page.Items) == 0 || len(v.booths) >= page.Total {
			break
		}
	}
	if len(v.booths) == 0 {
		return nil, fmt.Errorf("the node has no booths: start it with VILLAGE_DEMO=true")
	}
	for i := 2; ; i++ {
		if i > maxStaffLookups {
			return nil, fmt.Errorf("no participant among the first %d people of %s", maxStaffLookups, cfg.mintIDs)
		}
		var p struct {
			Role           string `json:"role"`
			OrganisationID string `json:"organisation_id"`
		}
		id := fmt.Sprintf(cfg.mintIDs, i)
		if err := c.get(ctx, "/api/people/"+id, &p); err != nil {
			return nil, fmt.Errorf("read person %s (is the node the demo village, VILLAGE_DEMO=true?): %w", id, err)
		}
		if p.Role != "staff" {
			v.firstParticipant = i
			break
		}
		v.staffOf[p.OrganisationID] = append(v.staffOf[p.OrganisationID], id)
	}
	last := fmt.Sprintf(cfg.mintIDs, v.firstParticipant+need-1)
	var p struct{}
	if err := c.get(ctx, "/api/people/"+last, &p); err != nil {
		return nil, fmt.Errorf("the run needs %d participants, %s to %s, and %s is not there (%v): start the node with VILLAGE_DEMO_PARTICIPANTS=%d or more",
			need, fmt.Sprintf(cfg.mintIDs, v.firstParticipant), last, last, err, need)
	}
	return v, nil
}

// restClient reads the REST API with one access token.
type restClient struct {
	base, token string
	http        *http.Client
}

func (c *restClient) get(ctx context.Context, path string, out any) error {
	return c.do(ctx, http.MethodGet, path, nil, out)
}

// do sends body (if not nil) as JSON and reads a 2xx answer into out (if
// not nil); any other answer is an error naming its code.
func (c *restClient) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if resp.StatusCode/100 != 2 {
		var e struct {
			Error struct {
				Code    string `json:"code"`
				Message string `json:"message"`
			} `json:"error"`
		}
		if json.Unmarshal(raw, &e) == nil && e.Error.Code != "" {
			return &restError{status: resp.StatusCode, code: e.Error.Code, message: e.Error.Message}
		}
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(raw, out)
}

// restError is an error answer of the REST API, with its stable code.
type restError struct {
	status        int
	code, message string
}

func (e *restError) Error() string { return fmt.Sprintf("%d %s: %s", e.status, e.code, e.message) }
