// Package booths is the village: the organisations that exhibit in it and,
// as later issues add them, their booths, staff rota, visitors, knocks, booth
// chat, 1:1 slots, leads and the guided tour.
//
// It knows nothing of HTTP. It persists through the Store interface it
// declares.
package booths
