import { getDatabase, ref, onValue } from 'firebase/database'
const db = getDatabase()
onValue(ref(db, 'public_announcements'), (snap) => render(snap.val()))
