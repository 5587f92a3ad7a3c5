import { invoke } from '../../../api/client'
import { useCan } from '../../auth/can'
import { RecordFiles } from '../../seizures/attachments/RecordFiles'

// Photos of the station's plaque (授牌) and its site, in the attachment store seizures use.

export function StationPhotos({ stationId, readOnly }: { stationId: string; readOnly: boolean }) {
  const can = useCan()
  return (
    <RecordFiles
      title="牌匾和现场照片"
      addLabel="添加照片"
      emptyText="还没有照片"
      removeNote="移除后不再显示在本服务站中；文件仍保留，并记下移除原因、移除人和时间。"
      mayAdd={!readOnly && can('stations.attachments.add')}
      mayRemove={!readOnly && can('stations.attachments.void')}
      ownerId={stationId}
      testId="station-photo"
      list={() => invoke('stations.attachments.list', { stationId })}
      add={(file) => invoke('stations.attachments.add', { stationId, ...file })}
      get={(id) => invoke('stations.attachments.get', { id })}
      remove={(id, reason) => invoke('stations.attachments.void', { id, reason })}
    />
  )
}
