export { waitingListModel, waitingListReporters, defaultWaitingListParams, type WaitingListParams, type WaitingListState } from './waitingList.ts';
